# --8<-- [start:solution]
import torch.nn as nn

block = nn.Sequential(
    nn.Conv2d(3, 64, 3, padding=1),
    nn.ReLU(),
    nn.Conv2d(64, 64, 3, padding=1),
    nn.ReLU(),
)
for layer in block:
    if isinstance(layer, nn.Conv2d):
        c_in, c_out, k = (
            layer.in_channels,
            layer.out_channels,
            layer.kernel_size[0],
        )
        print(
            f"{c_in}->{c_out}: {k}*{k}*{c_in}*{c_out} + {c_out} = "
            f"{k * k * c_in * c_out + c_out}"
        )
        #> 3->64: 3*3*3*64 + 64 = 1792
        #> 64->64: 3*3*64*64 + 64 = 36928
print("total", sum(p.numel() for p in block.parameters()))
#> total 38720
# --8<-- [end:solution]

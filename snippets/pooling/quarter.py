from padding_and_stride.output_size import pool_output_size

# --8<-- [start:demo]
import torch
import torch.nn as nn

pool = nn.MaxPool2d(kernel_size=2, stride=2)
for size in (24, 25):
    out = pool(torch.rand(1, 1, size, size)).shape[-1]
    print(
        f"{size}x{size} -> {out}x{out}: keeps {out * out}/{size * size} = "
        f"{out * out / size**2:.3f} of the values"
    )
    #> 24x24 -> 12x12: keeps 144/576 = 0.250 of the values
    #> 25x25 -> 12x12: keeps 144/625 = 0.230 of the values
print("25x25 with ceil_mode:", pool_output_size(25, 2, ceil_mode=True))
#> 25x25 with ceil_mode: 13
# --8<-- [end:demo]

from padding_and_stride.output_size import conv_output_size

# --8<-- [start:solution]
import torch
import torch.nn as nn

# o = i + 2p - d(k - 1) with stride 1,
# so o = i needs 2p = d(k - 1): p = d(k - 1) / 2
k, d = 5, 2
p = d * (k - 1) // 2
print(p, conv_output_size(32, k, padding=p, dilation=d))
#> 4 32
print(
    nn.Conv2d(1, 1, k, padding=p, dilation=d)(torch.zeros(1, 1, 32, 32)).shape
)
#> torch.Size([1, 1, 32, 32])
# --8<-- [end:solution]

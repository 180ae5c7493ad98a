# --8<-- [start:demo]
import torch
import torch.nn as nn

torch.manual_seed(0)

features = torch.rand(1, 64, 8, 8)
# 64 channels in, 16 out, no spatial extent
mix = nn.Conv2d(64, 16, kernel_size=1)
print(mix.weight.shape, sum(p.numel() for p in mix.parameters()))
#> torch.Size([16, 64, 1, 1]) 1040

# At every pixel, a 1x1 convolution multiplies the 64-vector of channels
# by a 16x64 matrix.
matrix = mix.weight.view(16, 64)
per_pixel = torch.einsum("oc,nchw->nohw", matrix, features) + mix.bias.view(
    1, 16, 1, 1
)
print(torch.allclose(per_pixel, mix(features), atol=1e-6))
#> True
# --8<-- [end:demo]

# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

image = torch.rand(1, 3, 6, 6)
conv = nn.Conv2d(in_channels=3, out_channels=4, kernel_size=3)
# four kernels of shape 3x3x3, four biases
print(conv.weight.shape, conv.bias.shape)
#> torch.Size([4, 3, 3, 3]) torch.Size([4])

# Output channel j is the input filtered by kernel j alone, plus bias j.
separately = torch.cat(
    [
        F.conv2d(image, conv.weight[j : j + 1], conv.bias[j : j + 1])
        for j in range(4)
    ],
    dim=1,
)
print(separately.shape, torch.allclose(separately, conv(image), atol=1e-6))
#> torch.Size([1, 4, 4, 4]) True
# --8<-- [end:demo]

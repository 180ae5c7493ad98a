# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

image = torch.rand(1, 3, 6, 6)  # one RGB image
conv = nn.Conv2d(in_channels=3, out_channels=1, kernel_size=3, bias=False)
print(conv.weight.shape)  # one 3x3 slice per input channel
#> torch.Size([1, 3, 3, 3])

# Each input channel is filtered by its own slice;
# the three maps are summed into one.
per_channel = [
    F.conv2d(image[:, c : c + 1], conv.weight[:, c : c + 1]) for c in range(3)
]
print(torch.allclose(sum(per_channel), conv(image), atol=1e-6))
#> True
# --8<-- [end:demo]

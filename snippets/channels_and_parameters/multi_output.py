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

# --8<-- [start:weight_figure]
import matplotlib.pyplot as plt

# One row per output channel, one column per input channel: weight[j, i]
# is the 3x3 kernel that output channel j applies to input channel i.
weight = conv.weight.detach()
limit = weight.abs().max()
fig, axes = plt.subplots(4, 3, figsize=(4.5, 5.5))
for j in range(4):
    for i in range(3):
        axes[j, i].imshow(weight[j, i], cmap="RdBu", vmin=-limit, vmax=limit)
        axes[j, i].set_xticks([])
        axes[j, i].set_yticks([])
        if j == 0:
            axes[j, i].set_title(f"input channel {i}", size=9)
        if i == 0:
            axes[j, i].set_ylabel(f"output {j}", size=9)
fig.suptitle(f"conv.weight, shape {tuple(weight.shape)}")
fig.tight_layout()
plt.show()
# --8<-- [end:weight_figure]

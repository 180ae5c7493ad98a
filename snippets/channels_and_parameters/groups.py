# --8<-- [start:shapes]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

for groups in (1, 2, 8):
    conv = nn.Conv2d(8, 8, kernel_size=3, groups=groups, bias=False)
    print(
        f"groups={groups}: weight {tuple(conv.weight.shape)}, "
        f"{conv.weight.numel()} weights"
    )
    #> groups=1: weight (8, 8, 3, 3), 576 weights
    #> groups=2: weight (8, 4, 3, 3), 288 weights
    #> groups=8: weight (8, 1, 3, 3), 72 weights
# --8<-- [end:shapes]

# --8<-- [start:equivalence]
x = torch.rand(1, 8, 10, 10)
grouped = nn.Conv2d(8, 8, kernel_size=3, groups=2, bias=False)
# Group g sees only input channels 4g..4g+3
# and produces output channels 4g..4g+3.
halves = [
    F.conv2d(x[:, 4 * g : 4 * g + 4], grouped.weight[4 * g : 4 * g + 4])
    for g in range(2)
]
print(torch.allclose(torch.cat(halves, dim=1), grouped(x), atol=1e-6))
#> True
# --8<-- [end:equivalence]


# --8<-- [start:separable]
def count(module):
    return sum(p.numel() for p in module.parameters())


standard = nn.Conv2d(64, 128, kernel_size=3)
separable = nn.Sequential(
    nn.Conv2d(
        64, 64, kernel_size=3, groups=64
    ),  # depthwise: one 3x3 kernel per channel
    nn.Conv2d(64, 128, kernel_size=1),  # pointwise: mix the channels
)
print(
    count(standard),
    count(separable),
    separable(torch.rand(1, 64, 16, 16)).shape,
)
#> 73856 8960 torch.Size([1, 128, 14, 14])
# --8<-- [end:separable]

"""GoogLeNet's inception block: four branches side by side, concatenated on
the channel axis, with 1x1 bottlenecks in front of the big kernels."""

# --8<-- [start:block]
import torch
import torch.nn as nn

torch.manual_seed(0)


def conv_relu(in_ch, out_ch, kernel_size):
    padding = kernel_size // 2  # keeps the side for odd kernels
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, kernel_size, padding=padding), nn.ReLU()
    )


class Inception(nn.Module):
    """Branches: 1x1; 1x1 then 3x3; 1x1 then 5x5; 3x3 max-pool then 1x1.
    c2 and c3 are (bottleneck channels, output channels)."""

    def __init__(self, in_ch, c1, c2, c3, c4):
        super().__init__()
        self.b1 = conv_relu(in_ch, c1, 1)
        self.b2 = nn.Sequential(conv_relu(in_ch, c2[0], 1), conv_relu(*c2, 3))
        self.b3 = nn.Sequential(conv_relu(in_ch, c3[0], 1), conv_relu(*c3, 5))
        self.b4 = nn.Sequential(
            nn.MaxPool2d(3, stride=1, padding=1), conv_relu(in_ch, c4, 1)
        )

    def forward(self, x):
        branches = [self.b1(x), self.b2(x), self.b3(x), self.b4(x)]
        return torch.cat(branches, dim=1)  # dim 1: the channels


# GoogLeNet's first inception block ("3a"): 192 channels in, 28x28 maps
block = Inception(192, 64, (96, 128), (16, 32), 32)
x = torch.randn(1, 192, 28, 28)
for branch in (block.b1, block.b2, block.b3, block.b4):
    print(tuple(branch(x).shape))
    #> (1, 64, 28, 28)
    #> (1, 128, 28, 28)
    #> (1, 32, 28, 28)
    #> (1, 32, 28, 28)
print(block(x).shape)
#> torch.Size([1, 256, 28, 28])
# --8<-- [end:block]


# --8<-- [start:bottleneck]
from torch.utils.flop_counter import FlopCounterMode


def macs(module, x):
    """Multiply-accumulates of one forward pass (FlopCounterMode counts
    2 FLOPs, a multiply and an add, per multiply-accumulate)."""
    with FlopCounterMode(display=False) as counter:
        module(x)
    return counter.get_total_flops() // 2


x = torch.randn(1, 192, 28, 28)
direct = nn.Conv2d(192, 32, kernel_size=5, padding=2)
bottlenecked = nn.Sequential(
    nn.Conv2d(192, 16, kernel_size=1),  # 192 -> 16 channels first
    nn.Conv2d(16, 32, kernel_size=5, padding=2),
)
for name, module in [("5x5", direct), ("1x1 then 5x5", bottlenecked)]:
    print(f"{name:<13}{macs(module, x):>12,} MACs")
    #> 5x5           120,422,400 MACs
    #> 1x1 then 5x5   12,443,648 MACs
print(f"{macs(direct, x) / macs(bottlenecked, x):.1f} times fewer")
#> 9.7 times fewer
# --8<-- [end:bottleneck]

"""The ConvNeXt block (a 7x7 depthwise convolution, LayerNorm, an inverted
bottleneck of linear layers with GELU), and ConvNeXt-T checked against
torchvision's."""

from efficient_cnns.bottleneck import same_network
from modern_cnns.inception import macs
from modern_cnns.resnet18 import count

# --8<-- [start:block]
import torch
import torch.nn as nn
import torchvision

torch.manual_seed(0)


class Permute(nn.Module):
    """Reorder a tensor's dimensions, as a layer."""

    def __init__(self, *dims):
        super().__init__()
        self.dims = dims

    def forward(self, x):
        return x.permute(*self.dims)


class ConvNeXtBlock(nn.Module):
    """A 7x7 depthwise convolution, LayerNorm, then per pixel a linear layer
    to 4 times the channels, GELU and a linear layer back (the inverted
    bottleneck, on channels-last tensors), scaled by a learned factor per
    channel that starts at 1e-6, and added to the input."""

    def __init__(self, channels):
        super().__init__()
        self.block = nn.Sequential(
            nn.Conv2d(channels, channels, 7, padding=3, groups=channels),
            Permute(0, 2, 3, 1),  # (N, C, H, W) -> (N, H, W, C)
            nn.LayerNorm(channels, eps=1e-6),
            nn.Linear(channels, 4 * channels),
            nn.GELU(),
            nn.Linear(4 * channels, channels),
            Permute(0, 3, 1, 2),
        )
        self.layer_scale = nn.Parameter(torch.full((channels, 1, 1), 1e-6))

    def forward(self, x):
        result = self.layer_scale * self.block(x)
        return result + x


x = torch.randn(1, 96, 56, 56)
block = ConvNeXtBlock(96)
print(f"{count(block):,} parameters, {macs(block, x):,} MACs")
#> 79,296 parameters, 245,962,752 MACs
# --8<-- [end:block]


# --8<-- [start:tiny]
import torch.nn.functional as F


class LayerNorm2d(nn.LayerNorm):
    """LayerNorm over the channels of each pixel, on (N, C, H, W) tensors:
    the channels moved last, normalised, and moved back."""

    def forward(self, x):
        x = x.permute(0, 2, 3, 1)
        x = F.layer_norm(
            x, self.normalized_shape, self.weight, self.bias, self.eps
        )
        return x.permute(0, 3, 1, 2)


def convnext_tiny(num_classes=1000):
    """ConvNeXt-T: a 4x4 convolution with stride 4 (the "patchify" stem),
    four stages of 3, 3, 9 and 3 blocks at 96, 192, 384 and 768 channels,
    each but the first entered through LayerNorm and a 2x2 convolution with
    stride 2; global average pooling, LayerNorm and one linear layer.
    torchvision's also skips whole blocks at random while it trains
    (stochastic depth, up to 1 in 10) and draws its own initial weights:
    neither shows in evaluation mode, so the check below cannot see them."""
    dims, depths = [96, 192, 384, 768], [3, 3, 9, 3]
    layers = [
        nn.Sequential(nn.Conv2d(3, 96, 4, stride=4), LayerNorm2d(96, eps=1e-6))
    ]
    for stage, (dim, depth) in enumerate(zip(dims, depths)):
        layers.append(
            nn.Sequential(*[ConvNeXtBlock(dim) for _ in range(depth)])
        )
        if stage < 3:  # downsampling between stages
            layers.append(
                nn.Sequential(
                    LayerNorm2d(dim, eps=1e-6),
                    nn.Conv2d(dim, 2 * dim, 2, stride=2),
                )
            )
    return nn.Sequential(
        nn.Sequential(*layers),
        nn.AdaptiveAvgPool2d(1),
        nn.Sequential(
            LayerNorm2d(768, eps=1e-6),
            nn.Flatten(),
            nn.Linear(768, num_classes),
        ),
    )


x = torch.randn(1, 3, 224, 224)
ours, theirs = convnext_tiny(), torchvision.models.convnext_tiny()
print(f"ours {count(ours):,}, torchvision {count(theirs):,}")
#> ours 28,589,128, torchvision 28,589,128
print(same_network(ours, theirs, x))
#> True
# --8<-- [end:tiny]

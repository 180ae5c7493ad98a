"""Squeeze-and-excitation: a block that reweights its channels by what the
whole image holds, checked against torchvision's."""

from efficient_cnns.bottleneck import Bottleneck
from modern_cnns.resnet18 import count

# --8<-- [start:block]
import torch
import torch.nn as nn
import torchvision

torch.manual_seed(0)


class SqueezeExcitation(nn.Module):
    """Squeeze each channel to its mean over the image, pass the means
    through two 1x1 convolutions (down to `squeeze` channels and back) and a
    sigmoid, and scale each channel by the result, a number between 0 and 1."""

    def __init__(self, channels, squeeze):
        super().__init__()
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc1 = nn.Conv2d(channels, squeeze, 1)
        self.fc2 = nn.Conv2d(squeeze, channels, 1)

    def forward(self, x):
        scale = self.fc2(torch.relu(self.fc1(self.avgpool(x))))
        return torch.sigmoid(scale) * x


x = torch.randn(2, 256, 14, 14)
ours = SqueezeExcitation(256, 256 // 16)
theirs = torchvision.ops.SqueezeExcitation(256, 256 // 16)
theirs.load_state_dict(ours.state_dict())
print(torch.equal(ours(x), theirs(x)))
#> True
bottleneck = Bottleneck(256, 64, 256)
print(f"{count(ours):,} parameters, {count(bottleneck):,} in the bottleneck")
#> 8,464 parameters, 70,400 in the bottleneck
# --8<-- [end:block]


# --8<-- [start:se_bottleneck]
class SEBottleneck(Bottleneck):
    """SE-ResNet's block: the bottleneck's branch reweighted by
    squeeze-and-excitation before the shortcut is added."""

    def __init__(self, in_ch, width, out_ch, stride=1, groups=1):
        super().__init__(in_ch, width, out_ch, stride, groups)
        self.se = SqueezeExcitation(out_ch, max(out_ch // 16, 1))

    def branch(self, x):
        return self.se(super().branch(x))


block = SEBottleneck(256, 64, 256)
print(block(x).shape, f"{count(block):,}")
#> torch.Size([2, 256, 14, 14]) 78,864
# --8<-- [end:se_bottleneck]

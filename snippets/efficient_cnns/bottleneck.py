"""The bottleneck block of ResNet-50 and its grouped twin of ResNeXt, built
from 1x1 and 3x3 convolutions, and both networks checked against
torchvision's."""

from modern_cnns.inception import macs
from modern_cnns.residual import Residual
from modern_cnns.resnet18 import count

# --8<-- [start:block]
import torch
import torch.nn as nn
import torch.nn.functional as F
import torchvision

torch.manual_seed(0)


class Bottleneck(nn.Module):
    """A 1x1 convolution down to `width` channels, a 3x3 at that width (in
    `groups` groups, with the stride: torchvision's "ResNet v1.5"; the paper
    strides the first 1x1), a 1x1 back up to `out_ch`; batch-norm after each
    and a shortcut as in the residual block. The layers are named and
    ordered as torchvision's, so that its weights load by position."""

    def __init__(self, in_ch, width, out_ch, stride=1, groups=1):
        super().__init__()
        self.conv1 = nn.Conv2d(in_ch, width, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(width)
        self.conv2 = nn.Conv2d(
            width, width, 3, stride, 1, groups=groups, bias=False
        )
        self.bn2 = nn.BatchNorm2d(width)
        self.conv3 = nn.Conv2d(width, out_ch, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(out_ch)
        self.shortcut = nn.Identity()
        if stride != 1 or in_ch != out_ch:
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_ch, out_ch, 1, stride, bias=False),
                nn.BatchNorm2d(out_ch),
            )

    def branch(self, x):
        y = F.relu(self.bn1(self.conv1(x)))
        y = F.relu(self.bn2(self.conv2(y)))
        return self.bn3(self.conv3(y))

    def forward(self, x):
        return F.relu(self.branch(x) + self.shortcut(x))


# ResNet-18's first stage passes 64 channels from block to block, ResNet-50's
# 256; both run their 3x3 convolutions at 64 channels, on 56x56 maps
for name, block, channels in [
    ("basic, 64", Residual(64, 64), 64),
    ("bottleneck, 256", Bottleneck(256, 64, 256), 256),
]:
    x = torch.randn(1, channels, 56, 56)
    print(f"{name:<16}{count(block):>7,} parameters{macs(block, x):>13,} MACs")
    #> basic, 64        73,984 parameters  231,211,008 MACs
    #> bottleneck, 256  70,400 parameters  218,365,952 MACs
print(block(x).shape)
#> torch.Size([1, 256, 56, 56])
# --8<-- [end:block]


# --8<-- [start:resnet50]
def resnet(depths, width=64, groups=1, num_classes=1000):
    """ResNet-50's plan: the stem of ResNet-18, then four stages of
    bottleneck blocks whose outputs have 256, 512, 1024 and 2048 channels;
    the first block of each stage but the first halves the side. `width`
    is the 3x3 convolutions' width in the first stage, doubled per stage."""
    layers = [
        nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
    ]
    in_ch = 64
    for stage, depth in enumerate(depths):
        out_ch, stage_width = 256 * 2**stage, width * 2**stage
        blocks = []
        for i in range(depth):
            stride = 2 if stage > 0 and i == 0 else 1
            blocks.append(
                Bottleneck(in_ch, stage_width, out_ch, stride, groups)
            )
            in_ch = out_ch
        layers.append(nn.Sequential(*blocks))
    layers += [
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(in_ch, num_classes),
    ]
    return nn.Sequential(*layers)


def same_network(ours, theirs, x):
    """Copy torchvision's weights into ours by position (the same tensors
    in the same order), then compare the logits bit for bit. Normalisation
    layers and scales get random values first: freshly made, batch-norm in
    eval mode, LayerNorm and a scale of 1e-6 are close to the identity and
    would hide a layer in the wrong place."""
    for layer in theirs.modules():
        if isinstance(layer, (nn.BatchNorm2d, nn.LayerNorm)):
            layer.weight.data.uniform_(0.5, 1.5)
            layer.bias.data.uniform_(-1, 1)
        if isinstance(layer, nn.BatchNorm2d):
            layer.running_mean.data.uniform_(-1, 1)
            layer.running_var.data.uniform_(0.5, 2)
    for name, scale in theirs.named_parameters():
        if name.endswith("layer_scale"):  # ConvNeXt's, 1e-6 per channel
            scale.data.uniform_(0.5, 1.5)
    pairs = zip(ours.state_dict(), theirs.state_dict().values(), strict=True)
    ours.load_state_dict(dict(pairs))
    with torch.no_grad():
        return torch.equal(ours.eval()(x), theirs.eval()(x))


x = torch.randn(1, 3, 224, 224)
ours, theirs = resnet([3, 4, 6, 3]), torchvision.models.resnet50()
print(f"ours {count(ours):,}, torchvision {count(theirs):,}")
#> ours 25,557,032, torchvision 25,557,032
print(same_network(ours, theirs, x))
#> True
# --8<-- [end:resnet50]


# --8<-- [start:resnext]
# ResNeXt-50 (32x4d): the same plan with 32 groups of 4 channels each in the
# first stage's 3x3 convolutions, so a width of 128 where ResNet-50 has 64
ours = resnet([3, 4, 6, 3], width=32 * 4, groups=32)
theirs = torchvision.models.resnext50_32x4d()
print(f"ours {count(ours):,}, torchvision {count(theirs):,}")
#> ours 25,028,904, torchvision 25,028,904
print(same_network(ours, theirs, x))
#> True
# --8<-- [end:resnext]

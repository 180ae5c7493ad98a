"""MobileNetV2's inverted residual block, built on the depthwise-separable
convolution, and MobileNetV2 checked against torchvision's."""

from efficient_cnns.bottleneck import same_network
from modern_cnns.resnet18 import count

# --8<-- [start:inverted]
import torch
import torch.nn as nn
import torchvision

torch.manual_seed(0)


def conv_bn_relu6(in_ch, out_ch, kernel_size=3, stride=1, groups=1):
    return nn.Sequential(
        nn.Conv2d(
            in_ch,
            out_ch,
            kernel_size,
            stride,
            (kernel_size - 1) // 2,
            groups=groups,
            bias=False,
        ),
        nn.BatchNorm2d(out_ch),
        nn.ReLU6(),
    )


class InvertedResidual(nn.Module):
    """Widen with a 1x1 convolution (by `expand`), filter each channel alone
    with a 3x3 depthwise convolution, narrow again with a 1x1 convolution
    and no ReLU after it; a shortcut when the shape stays. Named and ordered
    as torchvision's block."""

    def __init__(self, in_ch, out_ch, stride, expand):
        super().__init__()
        hidden = in_ch * expand
        layers = [conv_bn_relu6(in_ch, hidden, 1)] if expand != 1 else []
        layers += [
            conv_bn_relu6(hidden, hidden, stride=stride, groups=hidden),
            nn.Conv2d(hidden, out_ch, 1, bias=False),
            nn.BatchNorm2d(out_ch),  # linear: a ReLU here loses information
        ]
        self.conv = nn.Sequential(*layers)
        self.use_shortcut = stride == 1 and in_ch == out_ch

    def forward(self, x):
        return x + self.conv(x) if self.use_shortcut else self.conv(x)


block = InvertedResidual(24, 24, stride=1, expand=6)
x = torch.randn(1, 24, 56, 56)
print(block(x).shape, count(block))
#> torch.Size([1, 24, 56, 56]) 8832
# --8<-- [end:inverted]


# --8<-- [start:mobilenet]
def mobilenet_v2(num_classes=1000):
    """MobileNetV2: a 3x3 stem, 17 inverted residual blocks given as
    (expansion, channels, blocks, stride of the first), a 1x1 convolution
    to 1280 channels, global average pooling and one linear layer."""
    layers, in_ch = [conv_bn_relu6(3, 32, stride=2)], 32
    settings = [
        (1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2),
        (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1),
    ]  # fmt: skip
    for expand, out_ch, blocks, stride in settings:
        for i in range(blocks):
            layers.append(
                InvertedResidual(in_ch, out_ch, stride if i == 0 else 1, expand)
            )
            in_ch = out_ch
    layers.append(conv_bn_relu6(in_ch, 1280, 1))
    return nn.Sequential(
        *layers,
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Dropout(0.2),
        nn.Linear(1280, num_classes),
    )


x = torch.randn(1, 3, 224, 224)
ours, theirs = mobilenet_v2(), torchvision.models.mobilenet_v2()
print(f"ours {count(ours):,}, torchvision {count(theirs):,}")
#> ours 3,504,872, torchvision 3,504,872
print(same_network(ours, theirs, x))
#> True
# --8<-- [end:mobilenet]

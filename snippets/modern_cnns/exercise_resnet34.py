"""Exercise: ResNet-34 from the same blocks, checked against torchvision."""

from modern_cnns.residual import Residual

# --8<-- [start:solution]
import torch.nn as nn
import torchvision


def stage_of(n, in_ch, out_ch, stride):
    """n residual blocks; only the first changes the shape."""
    blocks = [Residual(in_ch, out_ch, stride)]
    blocks += [Residual(out_ch, out_ch) for _ in range(n - 1)]
    return nn.Sequential(*blocks)


def resnet34(num_classes=1000):
    return nn.Sequential(
        nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        stage_of(3, 64, 64, stride=1),
        stage_of(4, 64, 128, stride=2),
        stage_of(6, 128, 256, stride=2),
        stage_of(3, 256, 512, stride=2),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(512, num_classes),
    )


def count(module):
    return sum(p.numel() for p in module.parameters())


print(f"{count(resnet34()):,}")
#> 21,797,672
print(f"{count(torchvision.models.resnet34(weights=None)):,}")
#> 21,797,672
# --8<-- [end:solution]

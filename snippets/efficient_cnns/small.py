"""Small networks for Fashion-MNIST, one per block of the chapter, all on one
plan: what bench/efficient_cnns_trained.py trains side by side."""

from efficient_cnns.bottleneck import Bottleneck
from efficient_cnns.convnext import ConvNeXtBlock, LayerNorm2d
from efficient_cnns.depthwise import InvertedResidual
from efficient_cnns.squeeze_excitation import SEBottleneck
from modern_cnns.inception import macs
from modern_cnns.residual import Residual
from modern_cnns.resnet18 import count

# --8<-- [start:plan]
import torch
import torch.nn as nn

torch.manual_seed(0)


def small_net(block, width=32):
    """A 3x3 stem to `width` channels and 2x2 pooling (28 -> 14); two blocks
    at that width, then two at twice the width, the first of which halves
    the side (14 -> 7); global average pooling and a linear layer.
    `block(in_ch, out_ch, stride)` makes each block."""
    return nn.Sequential(
        nn.Conv2d(1, width, 3, padding=1, bias=False),
        nn.BatchNorm2d(width),
        nn.ReLU(),
        nn.MaxPool2d(2),
        block(width, width, 1),
        block(width, width, 1),
        block(width, 2 * width, 2),
        block(2 * width, 2 * width, 1),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(2 * width, 10),
    )


def convnext_block(in_ch, out_ch, stride):
    """ConvNeXt keeps the change of shape out of its blocks: LayerNorm and a
    2x2 convolution with stride 2 come first where the shape changes."""
    if stride == 1 and in_ch == out_ch:
        return ConvNeXtBlock(out_ch)
    return nn.Sequential(
        LayerNorm2d(in_ch, eps=1e-6),
        nn.Conv2d(in_ch, out_ch, 2, stride=2),
        ConvNeXtBlock(out_ch),
    )


BLOCKS = {  # each block at the proportions of the network it comes from
    "basic (ResNet-18)": lambda i, o, s: Residual(i, o, s),
    "bottleneck (ResNet-50)": lambda i, o, s: Bottleneck(i, o // 4, o, s),
    "grouped (ResNeXt)": lambda i, o, s: Bottleneck(i, o // 2, o, s, o // 8),
    "bottleneck + SE": lambda i, o, s: SEBottleneck(i, o // 4, o, s),
    "inverted (MobileNetV2)": lambda i, o, s: InvertedResidual(i, o, s, 6),
    "ConvNeXt": convnext_block,
}
x = torch.randn(1, 1, 28, 28)
for name, block in BLOCKS.items():
    net = small_net(block).eval()
    print(f"{name:<24}{count(net):>8,} parameters{macs(net, x):>12,} MACs")
    #> basic (ResNet-18)        169,834 parameters  13,874,304 MACs
    #> bottleneck (ResNet-50)    14,122 parameters   1,229,952 MACs
    #> grouped (ResNeXt)         16,618 parameters   1,568,640 MACs
    #> bottleneck + SE           15,606 parameters   1,231,232 MACs
    #> inverted (MobileNetV2)   106,026 parameters  10,189,504 MACs
    #> ConvNeXt                 102,378 parameters   7,972,352 MACs
# --8<-- [end:plan]

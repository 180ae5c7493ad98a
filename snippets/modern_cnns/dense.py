"""DenseNet's dense block: each layer's output is concatenated to its input,
so the channels grow by the same number (the growth rate) per layer."""

# --8<-- [start:block]
import torch
import torch.nn as nn

torch.manual_seed(0)


def bn_relu_conv(in_ch, out_ch):
    return nn.Sequential(
        nn.BatchNorm2d(in_ch),
        nn.ReLU(),
        nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1),
    )


class DenseBlock(nn.Module):
    """num_convs layers; each sees all the channels before it and adds
    `growth` new ones."""

    def __init__(self, num_convs, in_ch, growth):
        super().__init__()
        self.layers = nn.ModuleList(
            bn_relu_conv(in_ch + i * growth, growth) for i in range(num_convs)
        )

    def forward(self, x):
        for layer in self.layers:
            x = torch.cat([x, layer(x)], dim=1)  # keep x, add new maps
            print(tuple(x.shape))  # printed to show the growth
        return x


block = DenseBlock(4, in_ch=16, growth=8)
y = block(torch.randn(1, 16, 14, 14))
#> (1, 24, 14, 14)
#> (1, 32, 14, 14)
#> (1, 40, 14, 14)
#> (1, 48, 14, 14)
# a transition layer: a 1x1 convolution halves the channels, pooling the side
transition = nn.Sequential(nn.Conv2d(48, 24, kernel_size=1), nn.AvgPool2d(2))
print(transition(y).shape)
#> torch.Size([1, 24, 7, 7])
# --8<-- [end:block]

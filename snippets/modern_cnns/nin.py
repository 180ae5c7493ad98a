"""NiN: a 1x1 convolution is a linear layer applied at every pixel, and global
average pooling replaces the flatten + linear head."""

# --8<-- [start:one_by_one]
import torch
import torch.nn as nn

torch.manual_seed(0)
conv = nn.Conv2d(16, 8, kernel_size=1)
linear = nn.Linear(16, 8)
with torch.no_grad():  # the same weights: (8, 16, 1, 1) is (8, 16)
    linear.weight.copy_(conv.weight.view(8, 16))
    linear.bias.copy_(conv.bias)

x = torch.randn(2, 16, 7, 7)
# the linear layer on each pixel's vector of 16 channels: move the
# channels last, apply it, move them back
per_pixel = linear(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
print(conv(x).shape, torch.allclose(conv(x), per_pixel, atol=1e-6))
#> torch.Size([2, 8, 7, 7]) True
# --8<-- [end:one_by_one]


# --8<-- [start:heads]
def count(module):
    return sum(p.numel() for p in module.parameters())


maps = torch.randn(2, 64, 7, 7)  # 64 feature maps of 7x7, from a network
flatten_head = nn.Sequential(nn.Flatten(), nn.Linear(64 * 7 * 7, 10))
gap_head = nn.Sequential(
    nn.Conv2d(64, 10, kernel_size=1),  # one map per class
    nn.AdaptiveAvgPool2d(1),  # global average pooling: each map's mean
    nn.Flatten(),
)
for name, head in [("flatten + linear", flatten_head), ("1x1 + GAP", gap_head)]:
    print(f"{name:<17}{tuple(head(maps).shape)} {count(head):>6,} parameters")
    #> flatten + linear (2, 10) 31,370 parameters
    #> 1x1 + GAP        (2, 10)    650 parameters
# --8<-- [end:heads]


# --8<-- [start:net]
def nin_block(in_ch, out_ch, kernel_size, padding):
    """A convolution, then two 1x1 convolutions: a small per-pixel MLP."""
    return nn.Sequential(
        nn.Conv2d(in_ch, out_ch, kernel_size, padding=padding),
        nn.ReLU(),
        nn.Conv2d(out_ch, out_ch, kernel_size=1),
        nn.ReLU(),
        nn.Conv2d(out_ch, out_ch, kernel_size=1),
        nn.ReLU(),
    )


def small_nin():
    """Three NiN blocks; the last has one channel per class, and global
    average pooling turns each into a logit. No linear layer at all."""
    return nn.Sequential(
        nin_block(1, 8, kernel_size=3, padding=1),
        nn.MaxPool2d(2),  # 28 -> 14
        nin_block(8, 16, kernel_size=3, padding=1),
        nn.MaxPool2d(2),  # 14 -> 7
        nin_block(16, 10, kernel_size=3, padding=1),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
    )


x = torch.randn(1, 1, 28, 28)
for layer in small_nin():
    x = layer(x)
    print(f"{type(layer).__name__:<18}{tuple(x.shape)}")
    #> Sequential        (1, 8, 28, 28)
    #> MaxPool2d         (1, 8, 14, 14)
    #> Sequential        (1, 16, 14, 14)
    #> MaxPool2d         (1, 16, 7, 7)
    #> Sequential        (1, 10, 7, 7)
    #> AdaptiveAvgPool2d (1, 10, 1, 1)
    #> Flatten           (1, 10)
# --8<-- [end:net]

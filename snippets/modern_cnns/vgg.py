"""VGG: stacks of 3x3 convolutions in blocks that halve the side, and a small
VGG-style network for 28x28 images."""

# --8<-- [start:stacks]
import torch
import torch.nn as nn

torch.manual_seed(0)


def seen_by(n, size=15):
    """How many input pixels per side one output pixel of n stacked 3x3
    convolutions depends on, found by a gradient."""
    x = torch.zeros(1, 1, size, size, requires_grad=True)
    y = x
    for _ in range(n):
        y = nn.functional.conv2d(y, torch.ones(1, 1, 3, 3), padding=1)
    y[0, 0, size // 2, size // 2].backward()
    return int((x.grad[0, 0].abs().sum(dim=0) > 0).sum())


for n in (1, 2, 3):
    side = seen_by(n)
    print(
        f"{n} x 3x3: sees {side}x{side}, {9 * n} weights per channel pair;"
        f" one {side}x{side}: {side * side}"
    )
    #> 1 x 3x3: sees 3x3, 9 weights per channel pair; one 3x3: 9
    #> 2 x 3x3: sees 5x5, 18 weights per channel pair; one 5x5: 25
    #> 3 x 3x3: sees 7x7, 27 weights per channel pair; one 7x7: 49
# --8<-- [end:stacks]


# --8<-- [start:block]
def vgg_block(num_convs, in_ch, out_ch):
    """num_convs 3x3 convolutions (padding 1 keeps the side), each followed
    by ReLU, then a 2x2 max-pooling that halves the side."""
    layers = []
    for _ in range(num_convs):
        layers += [
            nn.Conv2d(in_ch, out_ch, kernel_size=3, padding=1),
            nn.ReLU(),
        ]
        in_ch = out_ch
    return nn.Sequential(*layers, nn.MaxPool2d(2))


print(vgg_block(2, 8, 16))
#> Sequential(
#>   (0): Conv2d(8, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
#>   (1): ReLU()
#>   (2): Conv2d(16, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
#>   (3): ReLU()
#>   (4): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
#> )
# --8<-- [end:block]


# --8<-- [start:net]
def small_vgg():
    """Two VGG blocks (one conv with 8 channels, two with 16), then the
    classifier: flatten and two linear layers."""
    return nn.Sequential(
        vgg_block(1, 1, 8),  # 28 -> 14
        vgg_block(2, 8, 16),  # 14 -> 7
        nn.Flatten(),
        nn.Linear(16 * 7 * 7, 128),
        nn.ReLU(),
        nn.Linear(128, 10),
    )


x = torch.randn(1, 1, 28, 28)
for layer in small_vgg():
    x = layer(x)
    print(f"{type(layer).__name__:<12}{tuple(x.shape)}")
    #> Sequential  (1, 8, 14, 14)
    #> Sequential  (1, 16, 7, 7)
    #> Flatten     (1, 784)
    #> Linear      (1, 128)
    #> ReLU        (1, 128)
    #> Linear      (1, 10)
# --8<-- [end:net]

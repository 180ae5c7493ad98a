"""The residual block, what its shortcut does to the gradients of a deep
network, and a small ResNet-style network for 28x28 images."""

# --8<-- [start:block]
import matplotlib.pyplot as plt
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


class Residual(nn.Module):
    """Two 3x3 convolutions with batch-norm, and a shortcut that adds the
    input to their output. When the shape changes (stride 2 or new channel
    count), the shortcut is a 1x1 convolution (a projection) that matches it.
    shortcut=False and batch_norm=False make the plain twins below."""

    def __init__(self, in_ch, out_ch, stride=1, shortcut=True, batch_norm=True):
        super().__init__()

        def norm():
            return nn.BatchNorm2d(out_ch) if batch_norm else nn.Identity()

        bias = not batch_norm  # batch-norm's shift makes a bias redundant
        self.conv1 = nn.Conv2d(in_ch, out_ch, 3, stride, 1, bias=bias)
        self.bn1 = norm()
        self.conv2 = nn.Conv2d(out_ch, out_ch, 3, 1, 1, bias=bias)
        self.bn2 = norm()
        self.use_shortcut = shortcut
        self.shortcut = nn.Identity()
        if shortcut and (stride != 1 or in_ch != out_ch):
            self.shortcut = nn.Sequential(
                nn.Conv2d(in_ch, out_ch, 1, stride, bias=False), norm()
            )

    def forward(self, x):
        y = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        if self.use_shortcut:
            y = y + self.shortcut(x)  # the residual connection
        return F.relu(y)


x = torch.randn(1, 16, 14, 14)
same = Residual(16, 16)  # identity shortcut
down = Residual(16, 32, stride=2)  # 1x1 projection shortcut
print(same(x).shape, type(same.shortcut).__name__)
#> torch.Size([1, 16, 14, 14]) Identity
print(down(x).shape)
#> torch.Size([1, 32, 7, 7])
print(down.shortcut[0])
#> Conv2d(16, 32, kernel_size=(1, 1), stride=(2, 2), bias=False)
# --8<-- [end:block]


# --8<-- [start:gradients]
def deep_net(blocks, shortcut, batch_norm, width=8):
    """A stem convolution to 7x7 maps, `blocks` blocks of two 3x3
    convolutions (with or without their shortcuts), then GAP and a linear
    layer: 2 * blocks + 1 convolutions."""
    return nn.Sequential(
        nn.Conv2d(1, width, 3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(4),  # 28 -> 7
        *[
            Residual(width, width, shortcut=shortcut, batch_norm=batch_norm)
            for _ in range(blocks)
        ],
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(width, 10),
    )


def gradient_norms(model):
    """One backward pass on random images and labels; the norm of each
    convolution's weight gradient, from the input side to the output side."""
    torch.manual_seed(0)
    images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
    F.cross_entropy(model(images), labels).backward()
    convs = [m for m in model.modules() if isinstance(m, nn.Conv2d)]
    return [conv.weight.grad.norm().item() for conv in convs]


fig, ax = plt.subplots(figsize=(6, 3))
for batch_norm in (False, True):
    for shortcut in (False, True):
        torch.manual_seed(0)
        norms = gradient_norms(deep_net(15, shortcut, batch_norm))
        name = ("residual" if shortcut else "plain") + (
            ", batch-norm" if batch_norm else ""
        )
        print(f"{name:<21} layer 1: {norms[0]:.1e}, layer 31: {norms[-1]:.1e}")
        #> plain                 layer 1: 2.1e-16, layer 31: 6.4e-04
        #> residual              layer 1: 1.7e-01, layer 31: 6.5e-01
        #> plain, batch-norm     layer 1: 4.2e+00, layer 31: 2.2e-01
        #> residual, batch-norm  layer 1: 5.2e-01, layer 31: 1.3e-01
        style = "-" if shortcut else "--"
        ax.semilogy(range(1, 32), norms, style, marker=".", label=name)
ax.set_xlabel("convolution layer (1 = next to the input)")
ax.set_ylabel("gradient norm")
ax.legend(fontsize=8)
plt.tight_layout()
plt.show()
# --8<-- [end:gradients]


# --8<-- [start:net]
def small_resnet():
    """A stem, a residual block at 14x14 with 8 channels, one that halves
    the side and doubles the channels (projection shortcut), GAP, linear."""
    return nn.Sequential(
        nn.Conv2d(1, 8, 3, padding=1, bias=False),
        nn.BatchNorm2d(8),
        nn.ReLU(),
        nn.MaxPool2d(2),  # 28 -> 14
        Residual(8, 8),
        Residual(8, 16, stride=2),  # 14 -> 7
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(16, 10),
    )


x = torch.randn(1, 1, 28, 28)
for layer in small_resnet():
    x = layer(x)
    print(f"{type(layer).__name__:<18}{tuple(x.shape)}")
    #> Conv2d            (1, 8, 28, 28)
    #> BatchNorm2d       (1, 8, 28, 28)
    #> ReLU              (1, 8, 28, 28)
    #> MaxPool2d         (1, 8, 14, 14)
    #> Residual          (1, 8, 14, 14)
    #> Residual          (1, 16, 7, 7)
    #> AdaptiveAvgPool2d (1, 16, 1, 1)
    #> Flatten           (1, 16)
    #> Linear            (1, 10)
# --8<-- [end:net]

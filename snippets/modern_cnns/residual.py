"""The residual block, a small ResNet-style network for 28x28 images, and
what the initialisation and the shortcut do to the gradients of a deep
network."""

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


# --8<-- [start:init]
torch.manual_seed(0)
conv = nn.Conv2d(8, 8, 3)  # PyTorch's default: kaiming_uniform_(a=sqrt(5))
fan_in = 8 * 3 * 3  # the inputs of one output value: channels x kernel
# Uniform on +-1/sqrt(fan_in): a variance of 1 / (3 * fan_in).
factor = conv.weight.var().item() * fan_in
print(f"default: var(w) x fan_in = {factor:.3f}, theory 1/3 = {1 / 3:.3f}")
#> default: var(w) x fan_in = 0.339, theory 1/3 = 0.333
# A ReLU keeps half of a symmetric signal's mean square, hence the 1/2:
# what each convolution + ReLU multiplies the mean square by.
print(f"  per convolution + ReLU: x{factor / 2:.3f}, theory 1/6 = {1 / 6:.3f}")
#>   per convolution + ReLU: x0.170, theory 1/6 = 0.167
nn.init.kaiming_normal_(conv.weight, nonlinearity="relu")  # He init
factor = conv.weight.var().item() * fan_in
print(f"He:      var(w) x fan_in = {factor:.3f}, theory 2")
#> He:      var(w) x fan_in = 1.968, theory 2
print(f"  per convolution + ReLU: x{factor / 2:.3f}, theory 1")
#>   per convolution + ReLU: x0.984, theory 1
# --8<-- [end:init]


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


def he_init(model):
    """He initialisation of every convolution, for the ReLU after it:
    weight variance 2 / fan_in, bias zero. As in torchvision's ResNet, the
    last linear layer (no ReLU after it) keeps PyTorch's default."""
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            if m.bias is not None:
                nn.init.zeros_(m.bias)
    return model


def gradient_norms(model):
    """One backward pass on random images and labels; the norm of each
    convolution's weight gradient, from the input side to the output side."""
    torch.manual_seed(0)
    images, labels = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
    F.cross_entropy(model(images), labels).backward()
    convs = [m for m in model.modules() if isinstance(m, nn.Conv2d)]
    return [conv.weight.grad.norm().item() for conv in convs]


fig, ax = plt.subplots(figsize=(6, 3))
columns = ["layer 1", "layer 31", "lowest", "highest"]
print(f"{'init':<8}{'network':<21}" + "".join(f"{c:>9}" for c in columns))
#> init    network                layer 1 layer 31   lowest  highest
gradients = {}
for init in ("default", "He"):
    for batch_norm in (False, True):
        for shortcut in (False, True):
            torch.manual_seed(0)
            model = deep_net(15, shortcut, batch_norm)
            if init == "He":
                he_init(model)
            name = ("residual" if shortcut else "plain") + (
                ", batch-norm" if batch_norm else ""
            )
            gradients[init, name] = norms = gradient_norms(model)
            row = [norms[0], norms[-1], min(norms), max(norms)]
            print(f"{init:<8}{name:<21}" + "".join(f"{v:>9.1e}" for v in row))
            #> default plain                  2.1e-16  6.4e-04  2.1e-16  6.4e-04
            #> default residual               1.7e-01  6.5e-01  1.4e-01  7.8e-01
            #> default plain, batch-norm      4.2e+00  2.2e-01  1.2e-01  9.7e+00
            #> default residual, batch-norm   5.2e-01  1.3e-01  1.3e-01  1.2e+00
            #> He      plain                  4.3e-03  5.8e-03  3.5e-03  2.2e-02
            #> He      residual               3.5e+01  1.4e+02  2.8e+01  2.0e+02
            #> He      plain, batch-norm      3.9e+00  6.4e-02  6.4e-02  8.4e+00
            #> He      residual, batch-norm   3.2e-01  7.3e-02  7.3e-02  3.2e-01
            if init == "default":  # the figure: PyTorch's default init
                style = "-" if shortcut else "--"
                ax.semilogy(range(1, 32), norms, style, marker=".", label=name)
# The default plain network's gradient from layer 31 down to layer 1: its
# mean factor per layer (geometric, 30 steps). A norm is the square root of
# a mean square, so the theory's factor is sqrt(1/6).
plain = gradients["default", "plain"]
step, theory = (plain[0] / plain[-1]) ** (1 / 30), (1 / 6) ** 0.5
print(f"default plain, per layer: x{step:.2f}, sqrt(1/6) = {theory:.2f}")
#> default plain, per layer: x0.38, sqrt(1/6) = 0.41
ax.set_xlabel("convolution layer (1 = next to the input)")
ax.set_ylabel("gradient norm")
ax.legend(fontsize=8)
plt.tight_layout()
plt.show()
# --8<-- [end:gradients]

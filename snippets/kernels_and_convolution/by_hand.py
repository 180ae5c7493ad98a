# --8<-- [start:data]
import torch
import torch.nn as nn
import torch.nn.functional as F

image = torch.ones(5, 5)
kernel = torch.tensor([[1.0, 0.0, 0.0], [0.0, -1.0, 0.0], [0.0, 0.0, 1.0]])
# --8<-- [end:data]


# --8<-- [start:by_hand]
def cross_correlate(image, kernel):
    """Multiply and sum at every position where the kernel fits inside the
    image."""
    kh, kw = kernel.shape
    out = torch.zeros(image.shape[0] - kh + 1, image.shape[1] - kw + 1)
    for row in range(out.shape[0]):
        for col in range(out.shape[1]):
            window = image[row : row + kh, col : col + kw]
            out[row, col] = (window * kernel).sum()
    return out


window = image[0:3, 0:3]  # the top-left position
terms = [
    f"{p:g}x{k:g}"
    for p, k in zip(window.flatten().tolist(), kernel.flatten().tolist())
]
print(" + ".join(terms), "=", f"{(window * kernel).sum().item():g}")
#> 1x1 + 1x0 + 1x0 + 1x0 + 1x-1 + 1x0 + 1x0 + 1x0 + 1x1 = 1

by_hand = cross_correlate(image, kernel)
print(by_hand)
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.],
#>         [1., 1., 1.]])
# --8<-- [end:by_hand]

# --8<-- [start:pytorch]
# post 001's layer: 1 channel in, 1 out, 3x3 kernel, stride 1
conv = nn.Conv2d(1, 1, 3, 1)
# (out_channels, in_channels, kH, kW)
conv.weight = nn.Parameter(kernel.view(1, 1, 3, 3))
conv.bias = nn.Parameter(torch.tensor([0.0]))
layer_output = conv(image.view(1, 1, 5, 5))  # (N, C, H, W)
print(layer_output)
#> tensor([[[[1., 1., 1.],
#>           [1., 1., 1.],
#>           [1., 1., 1.]]]], grad_fn=<ConvolutionBackward0>)

function_output = F.conv2d(image.view(1, 1, 5, 5), kernel.view(1, 1, 3, 3))
print(
    torch.equal(layer_output[0, 0], by_hand),
    torch.equal(function_output[0, 0], by_hand),
)
#> True True

# A less forgiving test: random pixels, where every window differs.
noise = torch.rand(6, 7)
expected = cross_correlate(noise, kernel)
print(
    torch.allclose(conv(noise.view(1, 1, 6, 7))[0, 0], expected),
    torch.allclose(
        F.conv2d(noise.view(1, 1, 6, 7), kernel.view(1, 1, 3, 3))[0, 0],
        expected,
    ),
)
#> True True
# --8<-- [end:pytorch]

# --8<-- [start:sliding]
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle


def draw_grid(ax, values, window=None, weights=None, colour="#9ecae1"):
    """A grid of numbers; the cells of `window` (top, left, size) shaded,
    each with its kernel weight in the corner."""
    rows, cols = values.shape
    for r in range(rows):
        for c in range(cols):
            inside = window is not None and (
                window[0] <= r < window[0] + window[2]
                and window[1] <= c < window[1] + window[2]
            )
            y = rows - 1 - r
            ax.add_patch(
                Rectangle(
                    (c, y),
                    1,
                    1,
                    facecolor=colour if inside else "white",
                    edgecolor="black",
                )
            )
            if not torch.isnan(values[r, c]):
                ax.text(
                    c + 0.5,
                    y + 0.5,
                    f"{values[r, c]:g}",
                    ha="center",
                    va="center",
                )
            if inside and weights is not None:
                weight = weights[r - window[0], c - window[1]]
                ax.text(c + 0.95, y + 0.08, f"x{weight:g}", ha="right", size=7)
    ax.set_xlim(0, cols)
    ax.set_ylim(0, rows)
    ax.set_aspect("equal")
    ax.axis("off")


fig, axes = plt.subplots(2, 3, figsize=(7.5, 5))
filled = torch.full((3, 3), float("nan"))  # the feature map, cell by cell
for step in range(3):
    filled[0, step] = by_hand[0, step]
    draw_grid(axes[0, step], image, window=(0, step, 3), weights=kernel)
    axes[0, step].set_title(f"image, window at column {step}")
    draw_grid(axes[1, step], filled, window=(0, step, 1), colour="#fdae6b")
    axes[1, step].set_title("feature map")
fig.tight_layout()
plt.show()
# --8<-- [end:sliding]

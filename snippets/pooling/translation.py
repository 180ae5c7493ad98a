# --8<-- [start:toy]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F
from torchvision import datasets

signal = torch.zeros(1, 1, 1, 8)
for position in range(2, 6):  # a single bright pixel, moved one step at a time
    signal.zero_()
    signal[..., position] = 1
    print(position, F.max_pool2d(signal, (1, 2))[0, 0, 0].tolist())
    #> 2 [0.0, 1.0, 0.0, 0.0]
    #> 3 [0.0, 1.0, 0.0, 0.0]
    #> 4 [0.0, 0.0, 1.0, 0.0]
    #> 5 [0.0, 0.0, 1.0, 0.0]
# --8<-- [end:toy]


# --8<-- [start:boundary]
def shift_right(images, pixels):
    """Move the content `pixels` to the right, filling the left edge with
    zeros."""
    return F.pad(images, (pixels, 0))[..., :-pixels]


# Every bright pixel sits in the last column of its window:
# a shift of one crosses every boundary.
dots = torch.tensor([0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0]).view(1, 1, 1, 8)
print(F.max_pool2d(dots, (1, 2))[0, 0, 0].tolist())
#> [1.0, 0.0, 1.0, 0.0]
print(F.max_pool2d(shift_right(dots, 1), (1, 2))[0, 0, 0].tolist())
#> [0.0, 1.0, 0.0, 1.0]
# --8<-- [end:boundary]

# --8<-- [start:measured]
test = datasets.FashionMNIST("./data", train=False, download=True)
images = test.data[:1000].float().div(255).unsqueeze(1)


def unchanged_fraction(before, after):
    """Share of values that a shift leaves exactly as they were,
    ignoring empty background."""
    foreground = (before != 0) | (after != 0)
    return (
        (before == after) & foreground
    ).sum().item() / foreground.sum().item()


shifted = shift_right(images, 1)
for k in (1, 2, 4):  # a 1x1 "pool" is the raw image
    before, after = F.max_pool2d(images, k), F.max_pool2d(shifted, k)
    name = "pixels" if k == 1 else f"{k}x{k} max-pool"
    print(
        f"{name:13}: {unchanged_fraction(before, after):.1%} "
        "of values unchanged"
    )
    #> pixels       : 4.1% of values unchanged
    #> 2x2 max-pool : 31.8% of values unchanged
    #> 4x4 max-pool : 53.1% of values unchanged
# --8<-- [end:measured]

# --8<-- [start:figure]
shifts, pool_sizes = range(0, 5), (1, 2, 4, 7)
plt.figure(figsize=(6, 3))
for k in pool_sizes:
    pooled = F.max_pool2d(images, k)
    fractions = [1.0] + [
        unchanged_fraction(pooled, F.max_pool2d(shift_right(images, s), k))
        for s in shifts[1:]
    ]
    plt.plot(
        shifts,
        fractions,
        marker="o",
        label="no pooling" if k == 1 else f"{k}x{k} max-pool",
    )
plt.xlabel("shift to the right (pixels)")
plt.ylabel("values unchanged")
plt.xticks(shifts)
plt.ylim(0, 1.05)
plt.legend(fontsize=8)
plt.title("Fashion-MNIST, 1000 test images", fontsize=10)
plt.tight_layout()
plt.show()
# --8<-- [end:figure]

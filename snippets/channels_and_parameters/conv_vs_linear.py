# --8<-- [start:demo]
import torch.nn as nn


def count(layer):
    return sum(p.numel() for p in layer.parameters())


conv = nn.Conv2d(3, 4, kernel_size=5)  # 32x32x3 -> 28x28x4
# the same input and output sizes, fully connected
dense = nn.Linear(3 * 32 * 32, 4 * 28 * 28)
print(
    f"Conv2d: {count(conv):,}   Linear: {count(dense):,}   "
    f"ratio: {count(dense) // count(conv):,}x"
)
#> Conv2d: 304   Linear: 9,636,928   ratio: 31,700x
# --8<-- [end:demo]

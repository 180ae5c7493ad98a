from cnn_models.models import ConfigurableCNN


# --8<-- [start:solution]
import torch


def halved(size, times):  # what the layers do: floor-halve once per pooling
    for _ in range(times):
        size //= 2
    return size


mismatches = [
    (size, blocks)
    for size in range(1, 201)
    for blocks in range(1, 6)
    if halved(size, blocks) != size // 2**blocks
]  # post 003's formula
print(mismatches)
#> []

# 30 -> 15 -> 7: odd on the way
model = ConfigurableCNN(xdim=(1, 30, 30), cdims=(8, 16), hdims=(32,))
print(
    model(torch.zeros(2, 1, 30, 30)).shape,
    model[-3].in_features,
    16 * halved(30, 2) ** 2,
)
#> torch.Size([2, 10]) 784 784
# --8<-- [end:solution]

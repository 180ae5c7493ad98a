# --8<-- [start:demo]
import torch
import torch.nn.functional as F

image = torch.tensor(
    [
        [3, 1, 0, 2, 4],
        [1, 5, 2, 0, 1],
        [0, 2, 4, 3, 1],
        [2, 0, 1, 5, 3],
        [4, 1, 3, 1, 0],
    ],
    dtype=torch.float32,
)
kernel = torch.tensor(
    [
        [1, 0, -1],
        [1, 0, -1],
        [1, 0, -1],
    ],
    dtype=torch.float32,
)

x = image.reshape(1, 1, 5, 5)  # (batch, channels, height, width)
w = kernel.reshape(1, 1, 3, 3)  # (out_channels, in_channels, height, width)
print(F.conv2d(x, w, padding=0, stride=1)[0, 0].int().tolist())
#> [[-2, 3, 0], [-4, -1, 2], [-2, -6, 4]]
print(F.conv2d(x, w, padding=1, stride=2)[0, 0].int().tolist())
#> [[-6, 4, 2], [-7, -1, 8], [-1, -5, 6]]
# --8<-- [end:demo]

# --8<-- [start:demo]
import torch
import torch.nn as nn
from PIL import Image

wide = Image.new("L", (6, 2))  # PIL takes (width, height): 6 wide, 2 high
print("PIL size (W, H):", wide.size)
#> PIL size (W, H): (6, 2)

image = torch.zeros(1, 1, 2, 6)  # batch, channel, height, width
image[0, 0, 0, :] = 1  # the first ROW: every pixel across the top
print(image[0, 0])
#> tensor([[1., 1., 1., 1., 1., 1.],
#>         [0., 0., 0., 0., 0., 0.]])

conv = nn.Conv2d(1, 1, kernel_size=(1, 3))  # kernel 1 high, 3 wide
print("output (N, C, H, W):", tuple(conv(image).shape))
#> output (N, C, H, W): (1, 1, 2, 4)
# --8<-- [end:demo]

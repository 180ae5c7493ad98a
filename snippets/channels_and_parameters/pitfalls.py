# --8<-- [start:in_channels]
import torch
import torch.nn as nn

torch.manual_seed(0)

conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)
gray = torch.rand(1, 1, 28, 28)  # a Fashion-MNIST-sized grayscale batch
try:
    conv(gray)
except RuntimeError as error:
    print(error)
    #> Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 1, 28, 28] to have 3 channels, but got 1 channels instead

# Either build the layer for one channel,
# or repeat the gray channel three times.
print(nn.Conv2d(1, 8, 3)(gray).shape, conv(gray.expand(-1, 3, -1, -1)).shape)
#> torch.Size([1, 8, 26, 26]) torch.Size([1, 8, 26, 26])
# --8<-- [end:in_channels]

# --8<-- [start:groups]
try:
    # 6 output channels cannot form 4 equal groups
    nn.Conv2d(8, 6, kernel_size=3, groups=4)
except ValueError as error:
    print(error)
    #> out_channels must be divisible by groups
# --8<-- [end:groups]

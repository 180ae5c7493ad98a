from padding_and_stride.output_size import (
    InvalidLayerSettings,
    pool_output_size,
)


# --8<-- [start:stride]
import torch
import torch.nn as nn

torch.manual_seed(0)

x = torch.rand(1, 1, 9, 9)
# stride=None means stride=3
print(nn.MaxPool2d(3)(x).shape, nn.MaxPool2d(3, stride=1)(x).shape)
#> torch.Size([1, 1, 3, 3]) torch.Size([1, 1, 7, 7])
print(pool_output_size(9, 3), pool_output_size(9, 3, stride=1))
#> 3 7
# --8<-- [end:stride]

# --8<-- [start:padding]
try:
    nn.MaxPool2d(kernel_size=2, padding=2)(x)
except RuntimeError as error:
    print(error)
    #> pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1
try:
    pool_output_size(9, kernel_size=2, padding=2)
except InvalidLayerSettings as error:
    print(error)
    #> padding must be at most half the kernel size (2 // 2 = 1), got 2
# --8<-- [end:padding]

# --8<-- [start:count_include_pad]
ones = torch.ones(1, 1, 4, 4)
# corners average 4 ones and 5 padded zeros
print(nn.AvgPool2d(3, stride=1, padding=1)(ones)[0, 0, 0])
#> tensor([0.4444, 0.6667, 0.6667, 0.4444])
print(
    nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)(ones)[0, 0, 0]
)
#> tensor([1., 1., 1., 1.])
# --8<-- [end:count_include_pad]

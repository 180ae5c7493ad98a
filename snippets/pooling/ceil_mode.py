# --8<-- [start:demo]
import torch
import torch.nn as nn

x = torch.arange(25.0).view(1, 1, 5, 5)
print(nn.MaxPool2d(2)(x)[0, 0])  # floor: the last row and column are dropped
#> tensor([[ 6.,  8.],
#>         [16., 18.]])
# ceil: a partial window covers them
print(nn.MaxPool2d(2, ceil_mode=True)(x)[0, 0])
#> tensor([[ 6.,  8.,  9.],
#>         [16., 18., 19.],
#>         [21., 23., 24.]])
# --8<-- [end:demo]

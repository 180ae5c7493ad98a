# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.tensor(
    [
        [1.0, 3.0, 2.0, 0.0],
        [5.0, 4.0, 1.0, 1.0],
        [0.0, 2.0, 9.0, 6.0],
        [1.0, 1.0, 7.0, 8.0],
    ]
).view(1, 1, 4, 4)
# stride defaults to the kernel size
print(nn.MaxPool2d(kernel_size=2)(x)[0, 0])
#> tensor([[5., 2.],
#>         [2., 9.]])
print(nn.AvgPool2d(kernel_size=2)(x)[0, 0])
#> tensor([[3.2500, 1.0000],
#>         [1.0000, 7.5000]])
print(
    "learnable parameters:",
    list(nn.MaxPool2d(2).parameters()),
    list(nn.AvgPool2d(2).parameters()),
)
#> learnable parameters: [] []

# Post 002's functional form computes the same thing;
# the second argument is the kernel size.
print(torch.equal(F.max_pool2d(x, 2), nn.MaxPool2d(kernel_size=2)(x)))
#> True
# --8<-- [end:demo]

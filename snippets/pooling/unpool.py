# --8<-- [start:demo]
import torch
import torch.nn as nn

x = torch.tensor(
    [
        [1.0, 3.0, 2.0, 0.0],
        [5.0, 4.0, 1.0, 1.0],
        [0.0, 2.0, 9.0, 6.0],
        [1.0, 1.0, 7.0, 8.0],
    ]
).view(1, 1, 4, 4)
pooled, indices = nn.MaxPool2d(2, return_indices=True)(x)
print(pooled[0, 0])
#> tensor([[5., 2.],
#>         [2., 9.]])
# where each maximum was, as a flat index into the 4x4 input
print(indices[0, 0])
#> tensor([[ 4,  2],
#>         [ 9, 10]])
# maxima back in place, zeros elsewhere
print(nn.MaxUnpool2d(2)(pooled, indices)[0, 0])
#> tensor([[0., 0., 2., 0.],
#>         [5., 0., 0., 0.],
#>         [0., 2., 9., 0.],
#>         [0., 0., 0., 0.]])
# --8<-- [end:demo]

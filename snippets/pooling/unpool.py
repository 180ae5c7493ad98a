import torch
import torch.nn as nn

# --8<-- [start:demo]
x = torch.tensor([[1., 3., 2., 0.],
                  [5., 4., 1., 1.],
                  [0., 2., 9., 6.],
                  [1., 1., 7., 8.]]).view(1, 1, 4, 4)
pooled, indices = nn.MaxPool2d(2, return_indices=True)(x)
print(pooled[0, 0])
#> tensor([[5., 2.],
#>         [2., 9.]])
print(indices[0, 0])  # where each maximum was, as a flat index into the 4x4 input
#> tensor([[ 4,  2],
#>         [ 9, 10]])
print(nn.MaxUnpool2d(2)(pooled, indices)[0, 0])  # maxima back in place, zeros elsewhere
#> tensor([[0., 0., 2., 0.],
#>         [5., 0., 0., 0.],
#>         [0., 2., 9., 0.],
#>         [0., 0., 0., 0.]])
# --8<-- [end:demo]

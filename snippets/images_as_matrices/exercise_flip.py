# --8<-- [start:solution]
import torch

image = torch.arange(12).view(1, 3, 4)  # C, H, W
# the last dimension is width (negative steps are not allowed in torch)
mirrored = image.flip(-1)
print(mirrored[0])
#> tensor([[ 3,  2,  1,  0],
#>         [ 7,  6,  5,  4],
#>         [11, 10,  9,  8]])
upside_down = image.flip(-2)  # the second to last is height
print(upside_down[0])
#> tensor([[ 8,  9, 10, 11],
#>         [ 4,  5,  6,  7],
#>         [ 0,  1,  2,  3]])
# --8<-- [end:solution]

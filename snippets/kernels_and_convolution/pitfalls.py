# --8<-- [start:dtype]
import torch
import torch.nn.functional as F

image = torch.ones(1, 1, 4, 4)
kernel = torch.tensor([[1, 0], [0, 1]])  # integers: an int64 tensor
try:
    F.conv2d(image, kernel.view(1, 1, 2, 2))
except RuntimeError as error:
    print(error)
    #> expected scalar type Float but found Long
print(F.conv2d(image, kernel.float().view(1, 1, 2, 2))[0, 0])
#> tensor([[2., 2., 2.],
#>         [2., 2., 2.],
#>         [2., 2., 2.]])
# --8<-- [end:dtype]

# --8<-- [start:border]
white = torch.ones(1, 1, 5, 5)
box_blur = torch.full((1, 1, 3, 3), 1 / 9)
print(F.conv2d(white, box_blur, padding=1)[0, 0].round(decimals=3))
#> tensor([[0.4440, 0.6670, 0.6670, 0.6670, 0.4440],
#>         [0.6670, 1.0000, 1.0000, 1.0000, 0.6670],
#>         [0.6670, 1.0000, 1.0000, 1.0000, 0.6670],
#>         [0.6670, 1.0000, 1.0000, 1.0000, 0.6670],
#>         [0.4440, 0.6670, 0.6670, 0.6670, 0.4440]])
# --8<-- [end:border]

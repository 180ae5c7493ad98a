# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=5)
print("weight", tuple(conv.weight.shape))  # (out_channels, in_channels, kH, kW)
#> weight (8, 3, 5, 5)
print("bias  ", tuple(conv.bias.shape))  # one number per output channel
#> bias   (8,)

batch = torch.rand(16, 3, 32, 32)  # (N, C, H, W)
print("output", tuple(conv(batch).shape))
#> output (16, 8, 28, 28)
# --8<-- [end:demo]

# --8<-- [start:dims]
conv = nn.Conv2d(1, 1, 3)
for shape in [(5, 5), (1, 5, 5), (1, 1, 5, 5)]:
    try:
        result = tuple(conv(torch.ones(shape)).shape)
    except RuntimeError as error:
        result = error
    print(shape, "->", result)
    #> (5, 5) -> Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [5, 5]
    #> (1, 5, 5) -> (1, 3, 3)
    #> (1, 1, 5, 5) -> (1, 1, 3, 3)
# --8<-- [end:dims]

# --8<-- [start:kernel_dims]
image = torch.ones(1, 5, 5)  # an unbatched image is fine...
try:
    F.conv2d(image, torch.ones(1, 3, 3))  # ...but a 3-D kernel is not
except RuntimeError as error:
    print(error)
    #> expected stride to be a single integer value or a list of 1 values to match the convolution dimensions, but got stride=[1, 1]
print(tuple(F.conv2d(image, torch.ones(1, 1, 3, 3)).shape))
#> (1, 3, 3)

# four patterns to look for
patterns = nn.Conv2d(in_channels=1, out_channels=4, kernel_size=3)
print(tuple(patterns.weight.shape))
#> (4, 1, 3, 3)
# --8<-- [end:kernel_dims]

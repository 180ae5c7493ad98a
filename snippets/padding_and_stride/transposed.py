from padding_and_stride.arithmetic_figures import draw_transposed
from padding_and_stride.output_size import (
    conv_output_size,
    conv_transpose_output_size,
)


# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# A stride-2 convolution maps both 7 and 8 pixels to 4:
# the size alone cannot be inverted.
print(
    conv_output_size(7, 3, stride=2, padding=1),
    conv_output_size(8, 3, stride=2, padding=1),
)
#> 4 4

for output_padding in (0, 1):
    up = nn.ConvTranspose2d(
        1, 1, 3, stride=2, padding=1, output_padding=output_padding
    )
    measured = up(torch.zeros(1, 1, 4, 4)).shape[-1]
    print(
        f"output_padding={output_padding}: formula",
        conv_transpose_output_size(
            4, 3, stride=2, padding=1, output_padding=output_padding
        ),
        "ConvTranspose2d",
        measured,
    )
    #> output_padding=0: formula 7 ConvTranspose2d 7
    #> output_padding=1: formula 8 ConvTranspose2d 8
# --8<-- [end:demo]

# --8<-- [start:equivalent]
x = torch.arange(1.0, 5.0).view(1, 1, 2, 2)
w = torch.randn(1, 1, 3, 3)
up = F.conv_transpose2d(x, w, stride=2)

spread = torch.zeros(1, 1, 3, 3)
spread[..., ::2, ::2] = x  # stride 2: one zero between neighbouring pixels
# border k - 1 - p = 2, kernel flipped
direct = F.conv2d(F.pad(spread, (2, 2, 2, 2)), w.flip(-2, -1))
print(tuple(up.shape), tuple(direct.shape), torch.allclose(up, direct))
#> (1, 1, 5, 5) (1, 1, 5, 5) True
draw_transposed(
    2,
    3,
    stride=2,
    title="ConvTranspose2d(k=3, s=2) on 2x2 = convolution on the spread input",
)
# --8<-- [end:equivalent]

# --8<-- [start:matrix]
# A 2x2 kernel on a 3x3 input: 9 values in, 4 out, so a 4x9 matrix C.
kernel = torch.tensor([[1.0, 2.0], [3.0, 4.0]]).view(1, 1, 2, 2)
# Column j of C is the output for an input that is 1 at pixel j, 0 elsewhere.
one_hot = torch.eye(9).view(9, 1, 3, 3)
C = F.conv2d(one_hot, kernel).view(9, 4).T
print(C.int())
#> tensor([[1, 2, 0, 3, 4, 0, 0, 0, 0],
#>         [0, 1, 2, 0, 3, 4, 0, 0, 0],
#>         [0, 0, 0, 1, 2, 0, 3, 4, 0],
#>         [0, 0, 0, 0, 1, 2, 0, 3, 4]], dtype=torch.int32)

image = torch.arange(9.0).view(1, 1, 3, 3)
small = torch.arange(4.0).view(1, 1, 2, 2)
# the convolution multiplies by C: 3x3 -> 2x2
print(
    torch.equal((C @ image.flatten()).view(1, 1, 2, 2), F.conv2d(image, kernel))
)
#> True
# the transposed convolution multiplies by C.T: 2x2 -> 3x3
print(
    torch.equal(
        (C.T @ small.flatten()).view(1, 1, 3, 3),
        F.conv_transpose2d(small, kernel),
    )
)
#> True
# C.T undoes the shape, not the values: C.T @ C is not the identity
print(torch.equal(C.T @ C, torch.eye(9)))
#> False
# --8<-- [end:matrix]

# --8<-- [start:output_size]
up = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1)
small = torch.zeros(1, 1, 4, 4)
# PyTorch picks output_padding=1 itself
print(up(small, output_size=(8, 8)).shape)
#> torch.Size([1, 1, 8, 8])
try:
    up(small, output_size=(9, 9))
except ValueError as error:
    print(error)
    #> requested an output size of (9, 9), but valid sizes range from [7, 7] to [8, 8] (for an input of torch.Size([4, 4]))
# --8<-- [end:output_size]

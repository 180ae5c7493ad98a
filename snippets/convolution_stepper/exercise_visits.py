from padding_and_stride.output_size import conv_output_size

# --8<-- [start:solution]
import torch
import torch.nn.functional as F

# One window per output pixel: the output size per axis,
# squared for a square input
side = conv_output_size(5, kernel_size=3, stride=2, padding=1)
print(side, side * side)
#> 3 9
print(
    F.conv2d(
        torch.zeros(1, 1, 5, 5), torch.zeros(1, 1, 3, 3), padding=1, stride=2
    ).shape
)
#> torch.Size([1, 1, 3, 3])
# --8<-- [end:solution]

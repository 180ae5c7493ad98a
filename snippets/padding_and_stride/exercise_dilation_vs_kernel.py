from padding_and_stride.output_size import conv_output_size

# --8<-- [start:solution]
import torch.nn as nn

# Sizes: a 3x3 kernel with dilation 2 spans 2*(3-1) + 1 = 5 pixels,
# like a 5x5 kernel.
same_sizes = all(
    conv_output_size(i, 3, dilation=2) == conv_output_size(i, 5)
    for i in range(5, 31)
)
print("same output size for every input from 5 to 30:", same_sizes)
#> same output size for every input from 5 to 30: True
# Weights: the dilated kernel still has only 3*3 of them.
print(
    nn.Conv2d(1, 1, 3, dilation=2, bias=False).weight.numel(),
    nn.Conv2d(1, 1, 5, bias=False).weight.numel(),
)
#> 9 25
# --8<-- [end:solution]

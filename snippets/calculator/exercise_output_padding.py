from padding_and_stride.output_size import (
    InvalidLayerSettings,
    conv_transpose_output_size,
)

# --8<-- [start:solution]
import torch
import torch.nn as nn

for a in range(3):
    try:
        print(
            a,
            conv_transpose_output_size(
                14, kernel_size=3, stride=2, padding=1, output_padding=a
            ),
        )
        #> 0 27
        #> 1 28
    except InvalidLayerSettings as error:
        print(a, error)
        #> 2 output_padding (2) must be smaller than stride (2) or dilation (1)

up = nn.ConvTranspose2d(
    1, 1, kernel_size=3, stride=2, padding=1, output_padding=1
)
print(up(torch.zeros(1, 1, 14, 14)).shape)
#> torch.Size([1, 1, 28, 28])
# --8<-- [end:solution]

import torch
import torch.nn as nn

from padding_and_stride.output_size import conv_output_size, conv_transpose_output_size

# --8<-- [start:demo]
# A stride-2 convolution maps both 7 and 8 pixels to 4: the size alone cannot be inverted.
print(conv_output_size(7, 3, stride=2, padding=1), conv_output_size(8, 3, stride=2, padding=1))
#> 4 4

for output_padding in (0, 1):
    up = nn.ConvTranspose2d(1, 1, 3, stride=2, padding=1, output_padding=output_padding)
    measured = up(torch.zeros(1, 1, 4, 4)).shape[-1]
    print(f"output_padding={output_padding}: formula",
          conv_transpose_output_size(4, 3, stride=2, padding=1, output_padding=output_padding),
          "ConvTranspose2d", measured)
    #> output_padding=0: formula 7 ConvTranspose2d 7
    #> output_padding=1: formula 8 ConvTranspose2d 8
# --8<-- [end:demo]

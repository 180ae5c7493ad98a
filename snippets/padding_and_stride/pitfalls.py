from padding_and_stride.output_size import conv_output_size


# --8<-- [start:same_stride]
import torch
import torch.nn as nn

torch.manual_seed(0)

try:
    nn.Conv2d(1, 1, 3, stride=2, padding="same")
except ValueError as error:
    print(error)
    #> padding='same' is not supported for strided convolutions
# the usual choice: halve the size
print(conv_output_size(28, 3, stride=2, padding=1))
#> 14
# --8<-- [end:same_stride]

# --8<-- [start:default_padding]
size = 28
for layer in range(5):  # five 3x3 convolutions with the default padding=0
    size = conv_output_size(size, 3)
print(size, conv_output_size(28, 3, padding=1))
#> 18 28
# --8<-- [end:default_padding]

# --8<-- [start:bool_kernel]
# a bug, e.g. a flag passed in the wrong place
conv = nn.Conv2d(1, 1, kernel_size=True)
print(conv.weight.shape, conv(torch.zeros(1, 1, 5, 5)).shape)
#> torch.Size([1, 1, 1, 1]) torch.Size([1, 1, 5, 5])
# --8<-- [end:bool_kernel]

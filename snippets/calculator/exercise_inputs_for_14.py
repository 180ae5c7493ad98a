from padding_and_stride.output_size import conv_output_size

# --8<-- [start:solution]
import torch
import torch.nn as nn

sizes = [
    i
    for i in range(1, 100)
    if conv_output_size(i, kernel_size=3, stride=2, padding=1) == 14
]
print(sizes)
#> [27, 28]
conv = nn.Conv2d(1, 1, kernel_size=3, stride=2, padding=1)
print([conv(torch.zeros(1, 1, i, i)).shape[-1] for i in sizes])
#> [14, 14]
# --8<-- [end:solution]

from padding_and_stride.output_size import pool_output_size

# --8<-- [start:solution]
import torch
import torch.nn as nn

differ = [
    i
    for i in range(2, 13)
    if pool_output_size(i, 2, ceil_mode=True) != pool_output_size(i, 2)
]
print(differ)
#> [3, 5, 7, 9, 11]
print(
    nn.MaxPool2d(2, ceil_mode=True)(torch.zeros(1, 1, 7, 7)).shape,
    nn.MaxPool2d(2)(torch.zeros(1, 1, 7, 7)).shape,
)
#> torch.Size([1, 1, 4, 4]) torch.Size([1, 1, 3, 3])
# --8<-- [end:solution]

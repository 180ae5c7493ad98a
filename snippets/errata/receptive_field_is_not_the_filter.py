from receptive_fields.receptive_field import receptive_field

# --8<-- [start:demo]
import torch.nn as nn

# two 3x3 convolutions, one after the other
second = nn.Conv2d(8, 8, kernel_size=3)
print(tuple(second.weight.shape))  # the filter: 8 x 8 x 3 x 3 weights
#> (8, 8, 3, 3)
# the region of the input one output pixel of the second layer depends on
size, _ = receptive_field([(3, 1, 1), (3, 1, 1)])
print(f"receptive field: {size}x{size} pixels of the image")
#> receptive field: 5x5 pixels of the image
# --8<-- [end:demo]

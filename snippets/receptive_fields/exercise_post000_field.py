from receptive_fields.receptive_field import (
    measured_receptive_field,
    receptive_field,
)

# --8<-- [start:solution]
import torch.nn as nn

# Post 000: three blocks of a padded 3x3 convolution and a 2x2 max-pool.
# Padding moves the field but does not change its size, so it does not enter
# the formula.
size, jump = receptive_field([(3, 1, 1), (2, 2, 1)] * 3)
print(f"formula: {size}x{size}, neighbours {jump} pixels apart")
#> formula: 22x22, neighbours 8 pixels apart

# Average pools for the measurement: max-pools would hide part of the field
# (see the pitfalls).
modules = [
    m
    for _ in range(3)
    for m in (nn.Conv2d(1, 1, 3, padding=1), nn.AvgPool2d(2))
]
rows, cols, _ = measured_receptive_field(modules, image_size=64)
print(f"measured: {rows}x{cols}")
#> measured: 22x22
# --8<-- [end:solution]

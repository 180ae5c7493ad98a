"""The formula against the gradient measurement, for a few stacks."""

import torch.nn as nn

from receptive_fields.receptive_field import (
    measured_receptive_field,
    receptive_field,
)

# --8<-- [start:check]
stacks = {
    "3x3": [(3, 1, 1)],
    "3x3, 3x3": [(3, 1, 1)] * 2,
    "3x3, 3x3, 3x3": [(3, 1, 1)] * 3,
    "5x5 conv, 2x2 pool, 5x5 conv, 2x2 pool (post 002)": [
        (5, 1, 1),
        (2, 2, 1),
        (5, 1, 1),
        (2, 2, 1),
    ],
    "3x3 dilated by 2": [(3, 1, 2)],
}
for name, layers in stacks.items():
    # Average pooling: a max-pool would send the gradient
    # to a single pixel per window.
    modules = [
        nn.Conv2d(1, 1, k, dilation=d) if s == 1 else nn.AvgPool2d(k, s)
        for k, s, d in layers
    ]
    rows, cols, _ = measured_receptive_field(modules)
    print(
        f"{name}: formula {receptive_field(layers)[0]}, measured {rows}x{cols}"
    )
    #> 3x3: formula 3, measured 3x3
    #> 3x3, 3x3: formula 5, measured 5x5
    #> 3x3, 3x3, 3x3: formula 7, measured 7x7
    #> 5x5 conv, 2x2 pool, 5x5 conv, 2x2 pool (post 002): formula 16, measured 16x16
    #> 3x3 dilated by 2: formula 5, measured 5x5
# --8<-- [end:check]

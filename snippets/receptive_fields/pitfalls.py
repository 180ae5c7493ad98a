from receptive_fields.receptive_field import (
    measured_receptive_field,
    receptive_field,
)

# --8<-- [start:max_pool]
import torch.nn as nn

layers = [
    (3, 1, 1),
    (2, 2, 1),
    (3, 1, 1),
    (2, 2, 1),
]  # conv 3x3, pool 2x2, conv 3x3, pool 2x2
print("formula:", receptive_field(layers)[0])
#> formula: 10
for Pool in (nn.AvgPool2d, nn.MaxPool2d):
    rows, cols, gradient = measured_receptive_field(
        [nn.Conv2d(1, 1, 3), Pool(2), nn.Conv2d(1, 1, 3), Pool(2)]
    )
    print(
        f"through {Pool.__name__}: {rows}x{cols}, "
        f"{(gradient != 0).sum().item()} pixels with a gradient"
    )
    #> through AvgPool2d: 10x10, 100 pixels with a gradient
    #> through MaxPool2d: 7x7, 49 pixels with a gradient
# --8<-- [end:max_pool]

# --8<-- [start:effective]
rows, cols, gradient = measured_receptive_field(
    [nn.Conv2d(1, 1, 3) for _ in range(4)], image_size=16
)
# corner of the field
top, left = (gradient != 0).nonzero().min(dim=0).values.tolist()
margin = (rows - 5) // 2
inner = gradient[
    top + margin : top + margin + 5, left + margin : left + margin + 5
]
print(
    f"field {rows}x{cols}; "
    f"the central 5x5 ({25 / (rows * cols):.0%} of its area) "
    f"receives {(inner.sum() / gradient.sum()).item():.0%} of the gradient"
)
#> field 9x9; the central 5x5 (31% of its area) receives 77% of the gradient
# --8<-- [end:effective]

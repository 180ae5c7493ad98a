from receptive_fields.receptive_field import measured_receptive_field

# --8<-- [start:demo]
import matplotlib.pyplot as plt
import torch.nn as nn
from matplotlib.patches import Rectangle

fig, axes = plt.subplots(1, 4, figsize=(9, 2.6))
for depth, axis in enumerate(axes, start=1):
    modules = [nn.Conv2d(1, 1, 3) for _ in range(depth)]
    rows, cols, gradient = measured_receptive_field(modules, image_size=16)
    axis.imshow(gradient.numpy(), cmap="magma")
    # Outline every pixel with a non-zero gradient:
    # the border ones are too dim to see otherwise.
    top, left = (gradient != 0).nonzero().min(dim=0).values.tolist()
    axis.add_patch(
        Rectangle(
            (left - 0.5, top - 0.5),
            cols,
            rows,
            fill=False,
            edgecolor="cyan",
            linewidth=1.2,
        )
    )
    axis.set_title(f"{depth} x conv 3x3: {rows}x{cols}", fontsize=9)
    axis.axis("off")
plt.suptitle(
    "input pixels that reach one output pixel (brighter: more paths)",
    fontsize=10,
)
plt.tight_layout()
plt.show()
# --8<-- [end:demo]

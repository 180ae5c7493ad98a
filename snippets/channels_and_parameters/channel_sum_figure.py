# --8<-- [start:demo]
import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from matplotlib import cbook
from PIL import Image

# ships with matplotlib
with (
    cbook.get_sample_data("grace_hopper.jpg") as file,
    Image.open(file) as original,
):
    photo = original.resize((128, 150))
image = (
    torch.from_numpy(np.array(photo))
    .permute(2, 0, 1)
    .float()
    .div(255)
    .unsqueeze(0)
)

# A "redder than blue" detector:
# average red minus average blue over a 5x5 window.
conv = nn.Conv2d(3, 1, kernel_size=5, padding=2, bias=False)
with torch.no_grad():
    conv.weight.zero_()
    conv.weight[0, 0] = 1 / 25  # slice for the red channel
    # slice for the blue channel; green's slice stays 0
    conv.weight[0, 2] = -1 / 25

per_channel = [
    F.conv2d(image[:, c : c + 1], conv.weight[:, c : c + 1], padding=2)
    for c in range(3)
]
output = conv(image).detach()
print(
    "sum of the slices equals the layer:",
    torch.allclose(sum(per_channel), output, atol=1e-6),
)
#> sum of the slices equals the layer: True

fig, axes = plt.subplots(2, 4, figsize=(8, 4.8))
axes[0, 0].imshow(photo)
axes[0, 0].set_title("input (RGB)", fontsize=9)
for c, name in enumerate(["red", "green", "blue"]):
    axes[0, c + 1].imshow(image[0, c].numpy(), cmap="gray", vmin=0, vmax=1)
    axes[0, c + 1].set_title(f"{name} channel", fontsize=9)
# The sum is a small difference of two large maps:
# it gets a narrower colour scale.
panels = [(output, "sum = output (scale ±0.5)", 0.5)] + [
    (m.detach(), f"{name} * its slice ({w})", 1)
    for m, name, w in zip(
        per_channel, ["red", "green", "blue"], ["+1/25", "0", "-1/25"]
    )
]
for axis, (feature_map, title, scale) in zip(axes[1], panels):
    axis.imshow(
        feature_map[0, 0].numpy(), cmap="RdBu_r", vmin=-scale, vmax=scale
    )
    axis.set_title(title, fontsize=9)
for axis in axes.flat:
    axis.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:demo]

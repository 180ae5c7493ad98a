# --8<-- [start:kernels]
import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F
from matplotlib import cbook
from PIL import Image

KERNELS = {
    "box blur": torch.full((3, 3), 1 / 9),
    "Gaussian blur": torch.tensor([[1.0, 2, 1], [2, 4, 2], [1, 2, 1]]) / 16,
    "sharpen": torch.tensor([[0.0, -1, 0], [-1, 5, -1], [0, -1, 0]]),
    "emboss": torch.tensor([[-2.0, -1, 0], [-1, 1, 1], [0, 1, 2]]),
    "outline": torch.tensor([[-1.0, -1, -1], [-1, 8, -1], [-1, -1, -1]]),
    "Sobel x": torch.tensor([[-1.0, 0, 1], [-2, 0, 2], [-1, 0, 1]]),
    "Sobel y": torch.tensor([[-1.0, -2, -1], [0, 0, 0], [1, 2, 1]]),
}
for name, kernel in KERNELS.items():
    print(f"{name:13} weights sum to {kernel.sum().item():.0f}")
    #> box blur      weights sum to 1
    #> Gaussian blur weights sum to 1
    #> sharpen       weights sum to 1
    #> emboss        weights sum to 1
    #> outline       weights sum to 0
    #> Sobel x       weights sum to 0
    #> Sobel y       weights sum to 0
# --8<-- [end:kernels]

# --8<-- [start:apply]
# grayscale
photo = Image.open(cbook.get_sample_data("grace_hopper.jpg")).convert("L")
# small, so that a 3x3 kernel's effect is visible at page size
photo = photo.resize((128, 150))
gray = torch.from_numpy(np.array(photo)).float().div(255).view(1, 1, 150, 128)

# All seven kernels in one call: one output channel per kernel.
weights = torch.stack(list(KERNELS.values())).unsqueeze(1)  # (7, 1, 3, 3)
maps = F.conv2d(gray, weights, padding=1)[0]
print(tuple(gray.shape), "*", tuple(weights.shape), "->", tuple(maps.shape))
#> (1, 1, 150, 128) * (7, 1, 3, 3) -> (7, 150, 128)

sobel_x, sobel_y = maps[5], maps[6]
# edge strength, whatever its direction
magnitude = torch.sqrt(sobel_x**2 + sobel_y**2)
results = {
    "original": gray[0, 0],
    **dict(zip(KERNELS, maps)),
    "Sobel magnitude": magnitude,
}

fig, axes = plt.subplots(2, 5, figsize=(8, 4))
for axis, (name, result) in zip(axes.flat, results.items()):
    if name in {"outline", "Sobel x", "Sobel y", "Sobel magnitude"}:
        # Edge responses are signed and mostly small:
        # show their size, scaled to the 99th percentile.
        axis.imshow(
            result.abs(),
            cmap="gray",
            vmin=0,
            vmax=result.abs().quantile(0.99).item(),
        )
    else:
        axis.imshow(result, cmap="gray", vmin=0, vmax=1)
    axis.set_title(name, fontsize=9)
for axis in axes.flat:
    axis.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:apply]

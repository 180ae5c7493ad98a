import matplotlib.pyplot as plt
import numpy as np
import torch
import torch.nn.functional as F
from matplotlib import cbook
from PIL import Image

# --8<-- [start:kernels]
KERNELS = {
    "box blur": torch.full((3, 3), 1 / 9),
    "Gaussian blur": torch.tensor([[1., 2, 1], [2, 4, 2], [1, 2, 1]]) / 16,
    "sharpen": torch.tensor([[0., -1, 0], [-1, 5, -1], [0, -1, 0]]),
    "emboss": torch.tensor([[-2., -1, 0], [-1, 1, 1], [0, 1, 2]]),
    "outline": torch.tensor([[-1., -1, -1], [-1, 8, -1], [-1, -1, -1]]),
    "Sobel x": torch.tensor([[-1., 0, 1], [-2, 0, 2], [-1, 0, 1]]),
    "Sobel y": torch.tensor([[-1., -2, -1], [0, 0, 0], [1, 2, 1]]),
}
# --8<-- [end:kernels]

# --8<-- [start:apply]
photo = Image.open(cbook.get_sample_data("grace_hopper.jpg")).convert("L")
photo = photo.resize((128, 150))  # small, so that a 3x3 kernel's effect is visible at page size
gray = torch.from_numpy(np.asarray(photo)).float().div(255).view(1, 1, 150, 128)

# All seven kernels at once: one output channel per kernel.
weights = torch.stack(list(KERNELS.values())).unsqueeze(1)  # (7, 1, 3, 3)
maps = F.conv2d(gray, weights, padding=1)[0]
print(weights.shape, "->", maps.shape)
#> torch.Size([7, 1, 3, 3]) -> torch.Size([7, 150, 128])

sobel_x, sobel_y = maps[5], maps[6]
results = {"original": gray[0, 0], **dict(zip(KERNELS, maps)),
           "Sobel magnitude": torch.sqrt(sobel_x ** 2 + sobel_y ** 2)}
fig, axes = plt.subplots(2, 5, figsize=(10, 4.8))
for axis, (name, result) in zip(axes.flat, results.items()):
    if name in {"original", "box blur", "Gaussian blur", "sharpen", "emboss"}:  # kernels summing to 1
        axis.imshow(result, cmap="gray", vmin=0, vmax=1)
    else:  # edge responses are signed and small: show their size, scaled to the page
        axis.imshow(result.abs(), cmap="gray", vmin=0, vmax=result.abs().quantile(0.99).item())
    axis.set_title(name, fontsize=10)
    axis.axis("off")
axes.flat[-1].axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:apply]

# --8<-- [start:demo]
import matplotlib.pyplot as plt
import torch.nn.functional as F
from torchvision import datasets

test = datasets.FashionMNIST("./data", train=False, download=True)
image = test.data[0].float().div(255).view(1, 1, 28, 28)  # an ankle boot

panels = [
    ("input", image),
    ("max-pool 2x2", F.max_pool2d(image, 2)),
    ("max-pool 4x4", F.max_pool2d(image, 4)),
    ("avg-pool 4x4", F.avg_pool2d(image, 4)),
]
fig, axes = plt.subplots(1, 4, figsize=(8, 2.4))
for axis, (name, pooled) in zip(axes, panels):
    axis.imshow(pooled[0, 0].numpy(), cmap="gray", vmin=0, vmax=1)
    axis.set_title(f"{name}: {pooled.shape[-2]}x{pooled.shape[-1]}", fontsize=9)
    axis.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:demo]

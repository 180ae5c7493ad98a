# --8<-- [start:demo]
import matplotlib.pyplot as plt
import numpy as np
import torch
from matplotlib import cbook
from PIL import Image

# ships with matplotlib
photo = Image.open(cbook.get_sample_data("grace_hopper.jpg"))
print(photo.mode, photo.size)  # PIL reports (width, height)
#> RGB (512, 600)

# height x width x channel, as stored on disk; np.array copies the pixels
# (np.asarray would share PIL's read-only buffer, and torch warns about it)
pixels = torch.from_numpy(np.array(photo))
print(pixels.shape, pixels.dtype, pixels.min().item(), pixels.max().item())
#> torch.Size([600, 512, 3]) torch.uint8 0 255

chw = pixels.permute(2, 0, 1)  # PyTorch wants channel first
print(chw.shape)
#> torch.Size([3, 600, 512])
print("top-left pixel (R, G, B):", chw[:, 0, 0].tolist())
#> top-left pixel (R, G, B): [21, 24, 77]

fig, axes = plt.subplots(1, 4, figsize=(8, 2.6))
axes[0].imshow(pixels)
axes[0].set_title("RGB")
for axis, channel, name in zip(axes[1:], chw, ["red", "green", "blue"]):
    axis.imshow(channel, cmap="gray", vmin=0, vmax=255)
    axis.set_title(f"{name} channel")
for axis in axes:
    axis.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:demo]

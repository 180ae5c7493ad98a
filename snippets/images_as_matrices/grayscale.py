# --8<-- [start:demo]
import numpy as np
import torch
from matplotlib import cbook
from PIL import Image

photo = Image.open(cbook.get_sample_data("grace_hopper.jpg"))
rgb = torch.from_numpy(np.array(photo)).permute(2, 0, 1).float()

# One channel per pixel: a weighted sum of R, G and B
# (ITU-R 601 luma, as PIL's "L" mode uses).
weights = torch.tensor([0.299, 0.587, 0.114]).view(3, 1, 1)
gray = (rgb * weights).sum(dim=0, keepdim=True)
print(rgb.shape, "->", gray.shape)
#> torch.Size([3, 600, 512]) -> torch.Size([1, 600, 512])

pil_gray = torch.from_numpy(np.array(photo.convert("L"))).float()
print(
    "largest difference from PIL's grayscale: "
    f"{(gray[0] - pil_gray).abs().max():.2f}"
)
#> largest difference from PIL's grayscale: 0.50
# --8<-- [end:demo]

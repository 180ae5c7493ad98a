# --8<-- [start:solution]
import numpy as np
import torch
from matplotlib import cbook
from PIL import Image

photo = torch.from_numpy(
    np.array(Image.open(cbook.get_sample_data("grace_hopper.jpg")))
)
chw = photo.permute(2, 0, 1).float() / 255
# average over height and width, one value per channel
means = chw.mean(dim=(1, 2))
print([round(m, 3) for m in means.tolist()])
#> [0.323, 0.284, 0.339]
print("brightest channel:", ["red", "green", "blue"][means.argmax()])
#> brightest channel: blue
# --8<-- [end:solution]

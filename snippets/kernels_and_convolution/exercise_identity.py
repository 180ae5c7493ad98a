# --8<-- [start:solution]
import torch
import torch.nn.functional as F

image = torch.rand(1, 1, 5, 5)
identity = torch.zeros(1, 1, 3, 3)
identity[0, 0, 1, 1] = (
    1  # only the centre counts: each output copies the pixel under it
)
out = F.conv2d(image, identity, padding=1)
print(out.shape, torch.equal(out, image))
#> torch.Size([1, 1, 5, 5]) True
# --8<-- [end:solution]

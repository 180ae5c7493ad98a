# --8<-- [start:batch]
import torch
import torch.nn as nn

conv = nn.Conv2d(1, 4, kernel_size=3)
# one grayscale image, no channel and no batch dimension
image = torch.rand(28, 28)
try:
    conv(image)
except RuntimeError as error:
    print(error)
    #> Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [28, 28]
# (C, H, W): accepted as a single unbatched image
print(conv(image.unsqueeze(0)).shape)
#> torch.Size([4, 26, 26])
# (N, C, H, W): a batch of one
print(conv(image.unsqueeze(0).unsqueeze(0)).shape)
#> torch.Size([1, 4, 26, 26])
# --8<-- [end:batch]

# --8<-- [start:overflow]
a = torch.tensor([200], dtype=torch.uint8)
b = torch.tensor([100], dtype=torch.uint8)
print((a + b).item(), (b - a).item())  # uint8 wraps around modulo 256
#> 44 156
print((a.float() + b.float()).item(), (b.float() - a.float()).item())
#> 300.0 -100.0
# --8<-- [end:overflow]

# --8<-- [start:solution]
import torch
import torch.nn.functional as F

torch.manual_seed(0)

x = torch.rand(1, 1, 8, 8)
shifted = F.pad(x, (2, 0))[..., :-2]  # two pixels right: exactly one 2x2 window
pooled, pooled_shifted = F.max_pool2d(x, 2), F.max_pool2d(shifted, 2)
# the pooled map moves by one cell
# (apart from the new left column, fed by padding)
print(torch.equal(pooled_shifted[..., 1:], pooled[..., :-1]))
#> True
# --8<-- [end:solution]

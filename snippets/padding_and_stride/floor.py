# --8<-- [start:demo]
import torch
import torch.nn as nn

H, p, d, k, s = 6, 0, 1, 3, 2
print("post 004, no floor:", (H + 2 * p - d * (k - 1) - 1) / s + 1)
#> post 004, no floor: 2.5
print("with the floor:    ", (H + 2 * p - d * (k - 1) - 1) // s + 1)
#> with the floor:     2
print(
    "nn.Conv2d:         ",
    nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)(
        torch.zeros(1, 1, H, H)
    ).shape[-1],
)
#> nn.Conv2d:          2
# --8<-- [end:demo]

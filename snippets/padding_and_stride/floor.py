import torch
import torch.nn as nn

# --8<-- [start:demo]
i, k, s, p = 6, 3, 2, 0
print("without floor:", (i + 2 * p - k) / s + 1)
#> without floor: 2.5
print("with floor:   ", (i + 2 * p - k) // s + 1)
#> with floor:    2
print("Conv2d:       ", nn.Conv2d(1, 1, k, stride=s)(torch.zeros(1, 1, i, i)).shape[-1])
#> Conv2d:        2
# --8<-- [end:demo]

# --8<-- [start:demo]
import torch
import torch.nn as nn

torch.manual_seed(0)

to_2x2 = nn.AdaptiveAvgPool2d((2, 2))
global_pool = nn.AdaptiveAvgPool2d(1)
for size in (28, 32, 37):
    features = torch.rand(1, 16, size, size)
    print(
        size, tuple(to_2x2(features).shape), tuple(global_pool(features).shape)
    )
    #> 28 (1, 16, 2, 2) (1, 16, 1, 1)
    #> 32 (1, 16, 2, 2) (1, 16, 1, 1)
    #> 37 (1, 16, 2, 2) (1, 16, 1, 1)

features = torch.rand(1, 16, 7, 7)
print(
    torch.allclose(
        global_pool(features).flatten(), features.mean(dim=(2, 3)).flatten()
    )
)
#> True
# --8<-- [end:demo]

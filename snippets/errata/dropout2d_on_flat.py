# --8<-- [start:demo]
import warnings

import torch
import torch.nn as nn

torch.manual_seed(0)  # the dropout masks are random

# after fc1: (batch, 50), no channels and no spatial dimensions
features = torch.ones(4, 50)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dropped = nn.Dropout2d()(features)  # post 002's self.drop
print(caught[0].category.__name__ + ":", caught[0].message)
#> UserWarning: dropout2d: Received a 2-D input to dropout2d, which is deprecated and will result in an error in a future release. To retain the behavior and silence this warning, please use dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).

# Dropout2d zeroes whole channels of (N, C, H, W) maps; on flat features it
# silently falls back to element-wise dropout, which is what nn.Dropout does
# without the warning.
print(
    f"zeroed by Dropout2d: {(dropped == 0).float().mean():.2f}, "
    f"by Dropout: {(nn.Dropout()(features) == 0).float().mean():.2f}"
)
#> zeroed by Dropout2d: 0.50, by Dropout: 0.47
# --8<-- [end:demo]

import torch
import torch.nn as nn

# --8<-- [start:demo]
conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=5)
print("weight", tuple(conv.weight.shape))  # (out_channels, in_channels, kH, kW)
#> weight (8, 3, 5, 5)
print("bias  ", tuple(conv.bias.shape))    # one per output channel
#> bias   (8,)

batch = torch.rand(16, 3, 32, 32)  # (N, C, H, W)
print("batched  ", tuple(conv(batch).shape))
#> batched   (16, 8, 28, 28)
print("unbatched", tuple(conv(batch[0]).shape))  # (C, H, W) is accepted as a single image
#> unbatched (8, 28, 28)
# --8<-- [end:demo]

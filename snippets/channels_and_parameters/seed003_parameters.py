import torch
import torch.nn as nn

# --8<-- [start:demo]
conv = nn.Conv2d(in_channels=3, out_channels=4, kernel_size=5)
print(tuple(conv(torch.rand(1, 3, 32, 32)).shape))  # 32x32x3 -> 28x28x4
#> (1, 4, 28, 28)

weights, biases = conv.weight.numel(), conv.bias.numel()
print(f"weights 5*5*3*4 = {weights}, biases = {biases}, "
      f"total = {sum(p.numel() for p in conv.parameters())}")
#> weights 5*5*3*4 = 300, biases = 4, total = 304
# --8<-- [end:demo]

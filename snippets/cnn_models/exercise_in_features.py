from cnn_models.models import Post000CNN

# --8<-- [start:solution]
import torch
import torch.nn as nn

# Post 001's convolution (5x5, no padding) on a 28x28 Fashion-MNIST image:
# 28 - 5 + 1 = 24
conv = nn.Conv2d(1, 10, 5, 1)
# Linear(10 * 24 * 24, 10) is needed
print(conv(torch.zeros(1, 1, 28, 28)).flatten(1).shape)
#> torch.Size([1, 5760])

# Post 000's model at 64x64: 64 -> 32 -> 16 -> 8,
# so 128 * 8 * 8 inputs to layer4
side = 64 // 2 // 2 // 2
print(128 * side * side, Post000CNN(image_size=64).layer4[0].in_features)
#> 8192 8192
print(Post000CNN(image_size=64)(torch.zeros(2, 1, 64, 64)).shape)
#> torch.Size([2, 2])
# --8<-- [end:solution]

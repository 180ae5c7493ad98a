from padding_and_stride.output_size import conv_output_size

# --8<-- [start:demo]
import torch
import torch.nn as nn

conv = nn.Conv2d(in_channels=3, out_channels=4, kernel_size=5)
# 32x32x3 -> 28x28x4
print(
    tuple(conv(torch.rand(1, 3, 32, 32)).shape),
    conv_output_size(32, kernel_size=5),
)
#> (1, 4, 28, 28) 28

weights, biases = conv.weight.numel(), conv.bias.numel()
print(
    f"weights 5*5*3*4 = {weights}, biases = {biases}, "
    f"total = {sum(p.numel() for p in conv.parameters())}"
)
#> weights 5*5*3*4 = 300, biases = 4, total = 304

# The post's 300 is the count of a layer built without biases.
print(
    "bias=False:",
    sum(
        p.numel()
        for p in nn.Conv2d(3, 4, kernel_size=5, bias=False).parameters()
    ),
)
#> bias=False: 300
# --8<-- [end:demo]

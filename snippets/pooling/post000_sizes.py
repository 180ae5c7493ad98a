# --8<-- [start:demo]
import torch
import torch.nn as nn

x = torch.rand(1, 1, 200, 200)
for c_in, c_out in [
    (1, 32),
    (32, 64),
    (64, 128),
]:  # post 000's three conv layers
    x = nn.Conv2d(c_in, c_out, kernel_size=3, stride=1, padding=1)(x)
    after_conv = tuple(x.shape[1:])
    x = nn.MaxPool2d(kernel_size=2, stride=2)(torch.relu(x))
    print(f"conv {after_conv} -> pool {tuple(x.shape[1:])}")
    #> conv (32, 200, 200) -> pool (32, 100, 100)
    #> conv (64, 100, 100) -> pool (64, 50, 50)
    #> conv (128, 50, 50) -> pool (128, 25, 25)
# --8<-- [end:demo]

from padding_and_stride.output_size import pool_output_size

# --8<-- [start:demo]
import torch
import torch.nn as nn

x = torch.arange(25.0).view(1, 1, 5, 5)
for name, kwargs in [
    ("kernel 2 (stride 2)", dict(kernel_size=2)),
    ("kernel 3, stride 1", dict(kernel_size=3, stride=1)),
    ("kernel 3, stride 2, padding 1", dict(kernel_size=3, stride=2, padding=1)),
    (
        "kernel 2, stride 1, dilation 2",
        dict(kernel_size=2, stride=1, dilation=2),
    ),
    ("kernel 2, ceil_mode", dict(kernel_size=2, ceil_mode=True)),
]:
    measured = nn.MaxPool2d(**kwargs)(x).shape[-1]
    print(f"{name:31} -> {measured}  (formula {pool_output_size(5, **kwargs)})")
    #> kernel 2 (stride 2)             -> 2  (formula 2)
    #> kernel 3, stride 1              -> 3  (formula 3)
    #> kernel 3, stride 2, padding 1   -> 3  (formula 3)
    #> kernel 2, stride 1, dilation 2  -> 3  (formula 3)
    #> kernel 2, ceil_mode             -> 3  (formula 3)
# --8<-- [end:demo]

from padding_and_stride.output_size import conv_output_size

# --8<-- [start:demo]
import torch
import torch.nn as nn

H, W = 10, 20  # a wide input
conv = nn.Conv2d(1, 1, kernel_size=(3, 5), stride=(1, 2), padding=(1, 0))
print("PyTorch:", tuple(conv(torch.zeros(1, 1, H, W)).shape[-2:]))
#> PyTorch: (10, 8)

OH = conv_output_size(H, 3, stride=1, padding=1)
# the post's OW uses H
OW_post_004 = conv_output_size(H, 5, stride=2, padding=0)
OW = conv_output_size(W, 5, stride=2, padding=0)
print(f"OH = {OH}, OW with H = {OW_post_004}, OW with W = {OW}")
#> OH = 10, OW with H = 3, OW with W = 8
# --8<-- [end:demo]

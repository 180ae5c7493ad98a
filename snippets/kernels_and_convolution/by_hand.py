import torch
import torch.nn as nn
import torch.nn.functional as F

# --8<-- [start:data]
image = torch.ones(5, 5)
kernel = torch.tensor([[1., 0., 0.],
                       [0., -1., 0.],
                       [0., 0., 1.]])
# --8<-- [end:data]

# --8<-- [start:by_hand]
def cross_correlate(image, kernel):
    """Slide the kernel over every position where it fits; multiply and sum."""
    kh, kw = kernel.shape
    out = torch.zeros(image.shape[0] - kh + 1, image.shape[1] - kw + 1)
    for row in range(out.shape[0]):
        for col in range(out.shape[1]):
            window = image[row:row + kh, col:col + kw]
            out[row, col] = (window * kernel).sum()
    return out


by_hand = cross_correlate(image, kernel)
print(by_hand)
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.],
#>         [1., 1., 1.]])
# The top-left window, term by term: 1x1 + 1x0 + 1x0 + 1x0 + 1x(-1) + 1x0 + 1x0 + 1x0 + 1x1
print((image[:3, :3] * kernel).flatten().tolist(), "->", (image[:3, :3] * kernel).sum().item())
#> [1.0, 0.0, 0.0, 0.0, -1.0, 0.0, 0.0, 0.0, 1.0] -> 1.0
# --8<-- [end:by_hand]

# --8<-- [start:pytorch]
conv = nn.Conv2d(in_channels=1, out_channels=1, kernel_size=3, bias=False)
with torch.no_grad():
    conv.weight.copy_(kernel.view(1, 1, 3, 3))  # (out_channels, in_channels, kH, kW)
layer_output = conv(image.view(1, 1, 5, 5))  # (N, C, H, W)
function_output = F.conv2d(image.view(1, 1, 5, 5), kernel.view(1, 1, 3, 3))

print(layer_output.shape)
#> torch.Size([1, 1, 3, 3])
print(torch.equal(layer_output[0, 0], by_hand), torch.equal(function_output[0, 0], by_hand))
#> True True
# --8<-- [end:pytorch]

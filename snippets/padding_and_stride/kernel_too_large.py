# --8<-- [start:error]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

data = torch.ones(1, 1, 4, 4)
conv = nn.Conv2d(1, 1, kernel_size=5)
try:
    conv(data)
except RuntimeError as error:
    print(error)
    #> Calculated padded input size per channel: (4 x 4). Kernel size: (5 x 5). Kernel size can't be greater than actual input size
# --8<-- [end:error]

# --8<-- [start:fix]
print(F.pad(data, (1, 1, 1, 1))[0, 0])  # what padding=1 feeds the kernel: 6x6
#> tensor([[0., 0., 0., 0., 0., 0.],
#>         [0., 1., 1., 1., 1., 0.],
#>         [0., 1., 1., 1., 1., 0.],
#>         [0., 1., 1., 1., 1., 0.],
#>         [0., 1., 1., 1., 1., 0.],
#>         [0., 0., 0., 0., 0., 0.]])
conv = nn.Conv2d(
    1, 1, kernel_size=5, padding=1, padding_mode="zeros", bias=False
)
print(conv(data).shape)
#> torch.Size([1, 1, 2, 2])
with torch.no_grad():
    conv.weight.fill_(1.0)  # a kernel of ones sums what each window sees
    print(conv(data)[0, 0])
    #> tensor([[16., 16.],
    #>         [16., 16.]])

# each 5x5 window of the padded input: 25 positions, 16 of them pixels
windows = F.pad(data, (1, 1, 1, 1)).unfold(2, 5, 1).unfold(3, 5, 1)
print(f"share of each window that is padding: {1 - windows.mean():.0%}")
#> share of each window that is padding: 36%
# --8<-- [end:fix]

# --8<-- [start:solution]
import torch
import torch.nn.functional as F

diagonal_kernel = torch.eye(3)
zero_mean = diagonal_kernel - diagonal_kernel.mean()  # the weights now sum to 0
print(zero_mean)
#> tensor([[ 0.6667, -0.3333, -0.3333],
#>         [-0.3333,  0.6667, -0.3333],
#>         [-0.3333, -0.3333,  0.6667]])

for name, image in [("diagonal", torch.eye(5)), ("flat", torch.ones(5, 5))]:
    response = F.conv2d(image.view(1, 1, 5, 5), zero_mean.view(1, 1, 3, 3))[
        0, 0
    ]
    # + 0.0 turns -0.0 into 0.0
    print(name, "image:\n", response.round(decimals=2) + 0.0)
    #> diagonal image:
    #>  tensor([[ 2.0000, -0.6700, -0.3300],
    #>         [-0.6700,  2.0000, -0.6700],
    #>         [-0.3300, -0.6700,  2.0000]])
    #> flat image:
    #>  tensor([[0., 0., 0.],
    #>         [0., 0., 0.],
    #>         [0., 0., 0.]])
# --8<-- [end:solution]

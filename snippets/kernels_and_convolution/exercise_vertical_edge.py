# --8<-- [start:solution]
import torch
import torch.nn.functional as F

step = torch.zeros(6, 6)
step[:, 3:] = 1  # dark left half, bright right half: a vertical edge
# responds to left-to-right increases
vertical_edge = torch.tensor([[-1.0, 0.0, 1.0]] * 3)
print(F.conv2d(step.view(1, 1, 6, 6), vertical_edge.view(1, 1, 3, 3))[0, 0])
#> tensor([[0., 3., 3., 0.],
#>         [0., 3., 3., 0.],
#>         [0., 3., 3., 0.],
#>         [0., 3., 3., 0.]])
# --8<-- [end:solution]

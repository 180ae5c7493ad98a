# --8<-- [start:demo]
import torch
import torch.nn as nn
import torch.nn.functional as F

x = torch.arange(1.0, 10.0).view(1, 1, 3, 3)
for mode in ["zeros", "reflect", "replicate", "circular"]:
    padded = F.pad(
        x, (1, 1, 1, 1), mode="constant" if mode == "zeros" else mode
    )
    conv = nn.Conv2d(1, 1, 3, padding=1, padding_mode=mode, bias=False)
    # the layer pads exactly like F.pad
    same = torch.equal(conv(x), F.conv2d(padded, conv.weight))
    print(f"{mode}  (Conv2d agrees with F.pad: {same})\n{padded[0, 0].long()}")
    #> zeros  (Conv2d agrees with F.pad: True)
    #> tensor([[0, 0, 0, 0, 0],
    #>         [0, 1, 2, 3, 0],
    #>         [0, 4, 5, 6, 0],
    #>         [0, 7, 8, 9, 0],
    #>         [0, 0, 0, 0, 0]])
    #> reflect  (Conv2d agrees with F.pad: True)
    #> tensor([[5, 4, 5, 6, 5],
    #>         [2, 1, 2, 3, 2],
    #>         [5, 4, 5, 6, 5],
    #>         [8, 7, 8, 9, 8],
    #>         [5, 4, 5, 6, 5]])
    #> replicate  (Conv2d agrees with F.pad: True)
    #> tensor([[1, 1, 2, 3, 3],
    #>         [1, 1, 2, 3, 3],
    #>         [4, 4, 5, 6, 6],
    #>         [7, 7, 8, 9, 9],
    #>         [7, 7, 8, 9, 9]])
    #> circular  (Conv2d agrees with F.pad: True)
    #> tensor([[9, 7, 8, 9, 7],
    #>         [3, 1, 2, 3, 1],
    #>         [6, 4, 5, 6, 4],
    #>         [9, 7, 8, 9, 7],
    #>         [3, 1, 2, 3, 1]])
# --8<-- [end:demo]

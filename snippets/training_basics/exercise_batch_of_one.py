# --8<-- [start:solution]
import torch
import torch.nn as nn

torch.manual_seed(0)

bn = nn.BatchNorm2d(3)
try:  # one image of 1x1: a single value per channel has no variance
    bn(torch.randn(1, 3, 1, 1))
except ValueError as error:
    print(error)
    #> Expected more than 1 value per channel when training, got input size torch.Size([1, 3, 1, 1])
# one image of 4x4 gives 16 values per channel: enough to normalise
print(bn(torch.randn(1, 3, 4, 4)).shape)
#> torch.Size([1, 3, 4, 4])
bn.eval()  # evaluation uses the running statistics: any batch size works
print(bn(torch.randn(1, 3, 1, 1)).shape)
#> torch.Size([1, 3, 1, 1])
# --8<-- [end:solution]

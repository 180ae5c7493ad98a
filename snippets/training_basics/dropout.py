# --8<-- [start:demo]
import torch
import torch.nn as nn

torch.manual_seed(0)

dropout = nn.Dropout(p=0.5)
print(dropout.training)  # every module starts in training mode
#> True
x = torch.ones(10)
print(dropout(x))  # about half zeroed, the survivors doubled
#> tensor([0., 0., 2., 0., 0., 0., 2., 2., 0., 2.])

many = dropout(torch.ones(100_000))
print(f"zeroed {(many == 0).float().mean().item():.4f}")
#> zeroed 0.5007
print(f"mean {many.mean().item():.4f}")  # the mean is kept, on average
#> mean 0.9986

dropout.eval()  # evaluation mode: dropout does nothing
print(dropout(x))
#> tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1.])
# --8<-- [end:demo]

# --8<-- [start:solution]
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)

# An untrained classifier gives the 10 classes about equal scores: each gets
# probability 1/10, and the loss is -log(1/10) = log(10) for any target.
targets = torch.randint(0, 10, (64,))
print(f"{F.cross_entropy(torch.zeros(64, 10), targets).item():.4f}")
#> 2.3026
print(f"{math.log(10):.4f}")
#> 2.3026

# A freshly initialised linear classifier on random 28x28 inputs comes close
model = torch.nn.Linear(28 * 28, 10)
images = torch.randn(64, 28 * 28)
print(f"{F.cross_entropy(model(images), targets).item():.4f}")
#> 2.3944
# --8<-- [end:solution]

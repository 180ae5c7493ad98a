"""Exercise: how much does a validation accuracy vary by chance alone?"""

# --8<-- [start:solution]
import math

import torch

# An accuracy p measured on n images is an average of n right-or-wrong
# answers: its standard deviation over random sets of n images is
# sqrt(p (1 - p) / n).
p, n = 0.83, 5000
print(f"{100 * math.sqrt(p * (1 - p) / n):.2f} points")
#> 0.53 points

# checked by drawing it: 1,000 sets of 5,000 answers, each right with p
torch.manual_seed(0)
answers = torch.rand(1000, n) < p
print(f"{100 * answers.float().mean(dim=1).std():.2f} points")
#> 0.53 points
# --8<-- [end:solution]

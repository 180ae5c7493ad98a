# --8<-- [start:solution]
import torch

torch.manual_seed(0)
labels = torch.randint(0, 10, (1000,))
# about 80% right
predicted = torch.where(
    torch.rand(1000) < 0.8, labels, torch.randint(0, 10, (1000,))
)

by_loop = torch.zeros(10, 10, dtype=torch.long)
for true, guess in zip(labels.tolist(), predicted.tolist()):
    by_loop[true, guess] += 1
# pair -> one number
by_bincount = torch.bincount(labels * 10 + predicted, minlength=100).view(
    10, 10
)
print(torch.equal(by_loop, by_bincount))
#> True

accuracy = by_bincount.trace() / by_bincount.sum()
per_class = by_bincount.diag() / by_bincount.sum(dim=1)
print(f"{accuracy:.3f} {(predicted == labels).float().mean():.3f}")
#> 0.823 0.823
print(per_class.shape, f"{per_class.min():.3f} {per_class.max():.3f}")
#> torch.Size([10]) 0.782 0.862
# --8<-- [end:solution]

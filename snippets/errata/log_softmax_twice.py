# --8<-- [start:demo]
import torch
import torch.nn.functional as F

torch.manual_seed(0)
logits = torch.randn(64, 10)
target = torch.randint(0, 10, (64,))

# post 002 returns F.log_softmax(x) from forward() and then calls
# F.cross_entropy, which applies log_softmax again. log_softmax of
# log-probabilities changes nothing, so the loss is the same:
once = F.cross_entropy(logits, target)
twice = F.cross_entropy(F.log_softmax(logits, dim=1), target)
print(f"{once.item():.6f} {twice.item():.6f}")
#> 2.645432 2.645432
print(F.nll_loss(F.log_softmax(logits, dim=1), target).item() == once.item())
#> True
# --8<-- [end:demo]

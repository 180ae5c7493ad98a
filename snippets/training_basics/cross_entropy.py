# --8<-- [start:by_hand]
import torch
import torch.nn.functional as F

# raw scores (logits) of a model for 2 examples and 3 classes
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]])
targets = torch.tensor([0, 2])  # the correct class of each example

# softmax: exponentiate, then divide by the sum, so each row sums to 1
probabilities = logits.exp() / logits.exp().sum(dim=1, keepdim=True)
print(probabilities)
#> tensor([[0.6590, 0.2424, 0.0986],
#>         [0.1161, 0.8580, 0.0259]])
print(probabilities.sum(dim=1))
#> tensor([1.0000, 1.0000])
print(torch.allclose(probabilities, torch.softmax(logits, dim=1)))
#> True

# cross-entropy: minus the log-probability of the correct class
correct = probabilities[torch.arange(2), targets]
print(correct)
#> tensor([0.6590, 0.0259])
print(-correct.log())
#> tensor([0.4170, 3.6532])
print(F.cross_entropy(logits, targets, reduction="none"))
#> tensor([0.4170, 3.6532])
# the loss a training step uses is their mean
print(-correct.log().mean(), F.cross_entropy(logits, targets))
#> tensor(2.0351) tensor(2.0351)
# --8<-- [end:by_hand]

# --8<-- [start:probabilities]
# A confident, correct prediction: its loss is close to 0 ...
sure = torch.tensor([[10.0, 0.0, 0.0]])
print(f"{F.cross_entropy(sure, torch.tensor([0])).item():.4f}")
#> 0.0001
# ... but softmax first, and cross_entropy applies log_softmax again:
# the probabilities (1, 0, 0) are read as logits, and the loss stays high
print(f"{F.cross_entropy(sure.softmax(dim=1), torch.tensor([0])).item():.4f}")
#> 0.5515
print(f"{F.cross_entropy(logits.softmax(dim=1), targets).item():.4f}")
#> 1.1410
# --8<-- [end:probabilities]

# --8<-- [start:floor]
# Softmax first: the best a model can do is probability 1 on the correct
# class, and those probabilities, read as logits, still give the other
# classes e**0 against e**1. The loss cannot go below -log(e / (e + C - 1)).
e = torch.tensor(1.0).exp()
for classes in (3, 10):
    best = torch.eye(classes)[:1]  # probabilities (1, 0, ..., 0)
    floor = F.cross_entropy(best, torch.tensor([0]))
    print(
        classes, f"{floor.item():.4f}", f"{-(e / (e + classes - 1)).log():.4f}"
    )
    #> 3 0.5514 0.5514
    #> 10 1.4612 1.4612

# The gradients it passes back are weaker too. An untrained model's logits:
torch.manual_seed(0)
z = torch.randn(64, 10, requires_grad=True)
y = torch.randint(0, 10, (64,))
for name, outputs in (("logits", z), ("softmax first", z.softmax(dim=1))):
    loss = F.cross_entropy(outputs, y)
    (grad,) = torch.autograd.grad(loss, z)  # d loss / d logits
    print(
        f"{name:>13}: loss {loss.item():.4f}, gradient norm {grad.norm():.4f}"
    )
    #>        logits: loss 2.6454, gradient norm 0.1257
    #> softmax first: loss 2.3068, gradient norm 0.0142
# --8<-- [end:floor]

# --8<-- [start:stable]
big = torch.tensor([[1000.0, 0.0, -1000.0]])
print(big.exp())  # e**1000 overflows, e**-1000 underflows
#> tensor([[inf, 1., 0.]])
print(big.exp() / big.exp().sum(dim=1, keepdim=True))  # inf / inf
#> tensor([[nan, 0., 0.]])
# torch.softmax subtracts the largest logit first, but the smallest
# probability still rounds to 0, and its log is -inf
print(torch.softmax(big, dim=1).log())
#> tensor([[0., -inf, -inf]])
# log_softmax computes z - max - log(sum(exp(z - max))): never exp(1000)
print(F.log_softmax(big, dim=1))
#> tensor([[    0., -1000., -2000.]])
print(F.cross_entropy(big, torch.tensor([2])))
#> tensor(2000.)
# --8<-- [end:stable]

# --8<-- [start:chain_rule]
import torch
import torch.nn as nn
import torch.nn.functional as F

# a tiny network: one weight, a ReLU, another weight, a squared error
x, target = torch.tensor(1.5), torch.tensor(1.0)
w1 = torch.tensor(2.0, requires_grad=True)
w2 = torch.tensor(-0.5, requires_grad=True)
h = w1 * x
a = torch.relu(h)
out = w2 * a
loss = (out - target) ** 2
print(h.item(), a.item(), out.item(), loss.item())
#> 3.0 3.0 -1.5 6.25

# backwards, one local derivative per operation, each times the one after
d_out = 2 * (out - target)  # d loss / d out
d_w2 = d_out * a  # out = w2 * a
d_a = d_out * w2
d_h = d_a * (h > 0)  # ReLU passes the gradient where h > 0, else 0
d_w1 = d_h * x  # h = w1 * x
print(d_out.item(), d_a.item(), d_h.item())
#> -5.0 2.5 2.5
print("by hand: ", d_w1.item(), d_w2.item())
#> by hand:  3.75 -15.0
loss.backward()
print("autograd:", w1.grad.item(), w2.grad.item())
#> autograd: 3.75 -15.0
# --8<-- [end:chain_rule]

# --8<-- [start:backward_twice]
try:  # backward() frees what the forward pass saved for it
    loss.backward()
except RuntimeError as error:
    print(error)
    #> Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
# --8<-- [end:backward_twice]

# --8<-- [start:softmax_gradient]
torch.manual_seed(0)
logits = torch.randn(4, 5, requires_grad=True)  # 4 examples, 5 classes
targets = torch.tensor([1, 0, 4, 2])
F.cross_entropy(logits, targets).backward()  # the mean over the 4

# by hand: probabilities minus the one-hot target, divided by the batch
probabilities = logits.detach().softmax(dim=1)
one_hot = F.one_hot(targets, num_classes=5).float()
by_hand = (probabilities - one_hot) / 4
print(by_hand)
#> tensor([[ 0.0209, -0.2297,  0.0501,  0.0417,  0.1171],
#>         [-0.2446,  0.0182,  0.1635,  0.0409,  0.0219],
#>         [ 0.0622,  0.0192,  0.0590,  0.0718, -0.2121],
#>         [ 0.0072,  0.0424, -0.1912,  0.1240,  0.0176]])
print(torch.allclose(by_hand, logits.grad))
#> True
# --8<-- [end:softmax_gradient]

# --8<-- [start:depth]
# 30 layers, each multiplying the gradient by the same factor (orthogonal
# weights times a gain keep every direction's length times the gain)
for gain in (0.8, 1.0, 1.2):
    torch.manual_seed(0)
    layers = [nn.Linear(64, 64, bias=False) for _ in range(30)]
    for layer in layers:
        nn.init.orthogonal_(layer.weight, gain=gain)
    inputs = torch.randn(1, 64, requires_grad=True)
    outputs = nn.Sequential(*layers)(inputs)
    upstream = torch.randn(1, 64)  # the gradient arriving at the output
    outputs.backward(upstream)
    ratio = inputs.grad.norm() / upstream.norm()
    print(f"gain {gain}: gradient x {ratio:.1e}, gain**30 = {gain**30:.1e}")
    #> gain 0.8: gradient x 1.2e-03, gain**30 = 1.2e-03
    #> gain 1.0: gradient x 1.0e+00, gain**30 = 1.0e+00
    #> gain 1.2: gradient x 2.4e+02, gain**30 = 2.4e+02
# --8<-- [end:depth]

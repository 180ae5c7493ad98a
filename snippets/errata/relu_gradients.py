# --8<-- [start:demo]
import torch
import torch.nn as nn

# the largest slope of each activation, over inputs from -6 to 6
for activation in (torch.sigmoid, torch.relu):
    z = torch.linspace(-6, 6, 1201, requires_grad=True)
    activation(z).sum().backward()
    print(f"{activation.__name__}: largest slope {z.grad.max():.2f}")
    #> sigmoid: largest slope 0.25
    #> relu: largest slope 1.00

torch.manual_seed(0)
# 30 blocks of Linear + ReLU, with PyTorch's default initialisation
deep = nn.Sequential(
    *[nn.Sequential(nn.Linear(64, 64), nn.ReLU()) for _ in range(30)]
)
deep(torch.randn(128, 64)).pow(2).mean().backward()
first, last = deep[0][0].weight.grad.norm(), deep[-1][0].weight.grad.norm()
print(f"gradient norm of the weights: first block {first:.1e}, last {last:.1e}")
#> gradient norm of the weights: first block 4.8e-14, last 6.5e-03

# ReLU's own gradient: 1 where its input is positive, 0 elsewhere
x = torch.tensor([-2.0, -0.5, 0.5, 2.0], requires_grad=True)
torch.relu(x).sum().backward()
print(x.grad)
#> tensor([0., 0., 1., 1.])
# --8<-- [end:demo]

# --8<-- [start:linear]
import torch
import torch.nn as nn

torch.manual_seed(0)

layer = nn.Linear(in_features=3, out_features=2)
# one row of weights per output: (out_features, in_features)
print(layer.weight.shape, layer.bias.shape)
#> torch.Size([2, 3]) torch.Size([2])

x = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]])  # a batch of 2 inputs
print(layer(x))
#> tensor([[-0.8219,  0.0526],
#>         [-0.3233,  0.4677]], grad_fn=<AddmmBackward0>)
# the same numbers from the matrix product y = x W^T + b
print(x @ layer.weight.T + layer.bias)
#> tensor([[-0.8219,  0.0526],
#>         [-0.3233,  0.4677]], grad_fn=<AddBackward0>)
print(torch.allclose(layer(x), x @ layer.weight.T + layer.bias))
#> True
# --8<-- [end:linear]

# --8<-- [start:relu]
relu = nn.ReLU()
print(relu(torch.tensor([-2.0, -0.5, 0.0, 1.5])))
#> tensor([0.0000, 0.0000, 0.0000, 1.5000])
# --8<-- [end:relu]

# --8<-- [start:collapse]
first, second = nn.Linear(3, 4), nn.Linear(4, 2)
two_linear = nn.Sequential(first, second)
with_relu = nn.Sequential(first, nn.ReLU(), second)  # the same two layers

# Two linear layers in a row are one linear layer in disguise:
# W = W2 W1 and b = W2 b1 + b2 give the same outputs.
weight = second.weight @ first.weight
bias = second.weight @ first.bias + second.bias
print(weight.shape, bias.shape)
#> torch.Size([2, 3]) torch.Size([2])
print(torch.allclose(two_linear(x), x @ weight.T + bias))
#> True
# With a ReLU between them, the product no longer describes the network
print(torch.allclose(with_relu(x), x @ weight.T + bias))
#> False


# Any linear layer f has f(x) + f(-x) = 2 f(0), so this gap is 0 for
# every stack of linear layers, whatever its weights:
def gap(f, x):
    return (f(x) + f(-x) - 2 * f(torch.zeros_like(x))).abs().max().item()


print(f"{gap(two_linear, x):.4f} {gap(with_relu, x):.4f}")
#> 0.0000 0.0891
# --8<-- [end:collapse]

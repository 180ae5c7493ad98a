# --8<-- [start:default_init]
import math

import torch
import torch.nn as nn

torch.manual_seed(0)


def initialised(init, fan_in=256, fan_out=256):
    layer = nn.Linear(fan_in, fan_out)  # PyTorch's default initialisation
    if init == "default, bias 0":
        nn.init.zeros_(layer.bias)
    elif init == "Xavier":  # weight variance 2 / (fan_in + fan_out)
        nn.init.xavier_normal_(layer.weight)
        nn.init.zeros_(layer.bias)
    elif init == "He":  # weight variance 2 / fan_in
        nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
        nn.init.zeros_(layer.bias)
    return layer


for init in ("default", "Xavier", "He"):
    weight = initialised(init).weight
    print(f"{init:>7}: weight variance x fan_in {weight.var() * 256:.3f}")
    #> default: weight variance x fan_in 0.331
    #>  Xavier: weight variance x fan_in 0.994
    #>      He: weight variance x fan_in 2.001

# The default is kaiming_uniform_(weight, a=math.sqrt(5)), whose variance
# x fan_in is gain**2 = 2 / (1 + a**2) = 1/3: uniform within
# +-1/sqrt(fan_in), the rule Lua Torch used
print(f"{nn.init.calculate_gain('leaky_relu', math.sqrt(5)) ** 2:.4f}")
#> 0.3333
print(f"{initialised('default').weight.abs().max() * math.sqrt(256):.4f}")
#> 1.0000
conv = nn.Conv2d(16, 32, kernel_size=3)  # the same rule, fan_in = 16 * 3 * 3
print(f"{conv.weight.var() * 16 * 3 * 3:.3f}")
#> 0.328
# --8<-- [end:default_init]


# --8<-- [start:depth]
def spreads(init, depth=30):
    """The standard deviation of each layer's output, and of the gradient
    that backpropagation brings to it, in depth Linear + ReLU layers."""
    torch.manual_seed(0)
    h = torch.randn(512, 256)  # a batch of random inputs, variance 1
    upstream = torch.randn(512, 256)  # a gradient of variance 1 from above
    outputs = []
    for layer in [initialised(init) for _ in range(depth)]:
        h = torch.relu(layer(h))
        h.retain_grad()  # keep the gradient of this intermediate result
        outputs.append(h)
    h.backward(upstream)
    return [o.std().item() for o in outputs], [
        o.grad.std().item() for o in outputs
    ]


shown = (1, 10, 20, 30)  # which layers to print
print(" " * 26 + "".join(f"{f'layer {n}':>10}" for n in shown))
#>                              layer 1  layer 10  layer 20  layer 30
for init in ("default", "default, bias 0", "Xavier", "He"):
    forward, backward = spreads(init)
    for name, values in (("outputs", forward), ("gradients", backward)):
        row = "".join(f"{values[n - 1]:10.1e}" for n in shown)
        print(f"{init:>15} {name:>10}{row}")
        #>         default    outputs   3.4e-01   2.2e-02   2.2e-02   2.3e-02
        #>         default  gradients   6.3e-12   2.0e-08   1.6e-04   1.0e+00
        #> default, bias 0    outputs   3.4e-01   1.1e-04   1.0e-08   1.6e-12
        #> default, bias 0  gradients   6.1e-12   1.8e-08   1.4e-04   1.0e+00
        #>          Xavier    outputs   5.9e-01   2.9e-02   7.4e-04   2.1e-05
        #>          Xavier  gradients   5.3e-05   1.2e-03   3.4e-02   1.0e+00
        #>              He    outputs   8.3e-01   9.3e-01   7.5e-01   6.8e-01
        #>              He  gradients   1.2e+00   1.2e+00   1.1e+00   1.0e+00
# --8<-- [end:depth]

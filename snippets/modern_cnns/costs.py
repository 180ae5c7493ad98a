"""Parameters, multiply-accumulates, activation memory and operations of
each network of the chapter, measured by one forward pass."""

from modern_cnns.inception import macs
from modern_cnns.nin import small_nin
from modern_cnns.resnet18 import count, resnet18
from modern_cnns.residual import deep_net, small_resnet
from modern_cnns.vgg import small_vgg

# --8<-- [start:table]
import torch
import torch.fx
import torch.nn as nn

torch.manual_seed(0)


def activation_bytes(model, x):
    """The sum of the outputs of every layer (every module with no
    submodules, each time it runs), as float32: 4 bytes per value. F.relu
    and the additions inside Residual are not modules: not counted; an
    nn.Identity shortcut returns its input, no new memory: left out."""
    sizes = []
    hooks = [
        m.register_forward_hook(lambda m, i, out: sizes.append(out.numel()))
        for m in model.modules()
        if not list(m.children()) and not isinstance(m, nn.Identity)
    ]
    model(x)
    for hook in hooks:
        hook.remove()
    return 4 * sum(sizes)


def operations(model):
    """The calls one forward pass makes, one after another, as torch.fx
    records them: layers, F.relu, additions. nn.Identity, which does
    nothing, left out."""
    traced = torch.fx.symbolic_trace(model)
    return sum(
        node.op == "call_function"
        or (
            node.op == "call_module"
            and not isinstance(traced.get_submodule(node.target), nn.Identity)
        )
        for node in traced.graph.nodes
    )


networks = [
    ("VGG-style", small_vgg(), 28),
    ("NiN-style", small_nin(), 28),
    ("ResNet-style", small_resnet(), 28),
    ("deep plain", deep_net(15, shortcut=False, batch_norm=True), 28),
    ("deep residual", deep_net(15, shortcut=True, batch_norm=True), 28),
    ("ResNet-18", resnet18(), 224),
]
head = f"{'parameters':>12}{'MACs':>15}{'KiB':>8}{'ops':>5}"
print(f"{'network':<14}{'input':>8}" + head)
#> network          input  parameters           MACs     KiB  ops
for name, model, side in networks:
    x = torch.randn(1, 1 if side == 28 else 3, side, side)
    model.eval()
    with torch.no_grad():
        size = f"{side}x{side}"
        kib = activation_bytes(model, x) / 1024
        work = macs(model, x)
    print(
        f"{name:<14}{size:>8}{count(model):>12,}{work:>15,}{kib:>8,.0f}"
        f"{operations(model):>5}"
    )
    #> VGG-style        28x28     105,338        835,456     111   12
    #> NiN-style        28x28       3,606        563,304     241   22
    #> ResNet-style     28x28       5,122        458,016     123   23
    #> deep plain       28x28      17,930        903,248     143   96
    #> deep residual    28x28      17,930        903,248     143  111
    #> ResNet-18      224x224  11,689,512  1,814,073,344  23,332   69
# --8<-- [end:table]

"""Parameters, multiply-accumulates and activation memory of each network of
the chapter, measured by one forward pass."""

from modern_cnns.inception import macs
from modern_cnns.nin import small_nin
from modern_cnns.resnet18 import count, resnet18
from modern_cnns.residual import small_resnet
from modern_cnns.vgg import small_vgg

# --8<-- [start:table]
import torch

torch.manual_seed(0)


def activation_bytes(model, x):
    """The sum of the outputs of every layer (every module with no
    submodules, each time it runs), as float32: 4 bytes per value. F.relu
    and the additions inside Residual are not modules: not counted."""
    sizes = []
    hooks = [
        m.register_forward_hook(lambda m, i, out: sizes.append(out.numel()))
        for m in model.modules()
        if not list(m.children())
    ]
    model(x)
    for hook in hooks:
        hook.remove()
    return 4 * sum(sizes)


networks = [
    ("VGG-style", small_vgg(), 28),
    ("NiN-style", small_nin(), 28),
    ("ResNet-style", small_resnet(), 28),
    ("ResNet-18", resnet18(), 224),
]
print(f"{'network':<13}{'input':>8}{'parameters':>12}{'MACs':>15}{'KiB':>8}")
#> network         input  parameters           MACs     KiB
for name, model, side in networks:
    x = torch.randn(1, 1 if side == 28 else 3, side, side)
    model.eval()
    with torch.no_grad():
        size = f"{side}x{side}"
        kib = activation_bytes(model, x) / 1024
        work = macs(model, x)
    print(f"{name:<13}{size:>8}{count(model):>12,}{work:>15,}{kib:>8,.0f}")
    #> VGG-style       28x28     105,338        835,456     111
    #> NiN-style       28x28       3,606        563,304     241
    #> ResNet-style    28x28       5,122        458,016     129
    #> ResNet-18     224x224  11,689,512  1,814,073,344  25,586
# --8<-- [end:table]

"""What the chapter's networks cost at ImageNet's 224x224: parameters,
multiply-accumulates, and the memory training keeps for the backward pass,
each measured on the networks built above."""

from efficient_cnns.bottleneck import resnet
from efficient_cnns.convnext import convnext_tiny
from efficient_cnns.depthwise import mobilenet_v2
from modern_cnns.inception import macs
from modern_cnns.resnet18 import count, resnet18

# --8<-- [start:table]
import torch


def saved_bytes(model, x):
    """The memory training keeps between the forward and the backward pass:
    every tensor autograd saves during one forward pass in training mode,
    each block of memory counted once; the weights and batch-norm's running
    statistics, which are not activations, left out."""
    state = [*model.parameters(), *model.buffers()]
    weights = {tensor.untyped_storage().data_ptr() for tensor in state}
    kept = {}

    def pack(tensor):
        storage = tensor.untyped_storage()
        if storage.data_ptr() not in weights:
            kept[storage.data_ptr()] = storage.nbytes()
        return tensor

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda tensor: tensor):
        model.train()(x)
    return sum(kept.values())


torch.manual_seed(0)
networks = {
    "ResNet-18": resnet18(),
    "ResNet-50": resnet([3, 4, 6, 3]),
    "ResNeXt-50": resnet([3, 4, 6, 3], width=32 * 4, groups=32),
    "MobileNetV2": mobilenet_v2(),
    "ConvNeXt-T": convnext_tiny(),
}
x = torch.randn(1, 3, 224, 224)
print(f"{'network':<12}{'parameters':>12}{'MACs':>15}{'MiB kept':>10}")
#> network       parameters           MACs  MiB kept
for name, model in networks.items():
    with torch.no_grad():
        work = macs(model.eval(), x)
    mib = saved_bytes(model, x) / 2**20
    print(f"{name:<12}{count(model):>12,}{work:>15,}{mib:>10.1f}")
    #> ResNet-18     11,689,512  1,814,073,344      21.2
    #> ResNet-50     25,557,032  4,089,184,256      82.1
    #> ResNeXt-50    25,028,904  4,230,479,872     107.3
    #> MobileNetV2    3,504,872    300,774,272      74.7
    #> ConvNeXt-T    28,589,128  4,455,531,264     104.1
# --8<-- [end:table]

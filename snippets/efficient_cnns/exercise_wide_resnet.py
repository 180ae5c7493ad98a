"""Exercise: Wide ResNet-50-2 from the chapter's resnet(), checked against
torchvision."""

from efficient_cnns.bottleneck import resnet, same_network
from modern_cnns.resnet18 import count

# --8<-- [start:solution]
import torch
import torchvision

ours = resnet([3, 4, 6, 3], width=2 * 64)  # twice ResNet-50's 3x3 width
theirs = torchvision.models.wide_resnet50_2()
print(f"ours {count(ours):,}, torchvision {count(theirs):,}")
#> ours 68,883,240, torchvision 68,883,240
print(same_network(ours, theirs, torch.randn(1, 3, 224, 224)))
#> True
# --8<-- [end:solution]

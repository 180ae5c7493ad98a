"""ResNet-18 built from the chapter's Residual block, checked against
torchvision's resnet18 stage by stage and output for output."""

from modern_cnns.residual import Residual

# --8<-- [start:build]
import torch
import torch.nn as nn
import torchvision

torch.manual_seed(0)


def stage(in_ch, out_ch, stride):
    """Two residual blocks; the first may halve the side and change the
    channel count."""
    return nn.Sequential(
        Residual(in_ch, out_ch, stride), Residual(out_ch, out_ch)
    )


def resnet18(num_classes=1000):
    return nn.Sequential(
        # the stem: 224 -> 112 (7x7 convolution, stride 2) -> 56 (pooling)
        nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False),
        nn.BatchNorm2d(64),
        nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2, padding=1),
        stage(64, 64, stride=1),  # 56x56
        stage(64, 128, stride=2),  # 28x28
        stage(128, 256, stride=2),  # 14x14
        stage(256, 512, stride=2),  # 7x7
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(512, num_classes),
    )


def count(module):
    return sum(p.numel() for p in module.parameters())


ours = resnet18().eval()
theirs = torchvision.models.resnet18(weights=None).eval()
print(f"ours {count(ours):,}, torchvision {count(theirs):,}")
#> ours 11,689,512, torchvision 11,689,512
# --8<-- [end:build]


# --8<-- [start:check]
x = torch.randn(1, 3, 224, 224)
a, b = ours[:4](x), theirs.maxpool(theirs.relu(theirs.bn1(theirs.conv1(x))))
print(f"stem    {str(tuple(a.shape)):<17} {tuple(b.shape)}")
#> stem    (1, 64, 56, 56)   (1, 64, 56, 56)
for i, name in enumerate(["layer1", "layer2", "layer3", "layer4"]):
    ours_stage, their_stage = ours[4 + i], getattr(theirs, name)
    a, b = ours_stage(a), their_stage(b)
    print(
        f"{name}  {str(tuple(a.shape)):<17} {str(tuple(b.shape)):<17}"
        f" {count(ours_stage):>9,} {count(their_stage):>9,}"
    )
    #> layer1  (1, 64, 56, 56)   (1, 64, 56, 56)     147,968   147,968
    #> layer2  (1, 128, 28, 28)  (1, 128, 28, 28)    525,568   525,568
    #> layer3  (1, 256, 14, 14)  (1, 256, 14, 14)  2,099,712 2,099,712
    #> layer4  (1, 512, 7, 7)    (1, 512, 7, 7)    8,393,728 8,393,728

# the same tensors in the same order: copy torchvision's weights into ours
# by position, then both must compute the same logits
pairs = list(zip(ours.state_dict().items(), theirs.state_dict().values()))
print(all(mine.shape == t.shape for (_, mine), t in pairs), len(pairs))
#> True 122
ours.load_state_dict({name: t for (name, _), t in pairs})
with torch.no_grad():
    print(ours(x).shape, torch.equal(ours(x), theirs(x)))
    #> torch.Size([1, 1000]) True
# --8<-- [end:check]

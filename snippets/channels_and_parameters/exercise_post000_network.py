# --8<-- [start:solution]
import torch
import torch.nn as nn


# post 000's layers 1-3: padded 3x3 convolution, ReLU, 2x2 max-pool
def block(c_in, c_out):
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, stride=1, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2, 2),
    )


features = nn.Sequential(block(1, 32), block(32, 64), block(64, 128))
# 128 x 25 x 25 for a 200x200 image
flat = features(torch.rand(1, 1, 200, 200)).flatten(1).shape[1]
layer4, fc2 = nn.Linear(flat, 625), nn.Linear(625, 2)

for name, part in [
    ("layers 1-3 (conv)", features),
    (f"layer 4 (Linear {flat} -> 625)", layer4),
    ("fc2 (Linear 625 -> 2)", fc2),
]:
    print(f"{name:30} {sum(p.numel() for p in part.parameters()):>12,}")
    #> layers 1-3 (conv)                    92,672
    #> layer 4 (Linear 80000 -> 625)    50,000,625
    #> fc2 (Linear 625 -> 2)                 1,252
total = sum(
    p.numel() for part in (features, layer4, fc2) for p in part.parameters()
)
print(
    f"layer 4 holds {sum(p.numel() for p in layer4.parameters()) / total:.2%} "
    f"of all {total:,} parameters"
)
#> layer 4 holds 99.81% of all 50,094,549 parameters
# --8<-- [end:solution]

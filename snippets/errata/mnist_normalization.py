# --8<-- [start:demo]
from torchvision import datasets

train = datasets.FashionMNIST("./data", train=True, download=True)
# what ToTensor() produces, for all 60,000 images at once
pixels = train.data.float() / 255

for name, mean, std in [
    ("MNIST's (post 002)", 0.1307, 0.3081),
    ("Fashion-MNIST's own", pixels.mean().item(), pixels.std().item()),
]:
    normalized = (pixels - mean) / std
    print(
        f"{name:20} Normalize(({mean:.4f},), ({std:.4f},)) -> "
        f"mean {normalized.mean():+z.3f}, std {normalized.std():.3f}"
    )  # z: a mean of -0.00000004 prints +0.000, whichever way the sum rounds
    #> MNIST's (post 002)   Normalize((0.1307,), (0.3081,)) -> mean +0.504, std 1.146
    #> Fashion-MNIST's own  Normalize((0.2860,), (0.3530,)) -> mean +0.000, std 1.000
# --8<-- [end:demo]

# --8<-- [start:demo]
from torchvision import datasets, transforms

train = datasets.FashionMNIST("./data", train=True, download=True)
pixels = train.data.float() / 255
mean, std = pixels.mean().item(), pixels.std().item()
print(f"Fashion-MNIST mean {mean:.4f}, std {std:.4f}")
#> Fashion-MNIST mean 0.2860, std 0.3530

normalize = transforms.Compose(
    [transforms.ToTensor(), transforms.Normalize((mean,), (std,))]
)
x = normalize(train[0][0])
print(f"one image after Normalize: min {x.min():.3f} max {x.max():.3f}")
#> one image after Normalize: min -0.810 max 2.022
print(f"black is now {(0 - mean) / std:.3f}, white is {(1 - mean) / std:.3f}")
#> black is now -0.810, white is 2.022
# --8<-- [end:demo]

# --8<-- [start:demo]
from torchvision import datasets, transforms

raw = datasets.FashionMNIST("./data", train=True, download=True)
image, label = raw[0]
print(
    type(image).__name__, image.mode, image.size, "label:", raw.classes[label]
)
#> Image L (28, 28) label: Ankle boot

tensors = datasets.FashionMNIST(
    "./data", train=True, download=True, transform=transforms.ToTensor()
)
x, label = tensors[0]
print(x.shape, x.dtype, f"min {x.min():.1f} max {x.max():.1f}")
#> torch.Size([1, 28, 28]) torch.float32 min 0.0 max 1.0
print(
    "pixel (row 14, col 14):",
    raw.data[0, 14, 14].item(),
    "->",
    round(x[0, 14, 14].item(), 4),
)
#> pixel (row 14, col 14): 217 -> 0.851
# --8<-- [end:demo]

# --8<-- [start:v2]
import torch
from torchvision.transforms import v2

to_tensor_v2 = v2.Compose([v2.ToImage(), v2.ToDtype(torch.float32, scale=True)])
y = to_tensor_v2(image)
print(type(y).__name__, y.shape, y.dtype)
#> Image torch.Size([1, 28, 28]) torch.float32
print(torch.equal(y, x), f"largest difference {(y - x).abs().max():.1e}")
#> False largest difference 6.0e-08
# --8<-- [end:v2]

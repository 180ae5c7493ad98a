"""The in-memory pipeline computes the very same inputs as post 002's
DataLoader pipeline."""

# --8<-- [start:demo]
import torch
from torchvision import datasets, transforms

transform = transforms.Compose(
    [transforms.ToTensor(), transforms.Normalize((0.2860,), (0.3530,))]
)
dataset = datasets.FashionMNIST(
    "./data", train=True, download=True, transform=transform
)
# PIL image -> tensor, 1000 times
one_by_one = torch.stack([dataset[i][0] for i in range(1000)])

all_at_once = (
    dataset.data[:1000].float().div(255).unsqueeze(1) - 0.2860
) / 0.3530  # one tensor op each
print(one_by_one.shape, all_at_once.shape)
#> torch.Size([1000, 1, 28, 28]) torch.Size([1000, 1, 28, 28])
print(torch.equal(one_by_one, all_at_once))
#> True
# --8<-- [end:demo]

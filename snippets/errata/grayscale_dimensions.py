# --8<-- [start:demo]
from torchvision import datasets, transforms

train = datasets.FashionMNIST(
    "./data", train=True, download=True, transform=transforms.ToTensor()
)
image, label = train[0]
# one channel, then two spatial dimensions: rows and columns
print(image.shape, image.ndim)
#> torch.Size([1, 28, 28]) 3
print(image[0, 14, :6])  # six pixels of row 14: a 2-D grid needs two indices
#> tensor([0.0000, 0.0000, 0.0039, 0.0157, 0.0235, 0.0275])
# --8<-- [end:demo]

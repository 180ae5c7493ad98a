# --8<-- [start:solution]
import torch
from torchvision import datasets

train = datasets.FashionMNIST("./data", train=True, download=True)
counts = torch.bincount(train.targets)
for name, count in zip(train.classes, counts.tolist()):
    print(f"{name:12} {count}")
    #> T-shirt/top  6000
    #> Trouser      6000
    #> Pullover     6000
    #> Dress        6000
    #> Coat         6000
    #> Sandal       6000
    #> Shirt        6000
    #> Sneaker      6000
    #> Bag          6000
    #> Ankle boot   6000
# --8<-- [end:solution]

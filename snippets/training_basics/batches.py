# --8<-- [start:steps]
import math

import torch
from torch.utils.data import DataLoader, TensorDataset

train_size, batch_size = 60_000, 64
full, rest = divmod(train_size, batch_size)
print(full, rest)  # full batches, and the images left over
#> 937 32
print(math.ceil(train_size / batch_size))  # steps in one epoch
#> 938
# --8<-- [end:steps]

# --8<-- [start:shuffle]
generator = torch.Generator().manual_seed(0)
for epoch in range(2):
    # a new random order every epoch: every index exactly once
    order = torch.randperm(10, generator=generator)
    print(epoch, [batch.tolist() for batch in order.split(4)])
    #> 0 [[4, 1, 7, 5], [3, 9, 0, 8], [6, 2]]
    #> 1 [[3, 9, 4, 2], [7, 8, 6, 0], [5, 1]]
# --8<-- [end:shuffle]

# --8<-- [start:data_loader]
x = torch.arange(10.0).view(10, 1)  # ten tiny "images" of one value each
y = torch.arange(10) % 2  # and their labels
dataset = TensorDataset(x, y)
print(len(dataset), dataset[3])
#> 10 (tensor([3.]), tensor(1))

loader = DataLoader(
    dataset,
    batch_size=4,
    shuffle=True,
    generator=torch.Generator().manual_seed(0),
)
print(len(loader))  # batches per epoch
#> 3
for epoch in range(2):
    for images, labels in loader:
        print(epoch, images.shape, images.flatten().tolist(), labels.tolist())
        #> 0 torch.Size([4, 1]) [3.0, 7.0, 5.0, 2.0] [1, 1, 1, 0]
        #> 0 torch.Size([4, 1]) [0.0, 8.0, 1.0, 6.0] [0, 0, 1, 0]
        #> 0 torch.Size([2, 1]) [9.0, 4.0] [1, 0]
        #> 1 torch.Size([4, 1]) [1.0, 3.0, 2.0, 7.0] [1, 1, 0, 1]
        #> 1 torch.Size([4, 1]) [5.0, 9.0, 0.0, 6.0] [1, 1, 0, 0]
        #> 1 torch.Size([2, 1]) [4.0, 8.0] [0, 0]
# --8<-- [end:data_loader]

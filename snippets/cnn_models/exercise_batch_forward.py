# --8<-- [start:solution]
import torch
import torch.nn as nn
import torch.nn.functional as F


class BatchCNN(nn.Module):
    """Post 001's CNN with a forward that accepts any batch size."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 10, 5, 1)
        self.linear = nn.Linear(10 * 6 * 6, 10)

    def forward(self, x):
        # -1: as many images as x holds
        output = F.relu(self.conv1(x.view(-1, 1, 10, 10)))
        # keep the batch dimension, flatten the rest
        return self.linear(output.flatten(start_dim=1))


images = torch.rand(5, 10, 10)
try:
    # what post 001's forward does with a batch of five
    torch.rand(5, 10, 10).view(1, 1, 10, 10)
except RuntimeError as error:
    print(error)
    #> shape '[1, 1, 10, 10]' is invalid for input of size 500
logits = BatchCNN()(images)
print(logits.shape)
#> torch.Size([5, 10])
# integer labels for the whole batch at once
labels = torch.tensor([1, 1, 1, 1, 2])
# one number: the mean over the batch
print(nn.CrossEntropyLoss()(logits, labels).shape)
#> torch.Size([])
# --8<-- [end:solution]

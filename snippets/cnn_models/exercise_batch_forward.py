import torch
import torch.nn as nn
import torch.nn.functional as F


# --8<-- [start:solution]
class BatchCNN(nn.Module):
    """Seed 001's CNN with a forward that accepts any batch size."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 10, 5, 1)
        self.linear = nn.Linear(10 * 6 * 6, 10)

    def forward(self, x):
        output = F.relu(self.conv1(x.view(-1, 1, 10, 10)))  # -1: as many images as x holds
        return self.linear(output.flatten(start_dim=1))      # keep the batch dimension, flatten the rest


images = torch.rand(5, 10, 10)
try:
    torch.rand(5, 10, 10).view(1, 1, 10, 10)  # what seed 001's forward does with a batch of five
except RuntimeError as error:
    print(error)
    #> shape '[1, 1, 10, 10]' is invalid for input of size 500
logits = BatchCNN()(images)
print(logits.shape)
#> torch.Size([5, 10])
labels = torch.tensor([1, 1, 1, 1, 2])  # integer labels for the whole batch at once
print(nn.CrossEntropyLoss()(logits, labels).shape)  # one number: the mean over the batch
#> torch.Size([])
# --8<-- [end:solution]

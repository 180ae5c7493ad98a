import torch.nn as nn
import torch.nn.functional as F


class Post002CNN(nn.Module):
    """Post 002's Fashion-MNIST classifier with its two model bugs fixed."""

    def __init__(self):
        super().__init__()
        # FIX: nn.Conv2d, not nn.conv2d (errata 1)
        self.conv1 = nn.Conv2d(1, 10, kernel_size=5)
        self.conv2 = nn.Conv2d(10, 20, kernel_size=5)
        # FIX: Dropout for flat (N, 50) features, not Dropout2d (errata 6)
        self.drop = nn.Dropout()
        self.fc1 = nn.Linear(320, 50)
        self.fc2 = nn.Linear(50, 10)

    def forward(self, x):
        x = F.relu(F.max_pool2d(self.conv1(x), 2))  # 28 -> 24 -> 12
        # 12 -> 8 -> 4, so 20 * 4 * 4 = 320 values
        x = F.relu(F.max_pool2d(self.conv2(x), 2))
        x = x.view(-1, 320)
        x = F.relu(self.fc1(x))
        x = self.drop(x)
        # logits: F.cross_entropy applies log_softmax itself (errata 7)
        return self.fc2(x)

"""Transfer learning on the book's own data: features learned on five
Fashion-MNIST classes, reused for the other five with 100 labelled images each,
against training from scratch on the same 500 images; and torchvision's weights
API, whose download the tests cannot make."""

from training_and_evaluation.fashion_mnist import (
    DEVICE,
    evaluate,
    load_fashion_mnist,
    train_epoch,
)

# --8<-- [start:weights]
from torchvision.models import ResNet18_Weights

weights = ResNet18_Weights.DEFAULT  # the best weights torchvision has
print(weights)
#> ResNet18_Weights.IMAGENET1K_V1
print(len(weights.meta["categories"]), "classes,", weights.meta["num_params"])
#> 1000 classes, 11689512
print(weights.transforms())  # what the weights expect of an image
#> ImageClassification(
#>     crop_size=[224]
#>     resize_size=[256]
#>     mean=[0.485, 0.456, 0.406]
#>     std=[0.229, 0.224, 0.225]
#>     interpolation=InterpolationMode.BILINEAR
#> )
# --8<-- [end:weights]

# --8<-- [start:data]
import copy

import torch
import torch.nn as nn

images, labels, _, _ = load_fashion_mnist()  # the 60,000 training images
old = labels < 5  # T-shirt/top, Trouser, Pullover, Dress, Coat
old_x, old_y = images[old], labels[old]
# Sandal, Shirt, Sneaker, Bag, Ankle boot: the new task, labelled 0-4
new_x, new_y = images[~old], labels[~old] - 5

generator = torch.Generator().manual_seed(0)
order = torch.randperm(len(new_x), generator=generator).to(DEVICE)
# 100 labelled images of each new class, and 5,000 others to validate on
few = torch.cat([order[new_y[order] == c][:100] for c in range(5)])
held_out = order[~torch.isin(order, few)][:5000]
few_x, few_y = new_x[few], new_y[few]
val_x, val_y = new_x[held_out], new_y[held_out]
print(len(old_x), len(few_x), len(val_x))
#> 30000 500 5000
# --8<-- [end:data]


# --8<-- [start:pretrain]
class TwoPartCNN(nn.Module):
    """Features (two convolutions) and a head (one linear layer): the part
    to reuse and the part to replace."""

    def __init__(self, classes=5):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),  # 28 -> 14
            nn.Conv2d(16, 32, kernel_size=3, padding=1),
            nn.ReLU(),
            nn.MaxPool2d(2),  # 14 -> 7
            nn.Flatten(),  # 32 * 7 * 7 = 1568 features
        )
        self.head = nn.Linear(32 * 7 * 7, classes)

    def forward(self, x):
        return self.head(self.features(x))


torch.manual_seed(0)
pretrained = TwoPartCNN().to(DEVICE)
optimizer = torch.optim.Adam(pretrained.parameters(), lr=3e-3, fused=True)
shuffle = torch.Generator().manual_seed(0)
for epoch in range(2):  # on the 30,000 images of the old classes
    loss = train_epoch(pretrained, optimizer, old_x, old_y, 128, shuffle)
    print(f"pretraining epoch {epoch + 1}: loss {loss:.4f}")
    #> pretraining epoch 1: loss 0.3622
    #> pretraining epoch 2: loss 0.2385
# --8<-- [end:pretrain]


# --8<-- [start:compare]
def fine_tune(model, parameters, epochs=30):
    """Adam on the 500 labelled images; validation accuracy (%)."""
    optimizer = torch.optim.Adam(parameters, lr=1e-3, fused=True)
    shuffle = torch.Generator().manual_seed(1)  # the same batches for all
    for _ in range(epochs):
        train_epoch(model, optimizer, few_x, few_y, 50, shuffle)
    return evaluate(model, val_x, val_y)[1]


frozen = copy.deepcopy(pretrained)
frozen.head = nn.Linear(32 * 7 * 7, 5).to(DEVICE)  # a new, random head
frozen.features.requires_grad_(False)  # no gradients: the features stay
accuracy = fine_tune(frozen, frozen.head.parameters())
print(f"frozen features, new head: {accuracy:.2f}%")
#> frozen features, new head: 93.76%
trained = sum(p.numel() for p in frozen.parameters() if p.requires_grad)
total = sum(p.numel() for p in frozen.parameters())
print(f"parameters trained: {trained:,} of {total:,}")
#> parameters trained: 7,845 of 12,645
features_kept = torch.equal(
    frozen.features[0].weight, pretrained.features[0].weight
)
print(f"first layer unchanged: {features_kept}")
#> first layer unchanged: True

everything = copy.deepcopy(pretrained)
everything.head = nn.Linear(32 * 7 * 7, 5).to(DEVICE)
accuracy = fine_tune(everything, everything.parameters())
print(f"all layers fine-tuned: {accuracy:.2f}%")
#> all layers fine-tuned: 93.86%

torch.manual_seed(0)
scratch = TwoPartCNN().to(DEVICE)  # the same network, random weights
print(f"from scratch: {fine_tune(scratch, scratch.parameters()):.2f}%")
#> from scratch: 92.44%
# --8<-- [end:compare]

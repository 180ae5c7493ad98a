"""Fashion-MNIST as in-memory tensors, and the training and evaluation loops
every chapter shares.

The whole data set is 60,000 + 10,000 images of 28x28 bytes: it fits in memory
many times over, so batches are cut by indexing one normalised tensor instead
of decoding images one by one.
"""

# --8<-- [start:device]
import torch
import torch.nn.functional as F
from torchvision import datasets

# A GPU (CUDA), Apple's MPS or another accelerator when PyTorch finds one;
# otherwise the CPU.
DEVICE = (
    torch.accelerator.current_accelerator()
    if torch.accelerator.is_available()
    else torch.device("cpu")
)
# --8<-- [end:device]


# --8<-- [start:load]
def load_fashion_mnist(root="./data", normalize=True, device=DEVICE):
    """(train_x, train_y, test_x, test_y): images as (N, 1, 28, 28) floats in
    [0, 1], normalised with the training set's own mean and standard deviation
    unless normalize=False."""
    train = datasets.FashionMNIST(root, train=True, download=True)
    test = datasets.FashionMNIST(root, train=False, download=True)
    # what ToTensor() does, for all images at once
    train_x = train.data.float().div(255).unsqueeze(1)
    test_x = test.data.float().div(255).unsqueeze(1)
    if normalize:
        # the training set's: the test set must not leak in
        mean, std = (
            train_x.mean(),
            train_x.std(),
        )
        train_x, test_x = (train_x - mean) / std, (test_x - mean) / std
    return (
        train_x.to(device),
        train.targets.to(device),
        test_x.to(device),
        test.targets.to(device),
    )


# ['T-shirt/top', 'Trouser', ..., 'Ankle boot'], index = label
CLASSES = datasets.FashionMNIST.classes
# --8<-- [end:load]


# --8<-- [start:loops]
def train_epoch(
    model, optimizer, images, labels, batch_size=64, generator=None
):
    """One pass over the data in a random order;
    returns the mean training loss."""
    model.train()  # dropout and batch-norm in training behaviour
    order = torch.randperm(len(images), generator=generator).to(images.device)
    total = 0.0
    for start in range(0, len(images), batch_size):
        batch = order[start : start + batch_size]
        loss = F.cross_entropy(model(images[batch]), labels[batch])
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        total += loss.item() * len(batch)
    return total / len(images)


@torch.inference_mode()  # no graph to build: faster, and less memory
def predict(model, images, batch_size=1000):
    model.eval()  # dropout off, batch-norm uses its running statistics
    return torch.cat(
        [
            model(images[i : i + batch_size])
            for i in range(0, len(images), batch_size)
        ]
    )


def evaluate(model, images, labels):
    """(mean loss, accuracy in %) on a labelled set."""
    logits = predict(model, images)
    loss = F.cross_entropy(logits, labels).item()
    accuracy = 100.0 * (logits.argmax(dim=1) == labels).float().mean().item()
    return loss, accuracy


# --8<-- [end:loops]

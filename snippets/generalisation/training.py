"""The small CNN of the chapter, and a training function for the 1,000 images
that can watch the validation loss after every epoch."""

from generalisation.split import small_x, small_y, val_x, val_y
from training_and_evaluation.fashion_mnist import DEVICE, evaluate, train_epoch

# --8<-- [start:model]
import copy

import torch
import torch.nn as nn


def small_cnn(dropout=0.0):
    """Two conv blocks (8 and 16 maps) and a hidden layer of 128 units;
    `dropout` before each linear layer."""
    return nn.Sequential(
        nn.Conv2d(1, 8, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),  # 28 -> 14
        nn.Conv2d(8, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),  # 14 -> 7
        nn.Flatten(),
        nn.Dropout(dropout),
        nn.Linear(16 * 7 * 7, 128),
        nn.ReLU(),
        nn.Dropout(dropout),
        nn.Linear(128, 10),
    ).to(DEVICE)


print(sum(p.numel() for p in small_cnn().parameters()))  # weights
#> 103018
# --8<-- [end:model]


# --8<-- [start:train]
def train_small(
    epochs=30, weight_decay=0.0, dropout=0.0, augment=None, seed=0, watch=False
):
    """small_cnn trained on the 1,000 images. Returns the model, and with
    watch=True the (training loss, validation loss, validation accuracy)
    after every epoch and a copy of the model at its lowest validation loss."""
    torch.manual_seed(seed)  # the initial weights and dropout's masks
    generator = torch.Generator().manual_seed(seed)  # order (and shifts)
    model = small_cnn(dropout)
    optimizer = torch.optim.AdamW(
        model.parameters(), lr=3e-3, weight_decay=weight_decay, fused=True
    )
    history, best = [], None
    for epoch in range(epochs):
        x = augment(small_x, generator) if augment else small_x
        train_epoch(model, optimizer, x, small_y, generator=generator)
        if watch:  # scoring 5,000 images per epoch costs more than training
            val_loss, val_accuracy = evaluate(model, val_x, val_y)
            train_loss = evaluate(model, small_x, small_y)[0]
            history.append((train_loss, val_loss, val_accuracy))
            if val_loss == min(h[1] for h in history):
                best = copy.deepcopy(model)  # the early-stopping model
    return model, history, best


def report(model):
    train_loss = evaluate(model, small_x, small_y)[0]
    val_loss, val_accuracy = evaluate(model, val_x, val_y)
    print(
        f"training loss {train_loss:.4f}, validation loss {val_loss:.4f}, "
        f"validation accuracy {val_accuracy:.2f}%"
    )
    return val_accuracy


# --8<-- [end:train]

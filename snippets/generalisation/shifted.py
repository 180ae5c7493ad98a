"""Post 002's motivation, tested: a fully connected network and a CNN, each
trained briefly on the 55,000 training images, scored on validation images
shifted sideways by 0 to 4 pixels."""

from generalisation.augmentation import random_shift, shift
from generalisation.split import train_x, train_y, val_x, val_y
from generalisation.training import small_cnn
from training_and_evaluation.fashion_mnist import DEVICE, evaluate, train_epoch

# --8<-- [start:train]
import matplotlib.pyplot as plt
import torch
import torch.nn as nn


def train_full(model, epochs, augment=None):
    """`epochs` epochs of Adam on all 55,000 training images."""
    generator = torch.Generator().manual_seed(0)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
    for epoch in range(epochs):
        x = augment(train_x, generator) if augment else train_x
        train_epoch(model, optimizer, x, train_y, generator=generator)
    return model


torch.manual_seed(0)
fully_connected = nn.Sequential(
    nn.Flatten(), nn.Linear(28 * 28, 256), nn.ReLU(), nn.Linear(256, 10)
).to(DEVICE)
networks = {
    "fully connected": train_full(fully_connected, epochs=2),
    "CNN": train_full(small_cnn(), epochs=1),
    "CNN, random shifts": train_full(
        small_cnn(), epochs=1, augment=random_shift
    ),
}
# --8<-- [end:train]

# --8<-- [start:accuracy]
pixels = range(5)
print("shift", *pixels, sep="\t")
#> shift	0	1	2	3	4
fig, ax = plt.subplots(figsize=(6, 3))
for name, network in networks.items():
    accuracy = [evaluate(network, shift(val_x, 0, k), val_y)[1] for k in pixels]
    print(name, *(f"{a:.2f}" for a in accuracy), sep="\t")
    #> fully connected	88.10	79.92	58.38	36.02	27.22
    #> CNN	84.96	83.10	75.60	49.18	27.14
    #> CNN, random shifts	83.74	83.16	81.52	75.14	45.98
    ax.plot(pixels, accuracy, marker="o", label=name)
ax.set_xlabel("shift to the right (pixels)")
ax.set_ylabel("validation accuracy (%)")
ax.set_xticks(pixels)
ax.legend()
fig.tight_layout()
plt.show()
# --8<-- [end:accuracy]

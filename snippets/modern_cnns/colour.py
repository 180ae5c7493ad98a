"""Colour images: a generated data set of coloured shapes whose classes need
both shape and colour, a network with three input channels, and the same
network on the grey version of the images."""

from training_and_evaluation.fashion_mnist import (
    DEVICE,
    evaluate,
    predict,
    train_epoch,
)

# --8<-- [start:data]
import matplotlib.pyplot as plt
import torch
import torch.nn as nn

torch.manual_seed(0)
SHAPES = ["square", "disc", "cross"]
COLOURS = ["red", "green", "blue"]
NAMES = [f"{c} {s}" for c in COLOURS for s in SHAPES]  # label 3 * c + s


def coloured_shapes(n, generator, side=28):
    """n images (n, 3, side, side) of one shape each, in pure red, green or
    blue, at a random place and size on a noisy background; the label says
    both colour and shape."""
    shape = torch.randint(0, 3, (n,), generator=generator)
    colour = torch.randint(0, 3, (n,), generator=generator)
    centre = torch.randint(9, side - 9, (n, 2, 1, 1), generator=generator)
    radius = torch.randint(6, 10, (n, 1, 1), generator=generator)
    ys, xs = torch.arange(side).view(side, 1), torch.arange(side)
    dy, dx = (ys - centre[:, 0]).abs(), (xs - centre[:, 1]).abs()
    near, far = torch.minimum(dy, dx), torch.maximum(dy, dx)
    masks = torch.stack(
        [
            far <= radius,  # square
            dy**2 + dx**2 <= radius**2,  # disc
            (far <= radius) & (near <= radius // 3),  # cross
        ],
        dim=1,
    )
    mask = masks[torch.arange(n), shape]  # (n, side, side)
    rgb = torch.eye(3)[colour].view(n, 3, 1, 1)  # (1, 0, 0) is red
    noise = torch.rand(n, 3, side, side, generator=generator)
    images = 0.4 * noise + 0.6 * mask[:, None] * rgb
    return images.to(DEVICE), (3 * colour + shape).to(DEVICE)


generator = torch.Generator().manual_seed(0)
train_x, train_y = coloured_shapes(4000, generator)
test_x, test_y = coloured_shapes(1000, generator)
print(tuple(train_x.shape), train_y.bincount().tolist())
#> (4000, 3, 28, 28) [429, 458, 444, 459, 425, 456, 440, 436, 453]

fig, axes = plt.subplots(2, 5, figsize=(6, 3))
for ax, image, label in zip(axes.flat, test_x, test_y):
    ax.imshow(image.permute(1, 2, 0).cpu())  # (H, W, 3) for imshow
    ax.set_title(NAMES[label], fontsize=8)
    ax.axis("off")
plt.tight_layout()
plt.show()
# --8<-- [end:data]


# --8<-- [start:grey]
# the grey version: the mean of the three channels, where a pure red,
# green or blue pixel all become the same grey
print(torch.eye(3).mean(dim=1))  # red (1, 0, 0), green, blue: one grey
#> tensor([0.3333, 0.3333, 0.3333])
grey_x = train_x.mean(dim=1, keepdim=True)  # (N, 1, 28, 28)
grey_test_x = test_x.mean(dim=1, keepdim=True)
# --8<-- [end:grey]


# --8<-- [start:train]
def colour_cnn(in_channels):
    """Three 3x3 convolutions, global max pooling (was each pattern found
    anywhere?) and a linear layer for the 9 classes."""
    return nn.Sequential(
        nn.Conv2d(in_channels, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),  # 28 -> 14
        nn.Conv2d(16, 16, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),  # 14 -> 7
        nn.Conv2d(16, 32, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.AdaptiveMaxPool2d(1),
        nn.Flatten(),
        nn.Linear(32, 9),
    ).to(DEVICE)


def train(in_channels, x, test, epochs=8):
    torch.manual_seed(0)
    model = colour_cnn(in_channels)
    optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, fused=True)
    order = torch.Generator().manual_seed(0)
    for _ in range(epochs):
        train_epoch(model, optimizer, x, train_y, 64, order)
    predicted = predict(model, test).argmax(dim=1)
    shape = (predicted % 3 == test_y % 3).float().mean().item()
    colour = (predicted // 3 == test_y // 3).float().mean().item()
    accuracy = evaluate(model, test, test_y)[1]
    print(
        f"{in_channels} channel(s): accuracy {accuracy:.2f}%,"
        f" shape right {100 * shape:.2f}%, colour right {100 * colour:.2f}%"
    )
    return model


rgb_model = train(3, train_x, test_x)
#> 3 channel(s): accuracy 97.30%, shape right 97.30%, colour right 100.00%
grey_model = train(1, grey_x, grey_test_x)
#> 1 channel(s): accuracy 34.00%, shape right 99.00%, colour right 34.40%
print(tuple(rgb_model[0].weight.shape))  # (C_out, C_in = 3, k, k)
#> (16, 3, 3, 3)
# --8<-- [end:train]

from cnn_models.models import D2LLeNet, LeNet5

# --8<-- [start:demo]
import torch

x = torch.zeros(1, 1, 28, 28)
for layer in LeNet5():  # an nn.Sequential iterates over its layers
    x = layer(x)
    print(f"{type(layer).__name__:9} {tuple(x.shape)}")
    #> Conv2d    (1, 6, 28, 28)
    #> ReLU      (1, 6, 28, 28)
    #> MaxPool2d (1, 6, 14, 14)
    #> Conv2d    (1, 16, 10, 10)
    #> ReLU      (1, 16, 10, 10)
    #> MaxPool2d (1, 16, 5, 5)
    #> Flatten   (1, 400)
    #> Linear    (1, 120)
    #> ReLU      (1, 120)
    #> Linear    (1, 84)
    #> ReLU      (1, 84)
    #> Linear    (1, 10)
for model in (LeNet5(), D2LLeNet()):
    print(
        f"{type(model).__name__}: "
        f"{sum(p.numel() for p in model.parameters()):,} parameters"
    )
    #> LeNet5: 61,706 parameters
    #> D2LLeNet: 61,706 parameters
# --8<-- [end:demo]

# --8<-- [start:diagram]
import matplotlib.pyplot as plt
from matplotlib.patches import Rectangle

# Drawn from the shapes the model produces: one column per layer that
# changes the shape (ReLU does not), maps as stacked squares, vectors as bars.
x = torch.zeros(1, 1, 28, 28)
columns = [("input", tuple(x.shape[1:]))]
for layer in LeNet5():
    x = layer(x)
    if not isinstance(layer, torch.nn.ReLU):
        columns.append((type(layer).__name__, tuple(x.shape[1:])))

fig, ax = plt.subplots(figsize=(9, 1.9))
for i, (name, shape) in enumerate(columns):
    if len(shape) == 3:  # (channels, height, width): up to 3 maps drawn
        side = 0.8 * shape[1] / 28
        for k in reversed(range(min(shape[0], 3))):
            ax.add_patch(
                Rectangle(
                    (i - side / 2 + 0.08 * k, -side / 2 + 0.08 * k),
                    side,
                    side,
                    facecolor="#9ecae1",
                    edgecolor="#08519c",
                )
            )
    else:  # a vector: a bar whose height grows with its length
        height = 0.2 + 0.7 * shape[0] / 400
        ax.add_patch(
            Rectangle(
                (i - 0.06, -height / 2),
                0.12,
                height,
                facecolor="#fdae6b",
                edgecolor="#a63603",
            )
        )
    ax.text(i, 0.62, name, ha="center", fontsize=8)
    ax.text(i, -0.7, "x".join(map(str, shape)), ha="center", fontsize=8)
ax.set_xlim(-0.6, len(columns) - 0.4)
ax.set_ylim(-0.8, 0.8)
ax.set_aspect("equal")  # squares stay square
ax.axis("off")
plt.show()
# --8<-- [end:diagram]

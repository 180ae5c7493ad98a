from training_and_evaluation.post002_model import Post002CNN
from receptive_fields.receptive_field import receptive_field
from training_and_evaluation.fashion_mnist import (
    CLASSES,
    DEVICE,
    evaluate,
    load_fashion_mnist,
    train_epoch,
)

# --8<-- [start:train]
import matplotlib.pyplot as plt
import torch

train_x, train_y, test_x, test_y = load_fashion_mnist()
torch.manual_seed(0)
model = Post002CNN().to(DEVICE)
# 10 random 5x5 kernels, before any training
initial_filters = model.conv1.weight.detach().cpu().clone()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
generator = torch.Generator().manual_seed(0)
for epoch in range(1, 3):
    train_epoch(
        model, optimizer, train_x, train_y, batch_size=64, generator=generator
    )
print(
    f"test accuracy after 2 epochs: {evaluate(model, test_x, test_y)[1]:.2f}%"
)
#> test accuracy after 2 epochs: 84.14%
# --8<-- [end:train]

# --8<-- [start:filters]
trained_filters = model.conv1.weight.detach().cpu()
# (out_channels, in_channels, height, width)
print(tuple(trained_filters.shape))
#> (10, 1, 5, 5)

fig = plt.figure(figsize=(6, 1.5))
panels = [("initial", initial_filters), ("trained", trained_filters)]
for subfigure, (title, filters) in zip(fig.subfigures(1, 2), panels):
    subfigure.suptitle(title, fontsize=9)
    grid = subfigure.subplots(2, 5, gridspec_kw=dict(wspace=0.1, hspace=0.1))
    for ax, kernel in zip(grid.flat, filters[:, 0]):
        # each kernel on its own symmetric scale: red > 0 > blue
        limit = kernel.abs().max().item()
        ax.imshow(kernel.numpy(), cmap="RdBu_r", vmin=-limit, vmax=limit)
        ax.set_xticks([])
        ax.set_yticks([])
plt.show()
# --8<-- [end:filters]

# --8<-- [start:norms]
# the size the drawing leaves out: each kernel's Euclidean norm
for title, filters in panels:
    norms = filters.flatten(1).norm(dim=1)
    print(
        f"{title:7}: kernel norms {norms.min():.2f} to {norms.max():.2f}, "
        f"mean {norms.mean():.2f}"
    )
    #> initial: kernel norms 0.52 to 0.63, mean 0.57
    #> trained: kernel norms 0.67 to 1.09, mean 0.98
# --8<-- [end:norms]

# --8<-- [start:hooks]
feature_maps = {}


def keep_output(name):
    def hook(layer, inputs, output):
        # after the ReLU that forward() applies next
        feature_maps[name] = output.detach().relu().cpu()

    return hook


handles = [
    model.conv1.register_forward_hook(keep_output("conv1")),
    model.conv2.register_forward_hook(keep_output("conv2")),
]
image, label = test_x[0], test_y[0]
model.eval()
with torch.no_grad():
    prediction = model(image.unsqueeze(0)).argmax(dim=1).item()
for handle in handles:
    # hooks stay until removed: later forward passes would overwrite the maps
    handle.remove()
print(f"a {CLASSES[label]}, predicted {CLASSES[prediction]}")
#> a Ankle boot, predicted Ankle boot
fields = {
    "conv1": receptive_field([(5, 1, 1)])[
        0
    ],  # (kernel, stride, dilation) up to the layer
    "conv2": receptive_field([(5, 1, 1), (2, 2, 1), (5, 1, 1)])[0],
}  # conv1, pooling, conv2
for name, maps in feature_maps.items():
    print(
        f"{name}: {tuple(maps.shape)}, "
        f"each pixel sees {fields[name]}x{fields[name]} input pixels"
    )
    #> conv1: (1, 10, 24, 24), each pixel sees 5x5 input pixels
    #> conv2: (1, 20, 8, 8), each pixel sees 14x14 input pixels
# --8<-- [end:hooks]

# --8<-- [start:conv1_maps]
maps = feature_maps["conv1"][0]
fig, axes = plt.subplots(2, 6, figsize=(6, 2.3))
axes[0, 0].imshow(image[0].cpu().numpy(), cmap="gray_r")
axes[0, 0].set_title("input", fontsize=8)
for ax, (number, fmap) in zip(axes.flat[1:], enumerate(maps)):
    # one scale for the layer
    ax.imshow(fmap.numpy(), cmap="viridis", vmin=0, vmax=maps.max().item())
    ax.set_title(f"map {number}", fontsize=8)
for ax in axes.flat:
    ax.set_xticks([])
    ax.set_yticks([])
axes[1, 5].axis("off")  # 11 panels in a 2x6 grid
plt.show()
# --8<-- [end:conv1_maps]

# --8<-- [start:conv2_maps]
maps = feature_maps["conv2"][0]
fig, axes = plt.subplots(2, 10, figsize=(6, 1.5))
for ax, fmap in zip(axes.flat, maps):
    ax.imshow(fmap.numpy(), cmap="viridis", vmin=0, vmax=maps.max().item())
    ax.set_xticks([])
    ax.set_yticks([])
plt.show()
# --8<-- [end:conv2_maps]

from training_and_evaluation.fashion_mnist import load_fashion_mnist

# --8<-- [start:solution]
import matplotlib.pyplot as plt
import torch
import torch.nn.functional as F

_, _, test_x, _ = load_fashion_mnist(device="cpu")
image = test_x[:1]  # the ankle boot, shape (1, 1, 28, 28)
# brightness rising to the right
sobel_x = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
# (2, 1, 3, 3): vertical and horizontal edges
kernels = torch.stack([sobel_x, sobel_x.T]).unsqueeze(1)
edges = F.conv2d(image, kernels)
print(edges.shape)
#> torch.Size([1, 2, 26, 26])

fig, axes = plt.subplots(1, 3, figsize=(6, 2.2))
panels = [
    (image[0, 0], "input"),
    (edges[0, 0], "vertical edges"),
    (edges[0, 1], "horizontal edges"),
]
for ax, (panel, title) in zip(axes, panels):
    if title == "input":
        ax.imshow(panel.numpy(), cmap="gray_r")
    else:  # a symmetric scale, so that white means 0: red rises, blue falls
        limit = edges.abs().max().item()
        ax.imshow(panel.numpy(), cmap="RdBu_r", vmin=-limit, vmax=limit)
    ax.set_title(title, fontsize=8)
    ax.set_xticks([])
    ax.set_yticks([])
plt.show()
# --8<-- [end:solution]

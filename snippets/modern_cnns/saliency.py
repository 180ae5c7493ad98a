"""What a trained network looks at: saliency maps and Grad-CAM on
Fashion-MNIST, and the sanity check against a network with random weights."""

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
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def small_cnn():
    """Two convolutions (8 and 16 maps) and one linear layer."""
    return nn.Sequential(
        nn.Conv2d(1, 8, kernel_size=3, padding=1),
        nn.ReLU(),
        nn.MaxPool2d(2),  # 28 -> 14
        nn.Conv2d(8, 16, kernel_size=3, padding=1),  # the last convolution
        nn.ReLU(),  # [:5]: the maps Grad-CAM weighs, 16 of 14x14
        nn.MaxPool2d(2),  # 14 -> 7
        nn.Flatten(),
        nn.Linear(16 * 7 * 7, 10),
    ).to(DEVICE)


train_x, train_y, test_x, test_y = load_fashion_mnist()
model = small_cnn()
random_model = small_cnn()  # a fresh copy, never trained: random weights
optimizer = torch.optim.Adam(model.parameters(), lr=3e-3, fused=True)
generator = torch.Generator().manual_seed(0)
train_epoch(model, optimizer, train_x, train_y, 128, generator)  # one epoch
print(f"test accuracy {evaluate(model, test_x, test_y)[1]:.2f}%")
#> test accuracy 86.94%
# --8<-- [end:train]


# --8<-- [start:maps]
def saliency(model, images, classes):
    """|d logit / d pixel| of each image's class: which pixels, changed a
    little, change the score most."""
    model.eval()
    images = images.clone().requires_grad_()
    score = model(images)[range(len(images)), classes].sum()
    # the gradient with respect to the images alone: unlike backward(), this
    # leaves nothing in the parameters' .grad
    (gradient,) = torch.autograd.grad(score, images)
    return gradient.abs()[:, 0]  # (N, 28, 28)


def grad_cam(model, images, classes):
    """Grad-CAM on the last convolution's maps: each map weighted by the
    mean gradient of the class's logit over it, summed, ReLU, 28x28."""
    model.eval()
    maps = model[:5](images)  # (N, 16, 14, 14), after the ReLU
    logits = model[5:](maps)
    score = logits[range(len(images)), classes].sum()
    (gradients,) = torch.autograd.grad(score, maps)
    weights = gradients.mean(dim=(2, 3), keepdim=True)  # one per map
    cam = F.relu((weights * maps).sum(dim=1, keepdim=True))
    cam = F.interpolate(cam, size=(28, 28), mode="bilinear")
    return cam[:, 0].detach()  # (N, 28, 28)


images, labels = test_x[:5], test_y[:5]
with torch.no_grad():
    predicted = model(images).argmax(dim=1)  # the maps explain these
print([CLASSES[i] for i in labels])  # the true classes
#> ['Ankle boot', 'Pullover', 'Trouser', 'Trouser', 'Shirt']
print([CLASSES[i] for i in predicted])  # the predicted ones
#> ['Ankle boot', 'Pullover', 'Trouser', 'Trouser', 'Shirt']
rows = [images[:, 0]]  # the images, then their maps: trained, random
for network in (model, random_model):
    rows.append(saliency(network, images, predicted))
    rows.append(grad_cam(network, images, predicted))

names = ["image", "saliency", "Grad-CAM"]
names += ["saliency, random weights", "Grad-CAM, random weights"]
fig, axes = plt.subplots(5, 5, figsize=(6.6, 6.6))
for r, (row, name) in enumerate(zip(rows, names)):
    for c in range(5):
        ax = axes[r, c]
        ax.imshow(row[c].cpu(), cmap="gray" if r == 0 else "inferno")
        ax.set_xticks([])
        ax.set_yticks([])
        if r == 0:
            ax.set_title(CLASSES[predicted[c]], fontsize=8)
        if c == 0:
            # across and right-aligned beside the row; two lines keep it narrow
            label = name.replace(", ", ",\n")
            ax.set_ylabel(label, rotation=0, ha="right", va="center", size=8)
plt.tight_layout()
plt.show()
# --8<-- [end:maps]


# --8<-- [start:sanity]
def correlation(a, b):
    """Pearson correlation over the pixels of each pair of maps, averaged
    over the pairs where neither map is all zero (a constant map has no
    correlation); and the number of such pairs."""
    both = (a.flatten(1).amax(dim=1) > 0) & (b.flatten(1).amax(dim=1) > 0)
    r = [
        torch.corrcoef(torch.stack([x.flatten(), y.flatten()]))[0, 1]
        for x, y in zip(a[both], b[both])
    ]
    return torch.stack(r).mean().item(), int(both.sum())


check = test_x[:100]  # 100 test images
with torch.no_grad():
    classes = model(check).argmax(dim=1)
for name, method in [("saliency", saliency), ("Grad-CAM", grad_cam)]:
    ours = method(model, check, classes)
    theirs = method(random_model, check, classes)
    zero = [int((m.flatten(1).amax(dim=1) == 0).sum()) for m in (ours, theirs)]
    r, n = correlation(ours, theirs)
    print(
        f"{name:<9} all-zero maps: trained {zero[0]}, random {zero[1]};"
        f" r = {r:.2f} over the other {n}"
    )
    #> saliency  all-zero maps: trained 0, random 0; r = 0.07 over the other 100
    #> Grad-CAM  all-zero maps: trained 35, random 7; r = -0.07 over the other 58
# --8<-- [end:sanity]

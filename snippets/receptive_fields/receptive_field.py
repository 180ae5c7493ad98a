"""Receptive field of a stack of convolution and pooling layers,
by formula and by gradient."""

# --8<-- [start:formula]
import torch
import torch.nn as nn


def receptive_field(layers):
    """layers: (kernel_size, stride, dilation) per layer.
    Returns (size, jump) of the last layer.

    One more layer with a kernel spanning d(k - 1) + 1 positions of its input
    widens the field by d(k - 1) input steps, and each of those steps is `jump`
    pixels of the image apart.
    """
    size, jump = 1, 1
    for kernel_size, stride, dilation in layers:
        size += dilation * (kernel_size - 1) * jump
        jump *= stride
    return size, jump


# --8<-- [end:formula]


# --8<-- [start:gradient]
def measured_receptive_field(modules, image_size=64):
    """Backpropagate from the centre output pixel; return the extent
    (rows, columns) of the input pixels that influence it, and the gradient
    itself."""
    stack = nn.Sequential(*modules)
    for module in stack:
        # positive weights: no influence can cancel out
        if isinstance(module, nn.Conv2d):
            nn.init.constant_(module.weight, 1.0)
            nn.init.zeros_(module.bias)
    image = torch.ones(1, 1, image_size, image_size, requires_grad=True)
    out = stack(image)
    out[0, 0, out.shape[2] // 2, out.shape[3] // 2].backward()
    rows = torch.nonzero(image.grad[0, 0].abs().sum(dim=1)).flatten()
    cols = torch.nonzero(image.grad[0, 0].abs().sum(dim=0)).flatten()
    return (
        (rows.max() - rows.min() + 1).item(),
        (cols.max() - cols.min() + 1).item(),
        image.grad[0, 0],
    )


# --8<-- [end:gradient]

"""Receptive field of a stack of convolution and pooling layers,
by formula and by gradient."""

import torch
import torch.nn as nn


# --8<-- [start:formula]
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


if __name__ == "__main__":
    # --8<-- [start:check]
    stacks = {
        "3x3": [(3, 1, 1)],
        "3x3, 3x3": [(3, 1, 1)] * 2,
        "3x3, 3x3, 3x3": [(3, 1, 1)] * 3,
        "5x5 conv, 2x2 pool, 5x5 conv, 2x2 pool (seed 002)": [
            (5, 1, 1),
            (2, 2, 1),
            (5, 1, 1),
            (2, 2, 1),
        ],
        "3x3 dilated by 2": [(3, 1, 2)],
    }
    for name, layers in stacks.items():
        # Average pooling: a max-pool would send the gradient
        # to a single pixel per window.
        modules = [
            nn.Conv2d(1, 1, k, dilation=d) if s == 1 else nn.AvgPool2d(k, s)
            for k, s, d in layers
        ]
        rows, cols, _ = measured_receptive_field(modules)
        print(
            f"{name}: formula {receptive_field(layers)[0]}, "
            f"measured {rows}x{cols}"
        )
        #> 3x3: formula 3, measured 3x3
        #> 3x3, 3x3: formula 5, measured 5x5
        #> 3x3, 3x3, 3x3: formula 7, measured 7x7
        #> 5x5 conv, 2x2 pool, 5x5 conv, 2x2 pool (seed 002): formula 16, measured 16x16
        #> 3x3 dilated by 2: formula 5, measured 5x5
    # --8<-- [end:check]

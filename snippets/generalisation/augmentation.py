"""Shifting images on in-memory tensors: pad with the background, crop."""

from generalisation.split import mean, std

# --8<-- [start:shift]
import torch
import torch.nn.functional as F

# the value of a black pixel (0) after normalisation: the background
background = ((0 - mean) / std).item()
print(f"{background:.4f}")
#> -0.8102


def shift(images, down, right):
    """(N, C, H, W) images moved `down` and `right` pixels (negative: up
    and left); what moves out is lost, what comes in is background."""
    m = max(abs(down), abs(right))
    padded = F.pad(images, [m, m, m, m], value=background)
    h, w = images.shape[-2:]
    return padded[..., m - down : m - down + h, m - right : m - right + w]


# --8<-- [end:shift]


# --8<-- [start:random_shift]
def random_shift(images, generator, max_shift=2):
    """Each image moved by its own random offset, from -max_shift to
    max_shift pixels along each axis."""
    offsets = torch.randint(
        -max_shift, max_shift + 1, (len(images), 2), generator=generator
    )
    return torch.cat(
        [
            shift(image[None], down, right)  # image[None]: a batch of one
            for image, (down, right) in zip(images, offsets.tolist())
        ]
    )


# --8<-- [end:random_shift]

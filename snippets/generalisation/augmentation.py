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


# --8<-- [start:random_affine]
from torchvision.transforms import v2


def random_affine(images, generator, degrees=10, zoom=0.1, max_shift=2):
    """Each image turned by up to `degrees` either way, scaled by a factor
    from 1 - zoom to 1 + zoom and moved by up to max_shift pixels, all drawn
    for it alone; the corners that come in are background."""
    n = len(images)
    angles = (2 * torch.rand(n, generator=generator) - 1) * degrees
    factors = 1 + (2 * torch.rand(n, generator=generator) - 1) * zoom
    offsets = torch.randint(
        -max_shift, max_shift + 1, (n, 2), generator=generator
    )
    return torch.cat(
        [
            v2.functional.affine(
                image[None],
                angle=angle,
                translate=[right, down],
                scale=factor,
                shear=[0.0, 0.0],
                interpolation=v2.InterpolationMode.BILINEAR,
                fill=background,
            )
            for image, angle, factor, (down, right) in zip(
                images, angles.tolist(), factors.tolist(), offsets.tolist()
            )
        ]
    )


# --8<-- [end:random_affine]

# --8<-- [start:demo]
import torch
import torch.nn.functional as F

diagonal = torch.eye(5)
ring = torch.tensor(
    [
        [0, 0.1, 0.1, 0.1, 0],  # post 001's "circle" image
        [0.1, 0, 0, 0, 0.1],
        [0.1, 0, 0, 0, 0.1],
        [0.1, 0, 0, 0, 0.1],
        [0, 0.1, 0.1, 0.1, 0],
    ]
)
diagonal_kernel = torch.eye(3)
horizontal_kernel = torch.tensor([[0.0, 0, 0], [1, 1, 1], [0, 0, 0]])
circle_kernel = torch.tensor([[0.0, 1, 0], [1, 0, 1], [0, 1, 0]])


def feature_map(image, kernel):
    return F.conv2d(image.view(1, 1, 5, 5), kernel.view(1, 1, 3, 3))[0, 0]


for name, image, kernel in [
    ("diagonal image, diagonal kernel", diagonal, diagonal_kernel),
    ("diagonal image, horizontal kernel", diagonal, horizontal_kernel),
    ("post 001's ring, circle kernel", ring, circle_kernel),
]:
    response = feature_map(image, kernel)
    print(f"{name} (peak {response.max():.1f}):\n{response}")
    #> diagonal image, diagonal kernel (peak 3.0):
    #> tensor([[3., 0., 0.],
    #>         [0., 3., 0.],
    #>         [0., 0., 3.]])
    #> diagonal image, horizontal kernel (peak 1.0):
    #> tensor([[1., 1., 0.],
    #>         [1., 1., 1.],
    #>         [0., 1., 1.]])
    #> post 001's ring, circle kernel (peak 0.2):
    #> tensor([[0.2000, 0.1000, 0.2000],
    #>         [0.1000, 0.0000, 0.1000],
    #>         [0.2000, 0.1000, 0.2000]])
# --8<-- [end:demo]

# --8<-- [start:scale]
small_ring = torch.zeros(5, 5)
small_ring[1:4, 1:4] = (
    circle_kernel  # the kernel's own pattern, at the kernel's own size
)
print(feature_map(small_ring, circle_kernel))
#> tensor([[2., 0., 2.],
#>         [0., 4., 0.],
#>         [2., 0., 2.]])
# --8<-- [end:scale]

# --8<-- [start:brightness]
flat = torch.ones(5, 5)  # no pattern at all, just bright
print(
    "flat image, diagonal kernel:",
    feature_map(flat, diagonal_kernel)[1, 1].item(),
)
#> flat image, diagonal kernel: 3.0


def match_score(image, kernel):
    """Cosine similarity of each window with the kernel:
    1 means the same shape, at any brightness."""
    window_norms = feature_map(image**2, torch.ones(3, 3)).sqrt()
    return feature_map(image, kernel) / (
        window_norms * kernel.norm()
    ).clamp_min(1e-12)


for name, image in [("diagonal", diagonal), ("flat", flat)]:
    print(
        f"{name:8} image, diagonal kernel: "
        f"peak score {match_score(image, diagonal_kernel).max():.3f}"
    )
    #> diagonal image, diagonal kernel: peak score 1.000
    #> flat     image, diagonal kernel: peak score 0.577
print(
    f"post's ring, circle kernel: "
    f"peak score {match_score(ring, circle_kernel).max():.3f}"
)
#> post's ring, circle kernel: peak score 0.500
print(
    f"3x3 ring,    circle kernel: "
    f"peak score {match_score(small_ring, circle_kernel).max():.3f}"
)
#> 3x3 ring,    circle kernel: peak score 1.000
# --8<-- [end:brightness]

import torch
import torch.nn.functional as F

# --8<-- [start:demo]
diagonal = torch.eye(5)
ring = torch.tensor([[0, .1, .1, .1, 0],
                     [.1, 0, 0, 0, .1],
                     [.1, 0, 0, 0, .1],
                     [.1, 0, 0, 0, .1],
                     [0, .1, .1, .1, 0]])
circle_kernel = torch.tensor([[0., 1, 0], [1, 0, 1], [0, 1, 0]])
small_ring = torch.zeros(5, 5)
small_ring[1:4, 1:4] = circle_kernel  # the kernel's own pattern, drawn into the image
diagonal_kernel = torch.eye(3)
horizontal_kernel = torch.tensor([[0., 0, 0], [1, 1, 1], [0, 0, 0]])


def feature_map(image, kernel):
    return F.conv2d(image.view(1, 1, 5, 5), kernel.view(1, 1, 3, 3))[0, 0]


for name, image, kernel in [("diagonal image, diagonal kernel", diagonal, diagonal_kernel),
                            ("diagonal image, horizontal kernel", diagonal, horizontal_kernel),
                            ("seed 001's ring, circle kernel", ring, circle_kernel),
                            ("3x3 ring, circle kernel", small_ring, circle_kernel)]:
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
    #> seed 001's ring, circle kernel (peak 0.2):
    #> tensor([[0.2000, 0.1000, 0.2000],
    #>         [0.1000, 0.0000, 0.1000],
    #>         [0.2000, 0.1000, 0.2000]])
    #> 3x3 ring, circle kernel (peak 4.0):
    #> tensor([[2., 0., 2.],
    #>         [0., 4., 0.],
    #>         [2., 0., 2.]])
# --8<-- [end:demo]

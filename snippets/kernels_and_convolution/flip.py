import torch
import torch.nn.functional as F

# --8<-- [start:demo]
image = torch.arange(16.).view(4, 4)
kernel = torch.tensor([[1., 2.], [0., 0.]])  # asymmetric: flipping it changes it


def convolve(image, kernel):
    """Textbook convolution: out[i, j] = sum over (a, b) of image[i + a, j + b] * kernel[kh-1-a, kw-1-b]."""
    kh, kw = kernel.shape
    out = torch.zeros(image.shape[0] - kh + 1, image.shape[1] - kw + 1)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            for a in range(kh):
                for b in range(kw):
                    out[i, j] += image[i + a, j + b] * kernel[kh - 1 - a, kw - 1 - b]
    return out


pytorch = F.conv2d(image.view(1, 1, 4, 4), kernel.view(1, 1, 2, 2))[0, 0]
print("F.conv2d (cross-correlation):\n", pytorch)
#> F.conv2d (cross-correlation):
#>  tensor([[ 2.,  5.,  8.],
#>         [14., 17., 20.],
#>         [26., 29., 32.]])
print("true convolution:\n", convolve(image, kernel))
#> true convolution:
#>  tensor([[13., 16., 19.],
#>         [25., 28., 31.],
#>         [37., 40., 43.]])
flipped = torch.flip(kernel, dims=(0, 1))
print(torch.equal(F.conv2d(image.view(1, 1, 4, 4), flipped.view(1, 1, 2, 2))[0, 0], convolve(image, kernel)))
#> True
# --8<-- [end:demo]

# --8<-- [start:demo]
import numpy as np
import torch
import torch.nn.functional as F

image = torch.arange(16.0).view(4, 4)
# asymmetric: flipping it changes it
kernel = torch.tensor([[1.0, 2.0], [0.0, 0.0]])


def convolve(image, kernel):
    """Textbook convolution: the kernel is indexed backwards,
    i.e. flipped in both directions."""
    kh, kw = kernel.shape
    out = torch.zeros(image.shape[0] - kh + 1, image.shape[1] - kw + 1)
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            for a in range(kh):
                for b in range(kw):
                    out[i, j] += (
                        image[i + a, j + b] * kernel[kh - 1 - a, kw - 1 - b]
                    )
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
print(flipped)
#> tensor([[0., 0.],
#>         [2., 1.]])
print(
    torch.equal(
        F.conv2d(image.view(1, 1, 4, 4), flipped.view(1, 1, 2, 2))[0, 0],
        convolve(image, kernel),
    )
)
#> True
# --8<-- [end:demo]

# --8<-- [start:numpy]
signal = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
taps = np.array([1.0, 2.0, 3.0])
# a true convolution
print("np.convolve        ", np.convolve(signal, taps, mode="valid"))
#> np.convolve         [ 4. 10. 16. 22.]

x = torch.from_numpy(signal).float().view(1, 1, 6)  # (N, C, L) for a 1-D layer
w = torch.from_numpy(taps).float().view(1, 1, 3)
print("F.conv1d           ", F.conv1d(x, w)[0, 0].numpy())
#> F.conv1d            [ 8. 14. 20. 26.]
print(
    "F.conv1d, flipped w", F.conv1d(x, torch.flip(w, dims=(-1,)))[0, 0].numpy()
)
#> F.conv1d, flipped w [ 4. 10. 16. 22.]
# --8<-- [end:numpy]

import torch
import torch.nn.functional as F
from torchvision import datasets

# --8<-- [start:toy]
signal = torch.zeros(1, 1, 1, 8)
for position in range(2, 6):  # a single bright pixel, moved one step at a time
    signal.zero_()
    signal[..., position] = 1
    print(position, F.max_pool2d(signal, (1, 2))[0, 0, 0].tolist())
    #> 2 [0.0, 1.0, 0.0, 0.0]
    #> 3 [0.0, 1.0, 0.0, 0.0]
    #> 4 [0.0, 0.0, 1.0, 0.0]
    #> 5 [0.0, 0.0, 1.0, 0.0]
# --8<-- [end:toy]


# --8<-- [start:measured]
def shift_right(images, pixels):
    return F.pad(images, (pixels, 0))[..., :-pixels]


test = datasets.FashionMNIST("./data", train=False, download=True)
images = test.data[:1000].float().div(255).unsqueeze(1)
shifted = shift_right(images, 1)


def relative_change(before, after):
    return ((after - before).abs().sum() / before.abs().sum()).item()


print(f"pixels:            {relative_change(images, shifted):.3f}")
#> pixels:            0.301
for k in (2, 4):
    print(f"after {k}x{k} max-pool: {relative_change(F.max_pool2d(images, k), F.max_pool2d(shifted, k)):.3f}")
    #> after 2x2 max-pool: 0.189
    #> after 4x4 max-pool: 0.119
# --8<-- [end:measured]

from padding_and_stride.arithmetic_figures import draw_convolution
from padding_and_stride.output_size import conv_output_size


# --8<-- [start:worked]
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def worked(i, k, s=1, p=0, d=1):
    """The formula with the numbers filled in,
    next to what nn.Conv2d really produces."""
    o = conv_output_size(i, k, stride=s, padding=p, dilation=d)
    conv = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
    real = conv(torch.zeros(1, 1, i, i)).shape[-1]
    print(
        f"i={i} k={k} p={p} s={s} d={d}: "
        f"({i} + 2*{p} - {d}*({k}-1) - 1) // {s} + 1 = {o}"
        f"   nn.Conv2d: {real}x{real}"
    )


# --8<-- [end:worked]


# --8<-- [start:no_padding]
worked(5, 3)
#> i=5 k=3 p=0 s=1 d=1: (5 + 2*0 - 1*(3-1) - 1) // 1 + 1 = 3   nn.Conv2d: 3x3
worked(28, 5)
#> i=28 k=5 p=0 s=1 d=1: (28 + 2*0 - 1*(5-1) - 1) // 1 + 1 = 24   nn.Conv2d: 24x24
draw_convolution(
    5, 3, title="i = 5, k = 3: the window fits in 3 places per axis"
)
# --8<-- [end:no_padding]

# --8<-- [start:padding]
worked(5, 3, p=1)
#> i=5 k=3 p=1 s=1 d=1: (5 + 2*1 - 1*(3-1) - 1) // 1 + 1 = 5   nn.Conv2d: 5x5
worked(5, 5, p=2)
#> i=5 k=5 p=2 s=1 d=1: (5 + 2*2 - 1*(5-1) - 1) // 1 + 1 = 5   nn.Conv2d: 5x5
draw_convolution(
    5, 3, padding=1, title="i = 5, k = 3, p = 1: the output keeps the size 5"
)
# --8<-- [end:padding]

# --8<-- [start:same_valid]
x = torch.rand(1, 1, 5, 5)
for k in (3, 4):
    conv = nn.Conv2d(1, 1, k, padding="same", bias=False)
    # d(k - 1) pixels in total, d = 1
    before, after = (
        (k - 1) // 2,
        (k - 1) - (k - 1) // 2,
    )
    by_hand = F.conv2d(F.pad(x, (before, after, before, after)), conv.weight)
    print(
        f"k={k}: 'same' gives {tuple(conv(x).shape[-2:])}, "
        f"equal to padding {before} before and {after} after: "
        f"{torch.allclose(conv(x), by_hand)}"
    )
    #> k=3: 'same' gives (5, 5), equal to padding 1 before and 1 after: True
    #> k=4: 'same' gives (5, 5), equal to padding 1 before and 2 after: True
print(
    "'valid':",
    tuple(nn.Conv2d(1, 1, 4, padding="valid")(x).shape[-2:]),
    conv_output_size(5, 4, padding="valid"),
    conv_output_size(5, 4, padding=0),
)
#> 'valid': (2, 2) 2 2
draw_convolution(
    5,
    4,
    padding="same",
    title="i = 5, k = 4, padding='same': 1 pixel before, 2 after",
)
# --8<-- [end:same_valid]

# --8<-- [start:stride]
worked(5, 3, s=2)
#> i=5 k=3 p=0 s=2 d=1: (5 + 2*0 - 1*(3-1) - 1) // 2 + 1 = 2   nn.Conv2d: 2x2
# (6 - 3) / 2 = 1.5 windows after the first: the half is dropped
worked(6, 3, s=2)
#> i=6 k=3 p=0 s=2 d=1: (6 + 2*0 - 1*(3-1) - 1) // 2 + 1 = 2   nn.Conv2d: 2x2
worked(7, 3, s=2)
#> i=7 k=3 p=0 s=2 d=1: (7 + 2*0 - 1*(3-1) - 1) // 2 + 1 = 3   nn.Conv2d: 3x3
draw_convolution(
    6,
    3,
    stride=2,
    title="i = 6, k = 3, s = 2: the last row and column are never read",
)
# --8<-- [end:stride]

# --8<-- [start:dilation]
worked(7, 3, d=2)
#> i=7 k=3 p=0 s=1 d=2: (7 + 2*0 - 2*(3-1) - 1) // 1 + 1 = 3   nn.Conv2d: 3x3
worked(7, 5)  # an undilated kernel with the same span, 2*(3-1) + 1 = 5
#> i=7 k=5 p=0 s=1 d=1: (7 + 2*0 - 1*(5-1) - 1) // 1 + 1 = 3   nn.Conv2d: 3x3
draw_convolution(
    7, 3, dilation=2, title="i = 7, k = 3, d = 2: 9 taps spread over a 5x5 area"
)
# --8<-- [end:dilation]

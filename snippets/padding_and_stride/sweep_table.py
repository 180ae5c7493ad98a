from padding_and_stride.output_size import (
    InvalidLayerSettings,
    conv_output_size,
)


# --8<-- [start:demo]
import itertools

import torch
import torch.nn as nn

torch.manual_seed(0)


def formula(i, k, s, p, d):
    try:
        return conv_output_size(i, k, stride=s, padding=p, dilation=d)
    except InvalidLayerSettings:
        return "error"


def measured(i, k, s, p, d):
    try:
        return nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)(
            torch.zeros(1, 1, i, i)
        ).shape[-1]
    except RuntimeError:
        return "error"


# i, k, s, p, d
sweep = list(itertools.product([4, 7, 8], [1, 3, 5], [1, 2, 3], [0, 1], [1, 2]))
print(
    f"{'i':>3} {'k':>3} {'s':>3} {'p':>3} {'d':>3} | "
    f"{'formula':>7} {'Conv2d':>7}"
)
#>   i   k   s   p   d | formula  Conv2d
agree = 0
for row, setting in enumerate(sweep):
    ours, theirs = formula(*setting), measured(*setting)
    agree += ours == theirs
    if row % 9 == 4:  # every ninth row keeps the table short but varied
        print(*(f"{value:>3}" for value in setting), f"| {ours:>7} {theirs:>7}")
        #>   4   1   2   0   1 |       2       2
        #>   4   3   1   0   2 |   error   error
        #>   4   3   3   1   1 |       2       2
        #>   4   5   2   1   2 |   error   error
        #>   7   1   2   0   1 |       4       4
        #>   7   3   1   0   2 |       3       3
        #>   7   3   3   1   1 |       3       3
        #>   7   5   2   1   2 |       1       1
        #>   8   1   2   0   1 |       4       4
        #>   8   3   1   0   2 |       4       4
        #>   8   3   3   1   1 |       3       3
        #>   8   5   2   1   2 |       1       1
print(f"{len(sweep)} settings, formula and nn.Conv2d agree on {agree}")
#> 108 settings, formula and nn.Conv2d agree on 108
# --8<-- [end:demo]

import itertools

import torch
import torch.nn as nn

from padding_and_stride.output_size import conv_output_size

# --8<-- [start:demo]
print(f"{'i':>3} {'k':>2} {'p':>2} {'s':>2} {'d':>2} | {'formula':>7} {'Conv2d':>6}")
#>   i  k  p  s  d | formula Conv2d
compared = mismatches = 0
for i, k, p, s, d in itertools.product([7, 8], [1, 3, 4], [0, 1], [1, 2, 3], [1, 2]):
    formula = conv_output_size(i, k, s, p, d)
    conv = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
    measured = conv(torch.zeros(1, 1, i, i)).shape[-1]
    compared += 1
    mismatches += formula != measured
    if (k, d) in {(3, 1), (4, 2)} and p == 1:  # print a readable slice of the sweep
        print(f"{i:>3} {k:>2} {p:>2} {s:>2} {d:>2} | {formula:>7} {measured:>6}")
        #>   7  3  1  1  1 |       7      7
        #>   7  3  1  2  1 |       4      4
        #>   7  3  1  3  1 |       3      3
        #>   7  4  1  1  2 |       3      3
        #>   7  4  1  2  2 |       2      2
        #>   7  4  1  3  2 |       1      1
        #>   8  3  1  1  1 |       8      8
        #>   8  3  1  2  1 |       4      4
        #>   8  3  1  3  1 |       3      3
        #>   8  4  1  1  2 |       4      4
        #>   8  4  1  2  2 |       2      2
        #>   8  4  1  3  2 |       2      2
print(f"settings compared: {compared}, mismatches: {mismatches}")
#> settings compared: 72, mismatches: 0
# --8<-- [end:demo]

from padding_and_stride.arithmetic_figures import draw_convolution
from padding_and_stride.output_size import conv_output_size

# --8<-- [start:no_padding]
# i = 5, k = 3: the kernel fits in 5 - 3 + 1 positions per axis
print(conv_output_size(5, kernel_size=3))
#> 3
draw_convolution(5, kernel_size=3, title="no padding: o = i - k + 1")
# --8<-- [end:no_padding]

# --8<-- [start:padding]
# p = 1 adds a ring of zeros: the input behaves as if it were 5 + 2 = 7 wide
print(conv_output_size(5, kernel_size=3, padding=1))
#> 5
draw_convolution(5, kernel_size=3, padding=1, title="padding: o = i + 2p - k + 1")
# --8<-- [end:padding]

# --8<-- [start:same_valid]
for kernel_size in (3, 5, 7):
    print(kernel_size, conv_output_size(28, kernel_size, padding="same"),
          conv_output_size(28, kernel_size, padding="valid"),
          conv_output_size(28, kernel_size, padding=(kernel_size - 1) // 2))
    #> 3 28 26 28
    #> 5 28 24 28
    #> 7 28 22 28
# --8<-- [end:same_valid]

# --8<-- [start:stride]
# s = 2: the window jumps two pixels, so only every other position is used
print(conv_output_size(5, kernel_size=3, stride=2), conv_output_size(6, kernel_size=3, stride=2))
#> 2 2
draw_convolution(5, kernel_size=3, stride=2, title="stride: o = floor((i + 2p - k) / s) + 1")
# --8<-- [end:stride]

# --8<-- [start:dilation]
# d = 2 spreads a 3x3 kernel over a 5x5 area: it acts like a kernel of size d(k - 1) + 1
print(conv_output_size(7, kernel_size=3, dilation=2), conv_output_size(7, kernel_size=5))
#> 3 3
draw_convolution(7, kernel_size=3, dilation=2, title="dilation: effective kernel d(k - 1) + 1")
# --8<-- [end:dilation]

from padding_and_stride.output_size import (
    InvalidLayerSettings,
    conv_output_size,
    conv_transpose_output_size,
    pool_output_size,
)

# --8<-- [start:usage]
print(
    conv_output_size(28, kernel_size=5),
    conv_output_size(28, 3, stride=2, padding=1),
)
#> 24 14
print(
    pool_output_size(28, kernel_size=2), pool_output_size(7, 2, ceil_mode=True)
)
#> 14 4
print(conv_transpose_output_size(14, 3, stride=2, padding=1, output_padding=1))
#> 28
# --8<-- [end:usage]

# --8<-- [start:demo]
for call in [
    lambda: conv_output_size(4, kernel_size=5),
    lambda: conv_output_size(28, 3, stride=0),
    lambda: conv_output_size(28, 3, stride=2, padding="same"),
    lambda: conv_output_size(28, 2.5),
    lambda: conv_output_size(28, True),
    lambda: pool_output_size(8, 2, padding=2),
    lambda: conv_transpose_output_size(4, 3, stride=2, output_padding=2),
    lambda: conv_transpose_output_size(1, 3, padding=3),
]:
    try:
        call()
    except InvalidLayerSettings as error:
        print(error)
        #> the kernel spans 5 pixels but the padded input has only 4 + 2*0 = 4
        #> stride must be at least 1, got 0
        #> padding='same' needs stride 1: a strided output cannot keep the input size
        #> kernel_size must be a whole number, got 2.5
        #> kernel_size must be a whole number, got True
        #> padding must be at most half the kernel size (2 // 2 = 1), got 2
        #> output_padding (2) must be smaller than stride (2) or dilation (1)
        #> the output would have -3 pixels: padding 3 removes more than the layer produces
# --8<-- [end:demo]

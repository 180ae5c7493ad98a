"""Output sizes of convolution, pooling and transposed convolution, one spatial
dimension at a time.

Each function accepts exactly the settings PyTorch accepts and raises
InvalidLayerSettings, with the reason, for every setting PyTorch rejects.
tests/test_output_size.py checks both against nn.Conv2d, nn.MaxPool2d,
nn.AvgPool2d and nn.ConvTranspose2d on thousands of random settings.
"""

from numbers import Integral


class InvalidLayerSettings(ValueError):
    """A layer setting that PyTorch would refuse."""


def _whole(name, value, minimum):
    # bool is an Integral in Python, but a stride of True is a bug,
    # not a stride of 1.
    if isinstance(value, bool) or not isinstance(value, Integral):
        raise InvalidLayerSettings(
            f"{name} must be a whole number, got {value!r}"
        )
    if value < minimum:
        raise InvalidLayerSettings(
            f"{name} must be at least {minimum}, got {value}"
        )
    # numpy integers work in PyTorch too; hand back a plain int
    return int(value)


def _span(kernel_size, dilation):
    # the pixels the kernel covers, holes included
    return dilation * (kernel_size - 1) + 1


def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    """nn.Conv2d:
    floor((size + 2*padding - dilation*(kernel_size - 1) - 1) / stride) + 1.

    padding is a whole number, "valid" (no padding) or "same"
    (output as large as the input).
    """
    size = _whole("size", size, 1)
    kernel_size = _whole("kernel_size", kernel_size, 1)
    stride = _whole("stride", stride, 1)
    dilation = _whole("dilation", dilation, 1)
    if padding == "valid":
        padding = 0
    elif padding == "same":
        if stride != 1:
            raise InvalidLayerSettings(
                "padding='same' needs stride 1: "
                "a strided output cannot keep the input size"
            )
        # PyTorch pads dilation*(kernel_size - 1) in total,
        # the odd pixel at the end
        return size
    elif isinstance(padding, str):
        raise InvalidLayerSettings(
            f"padding must be a number, 'valid' or 'same', got {padding!r}"
        )
    padding = _whole("padding", padding, 0)
    span = _span(kernel_size, dilation)
    if size + 2 * padding < span:
        raise InvalidLayerSettings(
            f"the kernel spans {span} pixels but the padded input has only "
            f"{size} + 2*{padding} = {size + 2 * padding}"
        )
    return (size + 2 * padding - span) // stride + 1


def pool_output_size(
    size, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False
):
    """nn.MaxPool2d (and nn.AvgPool2d, which has dilation 1);
    stride defaults to kernel_size."""
    size = _whole("size", size, 1)
    kernel_size = _whole("kernel_size", kernel_size, 1)
    stride = kernel_size if stride is None else _whole("stride", stride, 1)
    padding = _whole("padding", padding, 0)
    dilation = _whole("dilation", dilation, 1)
    if not isinstance(ceil_mode, bool):
        raise InvalidLayerSettings(
            f"ceil_mode must be True or False, got {ceil_mode!r}"
        )
    if padding > kernel_size // 2:
        raise InvalidLayerSettings(
            f"padding must be at most half the kernel size "
            f"({kernel_size} // 2 = {kernel_size // 2}), got {padding}"
        )
    span = _span(kernel_size, dilation)
    covered = size + 2 * padding - span
    output = (covered + (stride - 1 if ceil_mode else 0)) // stride + 1
    if ceil_mode and (output - 1) * stride >= size + padding:
        # the extra window would start in the right padding
        # and see no input pixel
        output -= 1
    if output < 1:
        raise InvalidLayerSettings(
            f"the pooling window spans {span} pixels "
            f"but the padded input has only {size + 2 * padding}"
        )
    return output


def conv_transpose_output_size(
    size, kernel_size, stride=1, padding=0, dilation=1, output_padding=0
):
    """nn.ConvTranspose2d:
    (size - 1)*stride - 2*padding + dilation*(kernel_size - 1)
    + output_padding + 1.
    """
    size = _whole("size", size, 1)
    kernel_size = _whole("kernel_size", kernel_size, 1)
    stride = _whole("stride", stride, 1)
    padding = _whole("padding", padding, 0)
    dilation = _whole("dilation", dilation, 1)
    output_padding = _whole("output_padding", output_padding, 0)
    # output_padding picks one of the sizes a strided (or dilated) convolution
    # maps to the same output; it must stay below the step, or it would invent a
    # size no convolution came from.
    if output_padding >= stride and output_padding >= dilation:
        raise InvalidLayerSettings(
            f"output_padding ({output_padding}) "
            f"must be smaller than stride ({stride}) "
            f"or dilation ({dilation})"
        )
    output = (
        (size - 1) * stride
        - 2 * padding
        + _span(kernel_size, dilation)
        + output_padding
    )
    if output < 1:
        raise InvalidLayerSettings(
            f"the output would have {output} pixels: "
            f"padding {padding} removes more than the layer produces"
        )
    return output

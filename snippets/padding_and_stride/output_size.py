"""Output sizes of convolution, pooling and transposed convolution, one spatial dimension at a time.

Each function accepts exactly the settings PyTorch accepts and raises InvalidLayerSettings, with
the reason, for every setting PyTorch rejects (tests/test_output_size.py checks both on thousands
of random settings).
"""


class InvalidLayerSettings(ValueError):
    pass


def _whole(name, value, minimum):
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidLayerSettings(f"{name} must be a whole number, got {value!r}")
    if value < minimum:
        raise InvalidLayerSettings(f"{name} must be at least {minimum}, got {value}")
    return value


def _dilated(kernel_size, dilation):
    return dilation * (kernel_size - 1) + 1  # the span the kernel covers, holes included


def _check_fits(size, padding, span, what):
    if size + 2 * padding < span:
        raise InvalidLayerSettings(
            f"the {what} spans {span} pixels but the padded input has only "
            f"{size} + 2*{padding} = {size + 2 * padding}"
        )


def conv_output_size(size, kernel_size, stride=1, padding=0, dilation=1):
    """nn.Conv2d: floor((size + 2*padding - dilation*(kernel_size - 1) - 1) / stride) + 1."""
    _whole("size", size, 1)
    _whole("kernel_size", kernel_size, 1)
    _whole("stride", stride, 1)
    _whole("dilation", dilation, 1)
    if padding == "valid":
        padding = 0
    elif padding == "same":
        if stride != 1:
            raise InvalidLayerSettings("padding='same' needs stride 1: a strided output cannot keep the input size")
        return size  # PyTorch pads dilation*(kernel_size-1) in total, the extra pixel on the right
    elif isinstance(padding, str):
        raise InvalidLayerSettings(f"padding must be a number, 'valid' or 'same', got {padding!r}")
    _whole("padding", padding, 0)
    span = _dilated(kernel_size, dilation)
    _check_fits(size, padding, span, "kernel")
    return (size + 2 * padding - span) // stride + 1


def pool_output_size(size, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    """nn.MaxPool2d (and nn.AvgPool2d with dilation=1); stride defaults to kernel_size."""
    _whole("size", size, 1)
    _whole("kernel_size", kernel_size, 1)
    stride = kernel_size if stride is None else _whole("stride", stride, 1)
    _whole("padding", padding, 0)
    _whole("dilation", dilation, 1)
    if padding > kernel_size // 2:
        raise InvalidLayerSettings(
            f"padding must be at most half the kernel size ({kernel_size} // 2 = {kernel_size // 2}), got {padding}"
        )
    span = _dilated(kernel_size, dilation)
    covered = size + 2 * padding - span
    output = (covered + (stride - 1 if ceil_mode else 0)) // stride + 1
    if ceil_mode and (output - 1) * stride >= size + padding:
        output -= 1  # a last window that would start in the right padding is dropped
    if output < 1:
        raise InvalidLayerSettings(
            f"the pooling window spans {span} pixels but the padded input has only {size + 2 * padding}"
        )
    return output


def conv_transpose_output_size(size, kernel_size, stride=1, padding=0, dilation=1, output_padding=0):
    """nn.ConvTranspose2d: (size - 1)*stride - 2*padding + dilation*(kernel_size - 1) + output_padding + 1."""
    _whole("size", size, 1)
    _whole("kernel_size", kernel_size, 1)
    _whole("stride", stride, 1)
    _whole("padding", padding, 0)
    _whole("dilation", dilation, 1)
    _whole("output_padding", output_padding, 0)
    if output_padding >= stride and output_padding >= dilation:
        raise InvalidLayerSettings(
            f"output_padding ({output_padding}) must be smaller than stride ({stride}) or dilation ({dilation})"
        )
    output = (size - 1) * stride - 2 * padding + _dilated(kernel_size, dilation) + output_padding
    if output < 1:
        raise InvalidLayerSettings(f"the output would have {output} pixels: padding {padding} removes more than the layer produces")
    return output

"""The output-size module agrees with PyTorch on 12,000 random settings, and on every bad value.

Each setting is applied to the height of a (1, 1, size, 2) input; the width keeps a kernel of 1,
so PyTorch's answer for the height is the module's answer for one dimension. "Agrees" means the
same output size, or both refuse: PyTorch raises and the module raises InvalidLayerSettings.
"""

import warnings

import numpy as np
import pytest
import torch
import torch.nn as nn
from hypothesis import event, given, settings
from hypothesis import strategies as st

from padding_and_stride.output_size import (  # snippets/: the module lives with the chapter that teaches it
    InvalidLayerSettings,
    conv_output_size,
    conv_transpose_output_size,
    pool_output_size,
)

REFUSED = "refused"


@pytest.fixture(autouse=True, scope="module")
def one_thread():
    """Tiny tensors gain nothing from threads; on a busy machine the hand-offs cost milliseconds."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def height(value, width_value):
    return value if isinstance(value, str) else (value, width_value)


def conv2d(kernel_size, stride=1, padding=0, dilation=1):
    return nn.Conv2d(1, 1, height(kernel_size, 1), height(stride, 1), height(padding, 0), height(dilation, 1))


def max_pool2d(kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False):
    stride = None if stride is None else height(stride, 1)
    return nn.MaxPool2d(height(kernel_size, 1), stride, height(padding, 0), height(dilation, 1), ceil_mode=ceil_mode)


def avg_pool2d(kernel_size, stride=None, padding=0, ceil_mode=False):
    stride = None if stride is None else height(stride, 1)
    return nn.AvgPool2d(height(kernel_size, 1), stride, height(padding, 0), ceil_mode=ceil_mode)


def conv_transpose2d(kernel_size, stride=1, padding=0, dilation=1, output_padding=0):
    return nn.ConvTranspose2d(
        1,
        1,
        height(kernel_size, 1),
        height(stride, 1),
        height(padding, 0),
        height(output_padding, 0),
        dilation=height(dilation, 1),
    )


def avg_pool_output_size(size, kernel_size, stride=None, padding=0, ceil_mode=False):
    return pool_output_size(size, kernel_size, stride, padding, 1, ceil_mode)  # AvgPool2d has no dilation


LAYERS = {
    "Conv2d": (conv2d, conv_output_size),
    "MaxPool2d": (max_pool2d, pool_output_size),
    "AvgPool2d": (avg_pool2d, avg_pool_output_size),
    "ConvTranspose2d": (conv_transpose2d, conv_transpose_output_size),
}


def pytorch_says(layer, size, **settings):
    """The output height for a (1, 1, size, 2) input, or REFUSED if PyTorch raises."""
    try:
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zero-element kernels, even kernels with "same"
            return LAYERS[layer][0](**settings)(torch.zeros(1, 1, size, 2)).shape[2]
    except (RuntimeError, ValueError, TypeError):  # raised by the constructor or by forward
        return REFUSED


def module_says(layer, size, **settings):
    try:
        return LAYERS[layer][1](size, **settings)
    except InvalidLayerSettings:
        return REFUSED


def check(layer, size, **settings):
    expected = pytorch_says(layer, size, **settings)
    event("refused by PyTorch" if expected == REFUSED else "accepted by PyTorch")
    assert module_says(layer, size, **settings) == expected


# Random settings in range: refusals come from the rules between values (kernel larger than the
# padded input, "same" with a stride, pool padding, output_padding). Out-of-range and non-integer
# values are tried one by one further down.
sizes = st.integers(0, 16)  # 0 is refused: an input needs at least one pixel
kernels = st.integers(1, 7)
strides = st.integers(1, 4)
paddings = st.integers(0, 4)
dilations = st.integers(1, 3)
pool_paddings = st.integers(0, 2)  # PyTorch allows kernel_size // 2 at most: more is nearly always refused
examples = settings(derandomize=True, deadline=None, database=None)


@settings(examples, max_examples=4000)
@given(sizes, kernels, strides, paddings | st.sampled_from(["same", "valid", "full"]), dilations)
def test_conv2d(size, kernel_size, stride, padding, dilation):
    check("Conv2d", size, kernel_size=kernel_size, stride=stride, padding=padding, dilation=dilation)


@settings(examples, max_examples=4000)
@given(sizes, kernels, st.none() | strides, pool_paddings, dilations, st.booleans())
def test_max_pool2d(size, kernel_size, stride, padding, dilation, ceil_mode):
    check(
        "MaxPool2d",
        size,
        kernel_size=kernel_size,
        stride=stride,
        padding=padding,
        dilation=dilation,
        ceil_mode=ceil_mode,
    )


@settings(examples, max_examples=1000)
@given(sizes, kernels, st.none() | strides, pool_paddings, st.booleans())
def test_avg_pool2d(size, kernel_size, stride, padding, ceil_mode):
    check("AvgPool2d", size, kernel_size=kernel_size, stride=stride, padding=padding, ceil_mode=ceil_mode)


@settings(examples, max_examples=3000)
@given(sizes, kernels, strides, paddings, dilations, st.integers(0, 3))
def test_conv_transpose2d(size, kernel_size, stride, padding, dilation, output_padding):
    check(
        "ConvTranspose2d",
        size,
        kernel_size=kernel_size,
        stride=stride,
        padding=padding,
        dilation=dilation,
        output_padding=output_padding,
    )


VALID = {  # a setting every layer accepts; each case below changes one value of it
    "Conv2d": dict(kernel_size=3, stride=2, padding=1, dilation=1),
    "MaxPool2d": dict(kernel_size=3, stride=2, padding=1, dilation=1, ceil_mode=False),
    "AvgPool2d": dict(kernel_size=3, stride=2, padding=1, ceil_mode=False),
    "ConvTranspose2d": dict(kernel_size=3, stride=2, padding=1, dilation=1, output_padding=1),
}
LOWEST = {"kernel_size": 1, "stride": 1, "padding": 0, "dilation": 1, "output_padding": 0}
NOT_WHOLE = [2.0, 2.5, True, False, "2", None, np.int64(2)]  # np.int64(2) is whole: treated like 2
CASES = [
    (layer, name, value)
    for layer, valid in VALID.items()
    for name in valid
    for value in ([0, 1, None, "yes"] if name == "ceil_mode" else [LOWEST[name] - 1, LOWEST[name] - 2, *NOT_WHOLE])
    if not (value is None and name == "stride" and "Pool" in layer)  # None is the pools' default stride
]


@pytest.mark.parametrize("layer, name, value", CASES)
def test_one_bad_value(layer, name, value):
    settings = {**VALID[layer], name: value}
    ours, theirs = module_says(layer, 8, **settings), pytorch_says(layer, 8, **settings)
    if value is True and name == "kernel_size" and layer in ("Conv2d", "ConvTranspose2d"):
        # These layers size their weight with torch.empty, which takes True as 1; the module
        # refuses on purpose, since kernel_size=True is a bug in the caller's code.
        assert (ours, theirs) == (REFUSED, pytorch_says(layer, 8, **{**settings, name: 1}))
    else:
        assert ours == theirs

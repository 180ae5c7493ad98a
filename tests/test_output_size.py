"""The output-size module agrees with PyTorch on 12,000 random settings, valid or not."""

import sys

import pytest
import torch
import torch.nn as nn
from hypothesis import given, settings
from hypothesis import strategies as st

from harness import SNIPPETS

sys.path.insert(0, str(SNIPPETS))  # the module lives with the chapter that teaches it
from padding_and_stride.output_size import (  # noqa: E402
    InvalidLayerSettings,
    conv_output_size,
    conv_transpose_output_size,
    pool_output_size,
)

sizes = st.integers(1, 16)
kernels = st.integers(1, 7)
strides = st.integers(1, 4)
paddings = st.integers(0, 4)
dilations = st.integers(1, 3)


def pytorch_height(layer, size):
    """The output height PyTorch computes for a (1, 1, size, 2) input, or None if it refuses."""
    try:
        with torch.no_grad():
            return layer(torch.zeros(1, 1, size, 2)).shape[2]
    except (RuntimeError, ValueError):
        return None


def ours(function, *args, **kwargs):
    try:
        return function(*args, **kwargs)
    except InvalidLayerSettings:
        return None


def build(factory, **kwargs):
    """Layers whose constructor refuses the settings count as refused."""
    try:
        return factory(**kwargs)
    except (RuntimeError, ValueError):
        return None


@settings(max_examples=4000, derandomize=True, deadline=None)
@given(sizes, kernels, strides, st.one_of(paddings, st.sampled_from(["same", "valid"])), dilations)
def test_conv2d(size, kernel, stride, padding, dilation):
    layer = build(nn.Conv2d, in_channels=1, out_channels=1, kernel_size=(kernel, 1), stride=(stride, 1),
                  padding=padding if isinstance(padding, str) else (padding, 0), dilation=(dilation, 1))
    expected = None if layer is None else pytorch_height(layer, size)
    assert ours(conv_output_size, size, kernel, stride, padding, dilation) == expected


@settings(max_examples=4000, derandomize=True, deadline=None)
@given(sizes, kernels, st.one_of(st.none(), strides), paddings, dilations, st.booleans())
def test_max_pool2d(size, kernel, stride, padding, dilation, ceil_mode):
    layer = nn.MaxPool2d((kernel, 1), stride=None if stride is None else (stride, 1), padding=(padding, 0),
                         dilation=(dilation, 1), ceil_mode=ceil_mode)
    assert ours(pool_output_size, size, kernel, stride, padding, dilation, ceil_mode) == pytorch_height(layer, size)


@settings(max_examples=1000, derandomize=True, deadline=None)
@given(sizes, kernels, st.one_of(st.none(), strides), paddings, st.booleans())
def test_avg_pool2d(size, kernel, stride, padding, ceil_mode):
    layer = nn.AvgPool2d((kernel, 1), stride=None if stride is None else (stride, 1), padding=(padding, 0),
                         ceil_mode=ceil_mode)
    assert ours(pool_output_size, size, kernel, stride, padding, 1, ceil_mode) == pytorch_height(layer, size)


@settings(max_examples=3000, derandomize=True, deadline=None)
@given(sizes, kernels, strides, paddings, dilations, st.integers(0, 3))
def test_conv_transpose2d(size, kernel, stride, padding, dilation, output_padding):
    layer = build(nn.ConvTranspose2d, in_channels=1, out_channels=1, kernel_size=(kernel, 1), stride=(stride, 1),
                  padding=(padding, 0), dilation=(dilation, 1), output_padding=(output_padding, 0))
    expected = None if layer is None else pytorch_height(layer, size)
    assert ours(conv_transpose_output_size, size, kernel, stride, padding, dilation, output_padding) == expected


@pytest.mark.parametrize("bad", [0, -1, 2.0, True, "3", None])
def test_non_integers_and_non_positive_values_are_refused_with_a_reason(bad):
    with pytest.raises(InvalidLayerSettings, match="stride"):
        conv_output_size(8, 3, stride=bad)

"""The convolution stepper: what it computes is F.conv2d's, and the page steps through it."""

import contextlib
import io
import random
import runpy

import pytest
import torch
import torch.nn.functional as F
from site_browser import assert_clean, screenshot

from book.layout import SNIPPETS

pytestmark = pytest.mark.browser  # make check leaves it out


def conv2d(image, kernel, padding, stride):
    """F.conv2d's output as nested lists of ints, or None where PyTorch refuses."""
    x = torch.tensor(image, dtype=torch.float64)[None, None]
    w = torch.tensor(kernel, dtype=torch.float64)[None, None]
    try:
        return F.conv2d(x, w, padding=padding, stride=stride)[0, 0].round().long().tolist()
    except RuntimeError:
        return None


def test_stepper_computes_what_conv2d_computes(visit, context):
    rng = random.Random(0)  # the same cases every run
    cases = []
    for _ in range(400):
        height, width = rng.randint(1, 7), rng.randint(1, 7)
        kernel_height, kernel_width = rng.randint(1, 4), rng.randint(1, 4)
        cases.append(
            [
                [[rng.randint(-5, 5) for _ in range(width)] for _ in range(height)],
                [[rng.randint(-3, 3) for _ in range(kernel_width)] for _ in range(kernel_height)],
                rng.randint(0, 2),
                rng.randint(1, 3),
            ]
        )
    page = visit("convolution-stepper/")
    outputs = page.evaluate(
        """cases => cases.map(([image, kernel, padding, stride]) => {
      try {
        const run = ConvStepper.convolutionSteps(image, kernel, padding, stride);
        return Array.from({length: run.rows}, (_, r) => run.steps.slice(r * run.cols, (r + 1) * run.cols).map(s => s.sum));
      } catch (error) { if (error instanceof OutputSize.InvalidLayerSettings) return null; throw error; }
    })""",
        cases,
    )
    wrong = [(case, got) for case, got in zip(cases, outputs) if got != conv2d(*case)]
    assert not wrong, f"{len(wrong)} of {len(cases)} differ from F.conv2d, e.g. {wrong[0]}"
    assert sum(output is None for output in outputs) < len(cases) / 2
    assert_clean(context)


def stepper_cells(page, grid):
    return [cell or None for cell in page.locator(f".stepper-{grid} .stepper-cell").all_inner_texts()]


def test_stepper_page_steps_through_the_same_numbers_as_conv2d(visit, context):
    with contextlib.redirect_stdout(io.StringIO()):
        snippet = runpy.run_path(str(SNIPPETS / "convolution_stepper" / "same_as_conv2d.py"))
    page = visit("convolution-stepper/")
    widget = page.locator("#stepper-widget")
    image, kernel = (
        page.evaluate(f"JSON.parse(document.getElementById('stepper-widget').dataset.{name})")
        for name in ("image", "kernel")
    )
    assert image == snippet["image"].int().tolist() and kernel == snippet["kernel"].int().tolist(), (
        "the stepper's matrices are not the ones snippets/convolution_stepper/same_as_conv2d.py shows"
    )
    prev, next_, reset = (widget.locator(f".stepper-{name}") for name in ("prev", "next", "reset"))

    for padding, stride in [(0, 1), (1, 1), (1, 2), (2, 3), (0, 2)]:
        page.fill(".stepper-padding", str(padding))
        page.fill(".stepper-stride", str(stride))
        expected = conv2d(image, kernel, padding, stride)
        windows = len(expected) * len(expected[0])
        assert prev.is_disabled() and set(stepper_cells(page, "output")) == {None}
        assert len(stepper_cells(page, "input")) == (len(image) + 2 * padding) ** 2
        assert page.locator(".stepper-input .is-padding").count() == (len(image) + 2 * padding) ** 2 - len(image) ** 2
        for step in range(windows):
            next_.click()
            assert page.locator(".stepper-input .is-window").count() == len(kernel) * len(kernel[0])
            row, col = divmod(step, len(expected[0]))
            assert widget.locator(".stepper-sum").inner_text().endswith(f"= {expected[row][col]}")
            assert widget.locator(".stepper-output .is-current").inner_text() == str(expected[row][col])
            if (padding, stride) == (1, 2) and step == 3:
                screenshot(page, "stepper-midway", full_page=True)
        assert next_.is_disabled()
        flat = [value for row in expected for value in row]
        assert stepper_cells(page, "output") == [str(value) for value in flat]
        prev.click()
        assert stepper_cells(page, "output") == [str(value) for value in flat[:-1]] + [None]
        reset.click()
        assert set(stepper_cells(page, "output")) == {None}

    next_.click()  # a step's explanation on show: an error must take it away
    assert widget.locator(".stepper-sum").inner_text().startswith("output[0, 0] = ")
    for padding, stride in [("0", "0"), ("-1", "1"), ("1.5", "1"), ("", "1"), ("1", ""), ("4", "1"), ("1", "x")]:
        page.fill(".stepper-padding", padding)
        page.fill(".stepper-stride", stride)
        error = widget.locator(".stepper-error")
        assert error.is_visible() and error.inner_text(), f"padding {padding!r}, stride {stride!r}"
        assert not widget.locator(".stepper-board").is_visible() and next_.is_disabled()
        shown = [name for name in ("sum", "position") if widget.locator(f".stepper-{name}").is_visible()]
        assert not shown, f"padding {padding!r}, stride {stride!r}: the {shown} of the last valid settings still shows"
    page.fill(".stepper-padding", "0")
    page.fill(".stepper-stride", "1")
    assert not widget.locator(".stepper-error").is_visible() and next_.is_enabled()
    assert_clean(context)

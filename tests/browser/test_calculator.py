"""The output-size calculator: the same sizes and refusals as snippets/padding_and_stride/output_size.py
on thousands of random settings, and the page's form, formula and messages."""

import random
import re

import pytest
from site_browser import assert_clean, calculator_shows, screenshot

from padding_and_stride.output_size import (  # snippets/, on the path by pyproject's pythonpath
    InvalidLayerSettings,
    conv_output_size,
    conv_transpose_output_size,
    pool_output_size,
)

pytestmark = pytest.mark.browser  # make check leaves it out

PYTHON = {"conv": conv_output_size, "pool": pool_output_size, "transpose": conv_transpose_output_size}
SETTINGS_COUNT = 6000
BATCH = 1000


def random_settings(rng):
    """Mostly sensible layers, so that both the sizes and the geometric refusals get exercised, with
    a bad value (zero, negative, not a whole number, a wrong word) in about one setting of five."""

    def value(low, high):
        return rng.choice([0, -1, -3, 0.5, 2.5]) if rng.random() < 0.04 else rng.randint(low, high)

    layer = rng.choice(list(PYTHON))
    arguments = [value(1, 20), value(1, 9), value(1, 5), value(0, 4), value(1, 3)]  # i, k, s, p, d
    if layer == "conv" and rng.random() < 0.15:
        arguments[3] = rng.choice(["same", "valid", "full"])
    if layer == "pool":
        arguments[2] = None if rng.random() < 0.2 else arguments[2]
        arguments.append(rng.random() < 0.5)  # ceil_mode
    if layer == "transpose":
        arguments.append(value(0, 3))  # output_padding
    return layer, arguments


def python_size(layer, arguments):
    try:
        return PYTHON[layer](*arguments)
    except InvalidLayerSettings:
        return None


def as_form_fields(layer, arguments):
    """The same settings as the text a reader types into the calculator."""
    size, kernel, stride, padding, dilation, *rest = arguments
    texts = {
        "size": size,
        "kernel": kernel,
        "stride": kernel if stride is None else stride,
        "padding": padding,
        "dilation": dilation,
        "outputPadding": 0,
        "ceilMode": False,
    }
    if layer == "pool":
        texts["ceilMode"] = rest[0]
    if layer == "transpose":
        texts["outputPadding"] = rest[0]
    return {key: value if isinstance(value, bool) else str(value) for key, value in texts.items()}


JS_BATCH = """rows => rows.map(([layer, args, fields]) => {
  const size = {conv: OutputSize.convOutputSize, pool: OutputSize.poolOutputSize,
                transpose: OutputSize.convTransposeOutputSize}[layer];
  let direct = null;
  try { direct = size(...args); } catch (error) { if (!(error instanceof OutputSize.InvalidLayerSettings)) throw error; }
  return [direct, OutputSize.calculate(layer, fields)];
})"""


def test_calculator_agrees_with_the_python_module_on_random_settings(visit, context):
    rng = random.Random(0)  # the same cases every run
    rows = [
        (layer, arguments, as_form_fields(layer, arguments))
        for layer, arguments in (random_settings(rng) for _ in range(SETTINGS_COUNT))
    ]
    page = visit("calculator/")
    answers = []
    for start in range(0, len(rows), BATCH):
        answers += page.evaluate(JS_BATCH, rows[start : start + BATCH])
    mismatches, sizes = [], 0
    for (layer, arguments, fields), (direct, form) in zip(rows, answers):
        expected = python_size(layer, arguments)
        sizes += expected is not None
        shown = form["output"] if form["ok"] else None
        if direct != expected or shown != expected or type(direct) not in (int, type(None)):
            mismatches.append(f"{layer}{tuple(arguments)}: python {expected}, js {direct!r}, form {form}")
        elif form["ok"] and not re.search(rf"= {expected}\s*(\\end{{aligned}})?$", form["tex"].strip()):
            mismatches.append(f"{layer}{tuple(arguments)}: formula does not end in {expected}: {form['tex']}")
        elif not form["ok"] and (not form["message"] or re.search(r"NaN|undefined|null", form["message"])):
            mismatches.append(f"{layer}{tuple(arguments)}: unclear message {form['message']!r}")
    assert not mismatches, f"{len(mismatches)} of {len(rows)} disagree:\n" + "\n".join(mismatches[:20])
    assert 0.3 < sizes / len(rows) < 0.8, f"only {sizes} of {len(rows)} settings are valid: the mix is lopsided"
    assert_clean(context)


def test_calculator_page_shows_size_formula_and_errors(visit, context):
    page = visit("calculator/")
    form = page.locator("#output-size-form")
    assert calculator_shows(page) == (28, None)  # the page's defaults: 28, kernel 3, padding 1
    assert form.locator(".calc-formula .katex").count() == 1
    page.fill("[name=stride]", "2")
    assert calculator_shows(page) == (14, None)
    assert r"\frac{27}{2}" in form.locator(".calc-formula annotation").text_content()
    screenshot(page, "calculator-valid", full_page=True)

    bad = {"stride": ["0", "-2", "1.5", "", "two"], "size": ["", "0", "3.0"], "kernel": ["40"], "padding": ["full"]}
    for name, values in bad.items():
        for text in values:
            page.fill(f"[name={name}]", text)
            size, message = calculator_shows(page)
            assert size is None and message, f"{name}={text!r} gave size {size}"
            assert not re.search(r"NaN|undefined|-\d+ pixels", message), message
            page.fill(f"[name={name}]", {"stride": "1", "size": "28", "kernel": "3", "padding": "1"}[name])
    page.fill("[name=kernel]", "40")
    assert "kernel spans 40 pixels" in calculator_shows(page)[1]
    screenshot(page, "calculator-error", full_page=True)
    page.fill("[name=kernel]", "3")

    page.select_option("[name=layer]", "pool")
    assert page.locator("[name=ceil_mode]").is_visible() and not page.locator("[name=output_padding]").is_visible()
    page.fill("[name=padding]", "0")
    page.fill("[name=kernel]", "2")  # stride still 1: not what nn.MaxPool2d(2) computes, and it says so
    assert calculator_shows(page) == (27, None)
    assert page.locator(".calc-note").inner_text() == (
        "this is nn.MaxPool2d(2, stride=1); nn.MaxPool2d(2) alone uses stride 2"
    )
    for name, text in [("stride", "2"), ("size", "7")]:
        page.fill(f"[name={name}]", text)
    assert calculator_shows(page) == (3, None)
    assert not page.locator(".calc-note").is_visible()
    page.check("[name=ceil_mode]")
    assert calculator_shows(page) == (4, None)
    page.fill("[name=padding]", "same")
    assert "only for convolution" in calculator_shows(page)[1]

    page.select_option("[name=layer]", "transpose")
    for name, text in [("padding", "1"), ("kernel", "3"), ("size", "14"), ("output_padding", "1")]:
        page.fill(f"[name={name}]", text)
    assert calculator_shows(page) == (28, None)
    page.fill("[name=output_padding]", "2")
    assert "output_padding (2) must be smaller than stride (2)" in calculator_shows(page)[1]
    assert_clean(context)


LABEL_WORDS = {  # the field's name in each language, as its label on the page says it
    "": {"size": "input size", "kernel": "kernel size", "stride": "stride", "dilation": "dilation"},
    "ko/": {"size": "입력 크기", "kernel": "커널 크기", "stride": "스트라이드", "dilation": "팽창"},
}


@pytest.mark.parametrize("language", ["", "ko/"], ids=["en", "ko"])
def test_calculator_messages_name_each_field_as_its_label_does(visit, context, language):
    """Whichever check refuses a field (reading the text, or the layer's own rule), the message names
    the field with its label's words, never the Python argument (kernel_size) or another word."""
    page = visit(f"{language}calculator/")
    labels = page.locator("#output-size-form label").all_inner_texts()
    defaults = {"size": "28", "kernel": "3", "stride": "1", "dilation": "1"}
    for name, word in LABEL_WORDS[language].items():
        assert any(label.lower().startswith(word) for label in labels), f"no label reads {word!r}: {labels}"
        for text in ["", "0", "x", "1e9"]:
            page.fill(f"[name={name}]", text)
            size, message = calculator_shows(page)
            assert size is None and message.lower().startswith(word), f"{name}={text!r}: {message!r}"
            assert not re.search(r"kernel_size|not a whole|정수를 넣어야 합니다. 입력값: 1e9", message), message
        page.fill(f"[name={name}]", defaults[name])
    assert calculator_shows(page)[0] == 28
    assert_clean(context)


def test_a_whole_number_in_exponent_form_is_read_as_one(visit, context):
    """1e9 is a whole number: refused as too large, not as "not a whole number"; 1e2 is 100."""
    page = visit("calculator/")
    page.fill("[name=size]", "1e9")
    assert "must be at most" in calculator_shows(page)[1]
    page.fill("[name=size]", "1e2")
    assert calculator_shows(page) == (100, None)
    assert_clean(context)

"""The built site in a real browser (Debian's Chromium driven by Playwright), served from 127.0.0.1
under the path of its public address: every page loads with no outside request, failed request or
console error; search, math, figures, copy buttons and the colour toggle work; the output-size
calculator agrees with snippets/padding_and_stride/output_size.py and the convolution stepper with
F.conv2d. Screenshots for a human go to build/screenshots/."""

import contextlib
import functools
import io
import random
import re
import runpy
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlparse

import pytest
import torch
import torch.nn.functional as F
from padding_and_stride.output_size import (  # snippets/, on the path by pyproject's pythonpath
    InvalidLayerSettings,
    conv_output_size,
    conv_transpose_output_size,
    pool_output_size,
)

from book.harness import SEED
from book.layout import REPO, SITE_PATH, SNIPPETS

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = REPO / "build" / "screenshots"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# Module scope: Playwright's event loop and the web server end with this module. A full run with
# them alive until the end hung in seed 002's replication once its DataLoader forked a worker.
@pytest.fixture(scope="module")
def origin(built_site, tmp_path_factory):
    """Serve the site where GitHub Pages puts it (site_url's path), so absolute links resolve."""
    root = tmp_path_factory.mktemp("www")
    mount = root / SITE_PATH.strip("/")
    mount.parent.mkdir(parents=True, exist_ok=True)
    mount.symlink_to(built_site, target_is_directory=True)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("the browser tests need Chromium at /usr/bin/chromium: run `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Recorder:
    """What went wrong on the pages it watches. Requests that would leave 127.0.0.1 are recorded
    and aborted, so a test can never pass by reaching the internet."""

    def __init__(self, origin):
        self.origin = origin
        self.external, self.failed, self.errors = [], [], []

    def guard(self, context):
        """Also abort outside requests that no watched page's own route sees (a worker's, say)."""
        context.route("**/*", self.route)

    def watch(self, page):
        page.route("**/*", self.route)
        page.on("requestfailed", self.request_failed)
        page.on("response", self.response)
        page.on("console", self.console)
        page.on("pageerror", lambda error: self.errors.append(str(error)))
        return page

    def route(self, route):
        if route.request.url.startswith(self.origin + "/"):
            route.continue_()
        else:
            self.external.append(route.request.url)
            route.abort()

    def console(self, message):
        # An aborted outside request also logs "Failed to load resource"; it is counted as external.
        source = message.location.get("url", "")
        if message.type == "error" and source not in self.external:
            self.errors.append(f"{message.text} ({source})")

    def response(self, response):
        if response.status >= 400:
            self.failed.append(f"{response.url}: HTTP {response.status}")

    def request_failed(self, request):
        if request.url.startswith(self.origin + "/"):
            self.failed.append(f"{request.url}: {request.failure}")

    def problems(self) -> list[str]:
        """Failed requests and console errors (outside requests have a test of their own)."""
        return [f"failed: {f}" for f in self.failed] + [f"console error: {e}" for e in self.errors]


@pytest.fixture
def context(browser, origin):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, color_scheme="light")
    context.recorder = Recorder(origin)
    context.recorder.guard(context)
    yield context
    context.close()


@pytest.fixture
def visit(context, origin):
    """Open a page of the site by its path inside the site, e.g. `visit("calculator/")`."""
    def open_page(path):
        page = context.recorder.watch(context.new_page())
        response = page.goto(f"{origin}{SITE_PATH}{path}")
        assert response.ok, f"{path}: HTTP {response.status}"
        return page
    return open_page


def screenshot(page, name, **options):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), **options)


def assert_clean(context):
    assert not context.recorder.problems(), "\n".join(context.recorder.problems())


# --- every page ---------------------------------------------------------------------------------

TOUR_TABS = 8  # pages loading at once: their idle waits (networkidle is 500 ms of silence) overlap


class Tour(NamedTuple):
    pages: dict[str, dict]  # path inside the site -> what was found there
    unattributed: list[str]  # outside requests that no page's route saw (a worker's, say)


@pytest.fixture(scope="module")
def tour(browser, origin, built_site):
    """Load every page once; per page, what went wrong and which images did not load."""
    paths = sorted(html.relative_to(built_site).as_posix().removesuffix("index.html")
                   for html in built_site.rglob("*.html"))
    context = browser.new_context()
    stray = Recorder(origin)
    stray.guard(context)
    report = {}
    for start in range(0, len(paths), TOUR_TABS):
        opened = []
        for path in paths[start:start + TOUR_TABS]:
            recorder = Recorder(origin)
            page = recorder.watch(context.new_page())
            opened.append((path, recorder, page, page.goto(f"{origin}{SITE_PATH}{path}", wait_until="commit")))
        for path, recorder, page, response in opened:
            page.wait_for_load_state("load")
            page.wait_for_load_state("networkidle")  # the search worker fetches its index after load
            report[path] = {
                "status": response.status,
                "heading": page.locator(".md-content h1").count(),
                "images": page.locator("img").count(),
                "broken images": page.evaluate(
                    "[...document.images].filter(img => !(img.complete && img.naturalWidth > 0)).map(img => img.src)"),
                "external": recorder.external,
                "failed": recorder.failed,
                "errors": recorder.errors,
            }
            page.close()
    context.close()
    return Tour(report, stray.external)


def problems_in(tour, key):
    return "\n".join(f"{path or '/'}: {item}" for path, page in tour.pages.items() for item in page[key])


def test_every_page_loads(tour):
    assert len(tour.pages) > 1
    broken = {path: page["status"] for path, page in tour.pages.items() if page["status"] != 200 or not page["heading"]}
    assert not broken, f"pages that did not load or have no heading: {broken}"
    assert not problems_in(tour, "failed"), problems_in(tour, "failed")


def test_no_page_requests_anything_outside_the_site(tour):
    assert not problems_in(tour, "external"), problems_in(tour, "external")
    assert not tour.unattributed, tour.unattributed


def test_no_page_logs_a_console_error(tour):
    assert not problems_in(tour, "errors"), problems_in(tour, "errors")


def test_every_figure_loads(tour):
    assert sum(page["images"] for page in tour.pages.values()) > 0, "no page shows an image: is the figure check looking?"
    assert not problems_in(tour, "broken images"), problems_in(tour, "broken images")


# --- site features ------------------------------------------------------------------------------


def pages_mentioning(site, word):
    """Folders (inside the site) of the built pages whose text, not navigation, contains word."""
    found = set()
    for html in site.rglob("*.html"):
        article = re.search(r"<article.*?</article>", html.read_text(), re.S)
        if article and word in re.sub(r"<[^>]+>", " ", article[0]).lower():
            found.add(html.relative_to(site).parent.as_posix())
    return found


def search(page, word) -> set[str]:
    """Type word into the page's search box; the folders of the pages the results link to."""
    box = page.locator(".md-search__input")
    box.click()
    # Material searches on keyup; filling first means the only query it ever sees is the whole word,
    # so results for a prefix like "p" cannot satisfy the test.
    box.fill(word)
    box.press("End")
    results = page.locator(".md-search-result__item a.md-search-result__link")
    results.first.wait_for(timeout=60_000)  # the worker indexes every page of both languages first
    return {
        urlparse(href).path.removeprefix(SITE_PATH).strip("/") or "."
        for href in results.evaluate_all("links => links.map(a => a.href.split('#')[0])")
    }


@pytest.mark.parametrize("word", ["padding", "stride", "snippets"])
def test_search_finds_the_pages_that_mention_a_word(visit, context, built_site, word):
    expected = pages_mentioning(built_site, word)
    assert expected, f"no page mentions {word!r}"
    found = search(visit(""), word)
    assert found & expected, f"search for {word!r} found {sorted(found)}, none of {sorted(expected)}"
    assert_clean(context)


@pytest.mark.parametrize("word", ["합성곱", "패딩", "스트라이드", "풀링"])
def test_korean_search_finds_korean_pages(visit, context, built_site, word):
    expected = {path for path in pages_mentioning(built_site, word) if path.split("/")[0] == "ko"}
    assert expected, f"no Korean page mentions {word!r}"
    found = search(visit("ko/"), word)
    assert found & expected, f"search for {word!r} found {sorted(found)}, none of {sorted(expected)}"
    assert_clean(context)


def test_language_switcher_opens_the_same_page_in_the_other_language(visit, context):
    page = visit("ko/pooling/")
    assert page.locator("html").get_attribute("lang") == "ko"
    # Leaving a page while its search worker still loads lunr aborts that request: wait it out.
    page.wait_for_load_state("networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_url(f"**{SITE_PATH}pooling/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".md-content h1").inner_text().removesuffix("¶") == "Pooling"  # ¶: the permalink
    page.wait_for_load_state("networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="ko"]').click()
    page.wait_for_url(f"**{SITE_PATH}ko/pooling/")
    assert page.locator(".md-content h1").inner_text().removesuffix("¶") == "풀링"
    assert_clean(context)


def test_math_renders_with_katex(visit, context):
    page = visit("calculator/")
    assert page.locator(".md-content .arithmatex .katex").count() >= 3
    assert page.locator(".katex-error").count() == 0
    assert_clean(context)


def test_copy_button_copies_the_code(visit, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = visit("")
    block = page.locator(".md-content pre").first
    block.hover()
    # Material 9.8 draws .md-code__button[data-md-type=copy]; earlier versions .md-clipboard
    block.locator(".md-code__button[data-md-type=copy], .md-clipboard").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    code = block.locator("code").inner_text()
    assert copied.strip() == code.strip() and "kernel" in copied
    assert_clean(context)


def test_colour_toggle_switches_to_dark_and_is_remembered(visit, context):
    def scheme(page):
        return page.evaluate("document.body.getAttribute('data-md-color-scheme')")

    page = visit("")
    assert scheme(page) == "default"
    screenshot(page, "home")
    page.get_by_title("Switch to dark mode").click()
    assert scheme(page) == "slate"
    chapter = visit("padding-and-stride/")
    assert scheme(chapter) == "slate"
    screenshot(chapter, "chapter-dark")
    chapter.get_by_title("Switch to light mode").click()
    assert scheme(chapter) == "default"
    assert_clean(context)


# --- output-size calculator ---------------------------------------------------------------------

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
    texts = {"size": size, "kernel": kernel, "stride": kernel if stride is None else stride,
             "padding": padding, "dilation": dilation, "outputPadding": 0, "ceilMode": False}
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
    rng = random.Random(SEED)
    rows = [(layer, arguments, as_form_fields(layer, arguments))
            for layer, arguments in (random_settings(rng) for _ in range(SETTINGS_COUNT))]
    page = visit("calculator/")
    answers = []
    for start in range(0, len(rows), BATCH):
        answers += page.evaluate(JS_BATCH, rows[start:start + BATCH])
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


def calculator_shows(page):
    """(size or None, error message or None) as the reader sees them."""
    answer, error = page.locator(".calc-answer"), page.locator(".calc-error")
    return (int(page.locator(".calc-result").inner_text()) if answer.is_visible() else None,
            error.inner_text() if error.is_visible() else None)


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
    for name, text in [("kernel", "2"), ("stride", "2"), ("padding", "0"), ("size", "7")]:
        page.fill(f"[name={name}]", text)
    assert calculator_shows(page) == (3, None)
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


def test_korean_text_renders_with_korean_glyphs(visit, context):
    """Without a Korean font Chromium draws every Hangul syllable as the same missing-glyph box
    (the screenshots show boxes): draw two syllables in the Korean page's own font and compare."""
    page = visit("ko/")
    drawn = page.evaluate("""() => {
      const style = getComputedStyle(document.querySelector(".md-typeset p"));
      const pixels = (text) => {
        const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
        const pen = canvas.getContext("2d");
        pen.font = `32px ${style.fontFamily}`;
        pen.fillText(text, 8, 44);
        return Array.from(pen.getImageData(0, 0, 64, 64).data).join();
      };
      return { family: style.fontFamily, blank: pixels("가") === pixels(" "), same: pixels("가") === pixels("힣") };
    }""")
    assert not (drawn["blank"] or drawn["same"]), (
        "Hangul is drawn as missing-glyph boxes: install a Korean font (apt-get install fonts-noto-cjk)")
    assert drawn["family"].startswith('"Apple SD Gothic Neo", "Malgun Gothic"'), drawn["family"]
    screenshot(page, "home-ko", full_page=False)
    assert_clean(context)


# Words of the English messages; none may reach a Korean reader.
ENGLISH_MESSAGE_WORD = re.compile(r"\b(?:must|got|empty|enter|spans|only|needs|means|drops|the|is|at)\b")


def test_the_widgets_speak_the_pages_language(visit, context):
    """The calculator and the stepper on the Korean pages explain refusals and notes in Korean,
    from a catalogue with the same entries as the English one."""
    page = visit("ko/calculator/")
    catalogues = page.evaluate("[Object.keys(OutputSize.MESSAGES.en), Object.keys(OutputSize.MESSAGES.ko)]")
    assert catalogues[0] == catalogues[1]
    assert calculator_shows(page) == (28, None)
    bad = {"stride": ["0", "1.5", "", "two"], "size": [""], "kernel": ["40"], "padding": ["full"]}
    for name, values in bad.items():
        for text in values:
            page.fill(f"[name={name}]", text)
            size, message = calculator_shows(page)
            assert size is None and re.search("[가-힣]", message), f"{name}={text!r}: {message!r}"
            assert not ENGLISH_MESSAGE_WORD.search(message), message
            page.fill(f"[name={name}]", {"stride": "1", "size": "28", "kernel": "3", "padding": "1"}[name])
    page.fill("[name=kernel]", "40")
    assert calculator_shows(page)[1] == "커널은 40픽셀에 걸치는데, 패딩한 입력은 28 + 2·1 = 30픽셀뿐입니다."
    page.fill("[name=kernel]", "3")
    page.fill("[name=stride]", "")
    assert calculator_shows(page)[1] == "스트라이드 칸이 비어 있습니다. 정수를 넣으세요."
    page.fill("[name=stride]", "1")
    page.fill("[name=padding]", "valid")
    assert page.locator(".calc-note").inner_text() == "padding='valid'는 패딩을 넣지 않는다는 뜻입니다"
    screenshot(page, "calculator-ko-note", full_page=True)

    page = visit("ko/convolution-stepper/")
    widget = page.locator("#stepper-widget")
    assert widget.locator(".stepper-sum").inner_text() == "다음을 누르면 커널이 첫 번째 윈도우에 놓입니다."
    for padding, stride, expected in [("4", "1", "이 도구는 패딩을 3까지만 그립니다. 입력값: 4."),
                                      ("", "1", "패딩 칸이 비어 있습니다. 정수를 넣으세요."),
                                      ("0", "0", "스트라이드에는 1 이상을 넣어야 합니다. 입력값: 0.")]:
        page.fill(".stepper-padding", padding)
        page.fill(".stepper-stride", stride)
        assert widget.locator(".stepper-error").inner_text() == expected
    assert_clean(context)


# --- convolution stepper ------------------------------------------------------------------------


def conv2d(image, kernel, padding, stride):
    """F.conv2d's output as nested lists of ints, or None where PyTorch refuses."""
    x = torch.tensor(image, dtype=torch.float64)[None, None]
    w = torch.tensor(kernel, dtype=torch.float64)[None, None]
    try:
        return F.conv2d(x, w, padding=padding, stride=stride)[0, 0].round().long().tolist()
    except RuntimeError:
        return None


def test_stepper_computes_what_conv2d_computes(visit, context):
    rng = random.Random(SEED)
    cases = []
    for _ in range(400):
        height, width = rng.randint(1, 7), rng.randint(1, 7)
        kernel_height, kernel_width = rng.randint(1, 4), rng.randint(1, 4)
        cases.append([
            [[rng.randint(-5, 5) for _ in range(width)] for _ in range(height)],
            [[rng.randint(-3, 3) for _ in range(kernel_width)] for _ in range(kernel_height)],
            rng.randint(0, 2), rng.randint(1, 3),
        ])
    page = visit("convolution-stepper/")
    outputs = page.evaluate("""cases => cases.map(([image, kernel, padding, stride]) => {
      try {
        const run = ConvStepper.convolutionSteps(image, kernel, padding, stride);
        return Array.from({length: run.rows}, (_, r) => run.steps.slice(r * run.cols, (r + 1) * run.cols).map(s => s.sum));
      } catch (error) { if (error instanceof OutputSize.InvalidLayerSettings) return null; throw error; }
    })""", cases)
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
    image, kernel = (page.evaluate(f"JSON.parse(document.getElementById('stepper-widget').dataset.{name})")
                     for name in ("image", "kernel"))
    assert image == snippet["image"].int().tolist() and kernel == snippet["kernel"].int().tolist(), \
        "the stepper's matrices are not the ones snippets/convolution_stepper/same_as_conv2d.py shows"
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

    for padding, stride in [("0", "0"), ("-1", "1"), ("1.5", "1"), ("", "1"), ("1", ""), ("4", "1"), ("1", "x")]:
        page.fill(".stepper-padding", padding)
        page.fill(".stepper-stride", stride)
        error = widget.locator(".stepper-error")
        assert error.is_visible() and error.inner_text(), f"padding {padding!r}, stride {stride!r}"
        assert not widget.locator(".stepper-board").is_visible() and next_.is_disabled()
    page.fill(".stepper-padding", "0")
    page.fill(".stepper-stride", "1")
    assert not widget.locator(".stepper-error").is_visible() and next_.is_enabled()
    assert_clean(context)

"""Every page of both languages loads, with no outside request, failed request, console error or
broken image, and no code block that scrolls sideways; on a phone's width, no page scrolls sideways."""

import json
from typing import NamedTuple

import pytest
from site_browser import Recorder

from book.harness import one_process_at_a_time
from book.layout import SITE_PATH

pytestmark = pytest.mark.browser  # make check leaves it out

TOUR_TABS = 16  # pages loading at once: their idle waits (networkidle is 500 ms of silence) overlap


class Tour(NamedTuple):
    pages: dict[str, dict]  # path inside the site -> what was found there
    unattributed: list[str]  # outside requests that no page's route saw (a worker's, say)


PHONE = {"width": 390, "height": 844}  # an iPhone 12-15's screen in CSS pixels


@pytest.fixture(scope="module")
def tours(request, built_site, shared_folder):
    """Both tours, made once per run: the first worker to need them loads the pages while the
    other waits, then both read what it found (the tour is the suite's longest browser test)."""
    found = shared_folder / "tours.json"
    with one_process_at_a_time(shared_folder / "tours.lock"):
        if not found.exists():
            browser, origin = request.getfixturevalue("browser"), request.getfixturevalue("origin")
            found.write_text(json.dumps(take_the_tours(browser, origin, built_site)))
    desktop, phone = json.loads(found.read_text())
    return Tour(*desktop), Tour(*phone)


def take_the_tours(browser, origin, built_site):
    """Load every page of both languages once: at the browser's default 1280 pixels, what went
    wrong and which images did not load; then, the same page narrowed to a phone's 390 pixels (its
    CSS and Material's scripts follow the width as they do on a phone), how wide it is, which
    printed lines wrap, what the copy buttons cover. One load per page for both."""
    paths = sorted(
        html.relative_to(built_site).as_posix().removesuffix("index.html") for html in built_site.rglob("*.html")
    )
    context = browser.new_context()
    stray = Recorder(origin)
    stray.guard(context)
    desktop, phone = {}, {}
    for start in range(0, len(paths), TOUR_TABS):
        opened = []
        for path in paths[start : start + TOUR_TABS]:
            recorder = Recorder(origin)
            page = recorder.watch(context.new_page())
            opened.append((path, recorder, page, page.goto(f"{origin}{SITE_PATH}{path}", wait_until="commit")))
        for path, recorder, page, response in opened:
            page.wait_for_load_state("load")
            page.wait_for_load_state("networkidle")  # the search worker fetches its index after load
            desktop[path] = {
                "status": response.status,
                "heading": page.locator(".md-content h1").count(),
                "images": page.locator("img").count(),
                "broken images": page.evaluate(
                    "[...document.images].filter(img => !(img.complete && img.naturalWidth > 0)).map(img => img.src)"
                ),
                "code blocks": page.locator(".md-typeset pre > code").count(),
                "scrolling code": page.evaluate(
                    "[...document.querySelectorAll('.md-typeset pre > code')]"
                    ".filter(code => code.scrollWidth > code.clientWidth)"
                    ".map(code => code.textContent.split('\\n').reduce((a, b) => (b.length > a.length ? b : a)))"
                ),
                "covered by the copy button": page.evaluate(COVERED_BY_COPY_BUTTON),
                "external": recorder.external,
                "failed": recorder.failed,
                "errors": recorder.errors,
            }
            page.bring_to_front()  # a tab behind the others gets no animation frames: NEXT_FRAME would wait ~1.5 s
            page.set_viewport_size(PHONE)
            page.evaluate(NEXT_FRAME)  # the layout of the new width, drawn
            width, screen, outside = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth,"
                " [...document.querySelectorAll('body *')]"
                ".filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)"
                ".slice(0, 3).map(e => `${e.tagName.toLowerCase()}.${e.className}`)]"
            )
            phone[path or "/"] = {
                "wide": [f"{width} px wide on a {screen} px screen: {outside}"] if width > screen else [],
                "printed lines": page.locator(".highlight code .printed").count(),
                "wrapped printed lines": page.evaluate(
                    "[...document.querySelectorAll('.highlight code .printed')]"
                    ".filter(line => line.getClientRects().length > 1).map(line => line.textContent.slice(0, 60))"
                ),
                "covered by the copy button": page.evaluate(COVERED_BY_COPY_BUTTON),
                "errors": recorder.errors,  # at the phone's width too
            }
            page.close()
    context.close()
    return Tour(desktop, stray.external), Tour(phone, [])


@pytest.fixture(scope="module")
def tour(tours):
    return tours[0]


@pytest.fixture(scope="module")
def phone_tour(tours):
    return tours[1]


# Resolves after the browser has drawn twice: a layout change (a new viewport) is then in place.
NEXT_FRAME = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


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
    assert sum(page["images"] for page in tour.pages.values()) > 0, (
        "no page shows an image: is the figure check looking?"
    )
    assert not problems_in(tour, "broken images"), problems_in(tour, "broken images")


def test_no_copy_button_covers_code(tour):
    """At 1280 pixels too, no code block hides text under its copy button."""
    assert not problems_in(tour, "covered by the copy button"), problems_in(tour, "covered by the copy button")


def test_no_code_block_scrolls_sideways(tour):
    """At the browser's default 1280-pixel width: the snippets' lines fit (tests/test_lint.py keeps
    them within 80 characters) and long outputs wrap (docs/stylesheets/extra.css). Each problem names
    the block's longest line."""
    assert sum(page["code blocks"] for page in tour.pages.values()) > 0, "no code block measured"
    assert not problems_in(tour, "scrolling code"), problems_in(tour, "scrolling code")


# The copy button of each code block on the page (Material's, and mkdocs-jupyter's on notebook
# pages), scrolled to the end of its block's lines: the first line of text that runs under it.
COVERED_BY_COPY_BUTTON = """() => {
  const covered = [];
  for (const button of document.querySelectorAll('.md-code__nav, clipboard-copy')) {
    const block = button.closest('pre') || button.parentElement.parentElement.querySelector('pre');
    if (!block || !button.getBoundingClientRect().width) continue;
    const text = block.querySelector('code') || block;
    const scroller = [text, ...(function* () { for (let e = text.parentElement; e; e = e.parentElement) yield e; })()]
      .find(e => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible');
    if (scroller) scroller.scrollLeft = scroller.scrollWidth;
    const b = button.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(text);
    const under = [...range.getClientRects()].some(r => r.width > 0 && r.bottom > b.top + 1 && r.top < b.bottom - 1
      && r.right > b.left + 1 && r.left < b.right - 1);
    if (under) covered.push(block.textContent.trim().split('\\n')[0].slice(0, 60));
    if (scroller) scroller.scrollLeft = 0;
  }
  return covered;
}"""


def test_no_page_scrolls_sideways_on_a_phone(phone_tour):
    """At 390 pixels every page fits its width: a code block, table or formula may scroll inside its
    own box, but the page itself never does. Each problem names the elements that stick out."""
    assert len(phone_tour.pages) > 30, "no pages measured"
    assert not problems_in(phone_tour, "wide"), problems_in(phone_tour, "wide")


def test_printed_lines_keep_their_columns_on_a_phone(phone_tour):
    """A `#>` line (a printed tensor, a table's row) is one line on a phone, scrolling with its code
    block, never broken over two (docs/stylesheets/extra.css, hooks/printed_lines.py)."""
    assert sum(page["printed lines"] for page in phone_tour.pages.values()) > 500, "no printed lines found"
    assert not problems_in(phone_tour, "wrapped printed lines"), problems_in(phone_tour, "wrapped printed lines")


def test_no_copy_button_covers_code_on_a_phone(phone_tour):
    """Scrolled to the end of its lines, no code block hides text under its copy button."""
    assert not problems_in(phone_tour, "covered by the copy button"), problems_in(
        phone_tour, "covered by the copy button"
    )

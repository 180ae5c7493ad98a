"""What the browser tests share besides fixtures: Chromium's settings, the recorder of what went
wrong on a page, screenshots for a human (build/screenshots/) and the clean-page assertion."""

import re
from pathlib import Path
from urllib.parse import urlparse

from book.layout import REPO, SITE_PATH

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = REPO / "build" / "screenshots"


class Recorder:
    """What went wrong on the pages it watches. Requests that would leave 127.0.0.1 are recorded
    and aborted, so a test can never pass by reaching the internet."""

    def __init__(self, origin):
        self.origin = origin
        self.external, self.failed, self.errors = [], [], []
        # every URL but the site's own: the browser hands only those to Python, so that a page's own
        # files load without a round trip through this process each
        self.outside = re.compile(rf"^(?!{re.escape(origin)}/)")

    def guard(self, context):
        """Also abort outside requests that no watched page's own route sees (a worker's, say)."""
        context.route(self.outside, self.route)

    def watch(self, page):
        page.route(self.outside, self.route)
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


def screenshot(page, name, **options):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), **options)


def assert_clean(context):
    assert not context.recorder.problems(), "\n".join(context.recorder.problems())


def calculator_shows(page):
    """(size or None, error message or None) as the reader sees them."""
    answer, error = page.locator(".calc-answer"), page.locator(".calc-error")
    return (
        int(page.locator(".calc-result").inner_text()) if answer.is_visible() else None,
        error.inner_text() if error.is_visible() else None,
    )


def search(page, query) -> tuple[int, set[str]]:
    """Type query into the page's search box: how many documents Material says match, and the
    pages (folders inside the site) of the results it lists."""
    box = page.locator(".md-search__input")
    box.click()
    # Material searches on keyup; filling first means the only query it ever sees is the whole text,
    # so results for a prefix like "p" cannot satisfy a test.
    box.fill(query)
    box.press("End")
    page.wait_for_function(
        "query => document.querySelector('.md-search__input').value === query"
        " && /\\d|없|No matching/.test(document.querySelector('.md-search-result__meta').textContent)",
        arg=query,
        timeout=60_000,  # the worker indexes every page of both languages first
    )
    page.wait_for_timeout(200)  # the list follows the count
    found = re.search(r"\d+", page.locator(".md-search-result__meta").inner_text())
    links = page.locator(".md-search-result__item a.md-search-result__link")
    hrefs = links.evaluate_all("links => links.map(a => a.href.split('#')[0])")
    return (
        int(found[0]) if found else 0,
        {urlparse(href).path.removeprefix(SITE_PATH).strip("/") or "." for href in hrefs},
    )

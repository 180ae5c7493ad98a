"""The built site in a real browser: Debian's Chromium driven by Playwright, the site served from
127.0.0.1 under the path of its public address. Every module here is marked `browser` by its
`pytestmark` (`make check` leaves them out); the browser fixture refuses a module that is not."""

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from site_browser import CHROMIUM, CHROMIUM_ARGS, Recorder

from book.layout import SITE_PATH


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


# Module scope: each test module starts and stops its own server and Playwright event loop. (A
# full run with them alive until the end once hung when a snippet's DataLoader forked a worker.)
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
def browser(request):
    if request.node.get_closest_marker("browser") is None:
        pytest.fail(f"{request.node.name} needs `pytestmark = pytest.mark.browser`, or `make check` runs it")
    if not CHROMIUM.exists():
        pytest.fail("the browser tests need Chromium at /usr/bin/chromium: run `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


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

"""Every internal link of the built site lands on a page that exists, at an anchor that exists."""

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from book.layout import SITE_PATH

LINKING = {"a": "href", "link": "href", "img": "src", "script": "src", "source": "src", "iframe": "src"}


class Links(HTMLParser):
    def __init__(self, text: str):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.ids.update(attrs[key] for key in ("id", "name") if attrs.get(key))
        if attrs.get(LINKING.get(tag, "")):
            self.links.append(attrs[LINKING[tag]])


def target(site: Path, page: Path, link: str) -> tuple[Path, str] | None:
    """The built file and fragment an internal link points to; None for an external one."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return None
    if not parts.path:
        return page, unquote(parts.fragment)
    if parts.path.startswith("/"):  # only the 404 page uses absolute paths, under site_url's
        path = posixpath.relpath(parts.path, SITE_PATH)
    else:
        path = posixpath.join(page.parent.relative_to(site).as_posix(), parts.path)
    file = site / posixpath.normpath(unquote(path))
    return (file / "index.html" if parts.path.endswith("/") or file.is_dir() else file), unquote(parts.fragment)


def test_every_internal_link_and_anchor_resolves(built_site):
    pages = {path: Links(path.read_text()) for path in built_site.rglob("*.html")}
    problems = []
    for page, parsed in pages.items():
        for link in parsed.links:
            if (found := target(built_site, page, link)) is None:
                continue
            file, fragment = found
            where = f"{page.relative_to(built_site)}: {link}"
            if not file.is_file():
                problems.append(
                    f"{where} -> no {file.relative_to(built_site) if file.is_relative_to(built_site) else file}"
                )
            elif fragment and file.suffix == ".html" and fragment not in pages[file].ids:
                problems.append(f"{where} -> no id {fragment!r} in {file.relative_to(built_site)}")
    assert not problems, f"{len(problems)} broken links:\n" + "\n".join(sorted(set(problems)))

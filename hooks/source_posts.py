"""Every mention of a source post links to its row on the home page.

The book grew out of five Korean blog posts, numbered 000 to 004; the pages call them "post 002"
(Korean: 원글 002), a name a reader cannot take for a random seed. The home page lists them, one
row each (`#post-000` ... `#post-004`). A reader who lands on any chapter and meets "post 002" can
follow it there, so this hook turns each mention in the page's text into that link, rather than
each page writing 100-odd links by hand. Headings, links, code and the posts' quoted words are left
as they are (a link inside a heading, a link or a box's clickable title is not one a reader can
follow).
"""

from __future__ import annotations

import re

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from book.layout import build_language, language_home

# A mention: "post 002" (or "posts 000–004", the five at once), the words maybe across a line break.
MENTION = {
    "en": re.compile(r"\b(?P<text>[Pp]osts?\s+(?P<post>00[0-4])(?:(?P<range>[–-])004)?)(?!\d)"),
    "ko": re.compile(r"(?P<text>원글\s+(?P<post>00[0-4])(?:(?P<range>[–-])004)?)(?!\d)"),
}
# Text inside these elements stays as it is.
KEPT = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "q", "script", "style", "svg", "title", "summary"}
TAG = re.compile(r"(<[^>]*>)")
NAME = re.compile(r"<\s*(/)?\s*([a-zA-Z0-9]+)")


def link_mentions(html: str, language: str, home: str) -> str:
    """The page's HTML with each mention outside KEPT elements linked to `home#post-00N`."""
    mention = MENTION.get(language, MENTION["en"])
    depth = 0  # how many KEPT elements the text is inside
    pieces = []
    for piece in TAG.split(html):
        if piece.startswith("<"):
            tag = NAME.match(piece)
            if tag and tag[2].lower() in KEPT and not piece.endswith("/>"):
                depth += -1 if tag[1] else 1
            pieces.append(piece)
        elif depth == 0:
            pieces.append(mention.sub(lambda m: link(m, home), piece))
        else:
            pieces.append(piece)
    return "".join(pieces)


def link(mention: re.Match, home: str) -> str:
    anchor = "source-posts" if mention["range"] else f"post-{mention['post']}"
    return f'<a class="source-post" href="{home}#{anchor}">{mention["text"]}</a>'


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    language = build_language(config)
    home = get_relative_url(language_home(files), page.url).rstrip("/") + "/"  # "../", "./"
    return link_mentions(html, language, home)

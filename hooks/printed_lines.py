"""Marks each `#>` line of a code block, what a program printed, so the stylesheet can treat it
apart from the code's own comments (Pygments gives both the class `c1`).

A printed tensor or table must keep its columns: on a phone it scrolls with the code instead of
wrapping (docs/stylesheets/extra.css); only on a wide screen does a long printed message wrap.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

COMMENT = '<span class="c1">#&gt;'
PRINTED = '<span class="c1 printed">#&gt;'


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return html.replace(COMMENT, PRINTED)

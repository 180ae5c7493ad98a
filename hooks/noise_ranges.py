"""Next to each block whose output a training moves: what another run prints.

After a code fence that includes snippet sections whose `#>` lines change with the seed or the
kernels, a collapsed note shows each such line as the page prints it and as the range the noise
study measured (book/noise.py, bench/results/noise.json; `make noise` writes it), in the page's
language. The record is read once per build; without one the build fails and says how to make it.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from book import noise
from book.layout import build_language

_results: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _results
    try:
        _results = json.loads(noise.RESULTS.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise RuntimeError(
            f"{noise.RESULTS} cannot be read ({error}): the pages show its ranges next to every "
            "trained number; `make noise` writes it (about 30 minutes), or check it out from git"
        ) from error
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    folder = PurePosixPath(page.file.src_uri).parent.as_posix()  # the page's id, as book.layout.page_id
    return noise.annotate(markdown, _results, build_language(config), folder)

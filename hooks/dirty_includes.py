"""`make serve` rebuilds only the pages that changed (`mkdocs serve --dirty`). MkDocs judges a page
by its own file's time; a page also changes when a snippet or benchmark table it includes does, so
such a page counts as modified too. Full builds (`make build`, the tests) rebuild every page anyway.

`mkdocs serve` is also kept quiet: what it logs at every rebuild for the intended set-up (the dirty
build's warning, mkdocs-jupyter's line per notebook, the stale files of a dirty build) reads to a
newcomer as errors, so only that is dropped; every other warning and error, the serving address and
each rebuild still show. `mkdocs build` logs everything.
"""

from __future__ import annotations

import logging
import types
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from book.layout import include_target, includes


def _modified(file: File) -> bool:
    return True


EXPECTED_WHILE_SERVING = (
    "A 'dirty' build is being performed",  # we asked for it: `make serve` rebuilds only what changed
    "The directory contains stale files",  # the same: a dirty build does not clean
)
NOTEBOOK_LOGGERS = ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter")  # a line per notebook


def quiet_while_serving(record: logging.LogRecord) -> bool:
    """False for a log line that `make serve` prints at every rebuild of a healthy site."""
    if record.name in NOTEBOOK_LOGGERS and record.levelno <= logging.INFO:
        return False
    return not record.getMessage().startswith(EXPECTED_WHILE_SERVING)


def on_startup(command: str, dirty: bool) -> None:
    if command == "serve":
        for handler in logging.getLogger("mkdocs").handlers:
            handler.addFilter(quiet_while_serving)


@event_priority(-110)  # after mkdocs-static-i18n (-100), which makes every File anew
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for file in files.documentation_pages():
        page, built = Path(file.abs_src_path or ""), Path(file.abs_dest_path or "")
        if page.suffix != ".md" or not built.exists():
            continue
        included = [include_target(name) for name, _ in includes(page)]
        if any(source.exists() and source.stat().st_mtime > built.stat().st_mtime for source in included):
            file.is_modified = types.MethodType(_modified, file)
    return files

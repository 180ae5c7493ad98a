"""`make serve` rebuilds only the pages that changed (`mkdocs serve --dirty`). MkDocs judges a page
by its own file's time; a page also changes when a snippet or benchmark table it includes does, so
such a page counts as modified too. Full builds (`make build`, the tests) rebuild every page anyway.
"""

from __future__ import annotations

import types
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from book.layout import include_target, includes


def _modified(file: File) -> bool:
    return True


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

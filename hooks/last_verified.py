""" "Last verified" at the foot of every page, from build/last-verified.json.

The record is written by the last full test run (book/record_plugin.py), never typed. Without
one (a checkout where the whole suite has not run) the page says so rather than claim anything.
"""

from __future__ import annotations

import json
from datetime import datetime
from html import escape

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from book.layout import VERIFICATION_RECORD, build_language
from book.words import interface_words


def sentence(record: dict | None, language: str) -> str:
    words = interface_words(language, "LAST_VERIFIED")
    if record is None:
        return words[None]
    values = {key: escape(str(value)) for key, value in record.items()}
    commit = ""
    if record.get("commit"):
        commit = words["commit"].format(commit=values["commit"])
        commit += words["uncommitted"] if record.get("uncommitted_changes") else ""
    date = datetime.fromisoformat(record["finished"]).strftime("%Y-%m-%d %H:%M")
    device = values["device"]
    if record.get("pinned"):
        device += words["pinned"].format(**values)
    return words[record["ok"]].format(**{**values, "date": date, "commit": commit, "device": device})


_record: dict | None = None


def on_pre_build(*, config: MkDocsConfig) -> None:
    """Read the record once per build (`mkdocs serve` reads it again on each rebuild)."""
    global _record
    try:
        _record = json.loads(VERIFICATION_RECORD.read_text()) if VERIFICATION_RECORD.is_file() else None
    except json.JSONDecodeError as error:
        raise RuntimeError(
            f"{VERIFICATION_RECORD} is not a verification record ({error}): "
            "delete it, or run `make test` to write a new one"
        ) from error


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    return (
        html
        + f'\n<p class="last-verified" data-search-exclude><small>{sentence(_record, build_language(config))}</small></p>'
    )

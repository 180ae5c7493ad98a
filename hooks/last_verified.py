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

TEXT = {
    "en": {
        True: "Last verified {date} UTC: {passed} tests passed, {skipped} skipped, with torch {torch} on {device}{commit}.",
        False: "Last full verification {date} UTC: {failed} tests failed, {passed} passed, with torch {torch} on {device}{commit}.",
        None: "This build has no verification record (a full <code>make test</code> run writes one).",
        "commit": ", commit <code>{commit}</code>",
        "uncommitted": " with uncommitted changes",
        "pinned": " in the reproducible CPU mode ({kernels} kernels, {threads} thread)",
    },
    "ko": {
        True: "마지막 검사 {date} UTC: 테스트 {passed}개 통과, {skipped}개 건너뜀 (torch {torch}, {device}{commit}).",
        False: "마지막 전체 검사 {date} UTC: 테스트 {failed}개 실패, {passed}개 통과 (torch {torch}, {device}{commit}).",
        None: "이 빌드에는 검사 기록이 없습니다 (전체 <code>make test</code> 실행이 기록을 남깁니다).",
        "commit": ", 커밋 <code>{commit}</code>",
        "uncommitted": " + 커밋하지 않은 변경",
        "pinned": ", 재현 가능한 CPU 모드({kernels} 커널, 스레드 {threads}개)",
    },
}


def sentence(record: dict | None, language: str) -> str:
    words = TEXT.get(language, TEXT["en"])
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

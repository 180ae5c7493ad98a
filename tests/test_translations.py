"""The Korean edition mirrors the English one: each translated page includes the same code in the
same order and has the same header anchors (so links and language switching land in the same place)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from book.layout import DOCS, LANGUAGES, REPO, english_pages, includes, translation

HEADING_ID = re.compile(r'<h([1-6]) id="([^"]+)"')


def built_html(site: Path, page: Path, language: str | None = None) -> Path:
    relative = page.relative_to(DOCS).with_suffix("")
    folder = relative.parent if relative.name == "index" else relative
    return site / (language or "") / folder / "index.html"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_is_translated(language):
    missing = [str(p.relative_to(REPO)) for p in english_pages() if not translation(p, language).exists()]
    assert not missing, f"pages without a {language} translation: {missing}"


TRANSLATED = [(p, language) for p in english_pages() for language in LANGUAGES if translation(p, language).exists()]


@pytest.mark.parametrize(
    ("page", "language"), TRANSLATED, ids=lambda v: str(v.relative_to(DOCS)) if isinstance(v, Path) else v
)
def test_translation_includes_the_same_code(page, language):
    """The same snippet sections in the same order; a benchmark table in its own language
    (throughput.ko.md for throughput.md), rendered from the same numbers (test_bench_tables.py)."""
    translated = [
        (file.replace(f".{language}.md", ".md"), section) for file, section in includes(translation(page, language))
    ]
    assert translated == includes(page)
    tables = [file for file, _ in includes(translation(page, language)) if file.endswith(".md")]
    assert all(file.endswith(f".{language}.md") for file in tables), f"English tables on a {language} page: {tables}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_has_the_same_header_anchors(built_site, language):
    problems = []
    for page in (p for p, lang in TRANSLATED if lang == language):
        english = HEADING_ID.findall(built_html(built_site, page).read_text())
        translated = HEADING_ID.findall(built_html(built_site, page, language).read_text())
        if english != translated:
            problems.append(f"{page.relative_to(REPO)}:\n  en {english}\n  {language} {translated}")
    assert not problems, "\n".join(problems)


def last_change(path: Path) -> int:
    """Commit time of the file's last change; an uncommitted change counts as now."""
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", str(path)], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    stamp = subprocess.run(
        ["git", "log", "-1", "--format=%ct", "--", str(path)], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    return sys.maxsize if dirty or not stamp else int(stamp)


def stale_translations() -> list[str]:
    """Translations whose last change is older than their English page's."""
    return [
        f"{translation(page, language).relative_to(REPO)} is older than {page.relative_to(REPO)}"
        for page in english_pages()
        for language in LANGUAGES
        if translation(page, language).exists() and last_change(translation(page, language)) < last_change(page)
    ]

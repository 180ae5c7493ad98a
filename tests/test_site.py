"""The site builds with zero warnings, every include and figure resolves, nothing is left unused."""

import importlib.util
import itertools
import logging
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from book.layout import FIGURES, REPO, SNIPPETS, all_snippets, include_target, pages
from book.layout import includes as includes_of

FIGURE_REF = re.compile(r"[\w./-]*assets/figures/[\w./-]+\.(?:png|svg)")
EXTERNAL_RESOURCE = re.compile(
    r"<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=\"(?:https?:)?//"
    r"|<link\b[^>]*\bhref=\"(?:https?:)?//[^\"]*\"[^>]*\brel=\"(?:stylesheet|preload|preconnect|icon)"
    r"|<link\b[^>]*\brel=\"(?:stylesheet|preload|preconnect|icon)\"[^>]*\bhref=\"(?:https?:)?//"
    r"|@import\s+url\((?:https?:)?//"
)


def includes() -> list[tuple[Path, str, str | None]]:
    return [(page, file, section) for page in pages() for file, section in includes_of(page)]


def test_strict_build_has_no_warnings(site_build):
    assert site_build.returncode == 0 and not site_build.warnings, site_build.log
    for language in ("", "ko/"):
        assert (site_build.site / language / "index.html").is_file(), f"no {language}index.html"


def test_built_site_requests_nothing_from_the_internet(built_site):
    offenders = [
        f"{path.relative_to(built_site)}: {match.group(0)}"
        for path in built_site.rglob("*")
        if path.suffix in {".html", ".css"}
        for match in EXTERNAL_RESOURCE.finditer(path.read_text(errors="replace"))
    ]
    assert not offenders, "\n".join(offenders)


def test_every_include_names_an_existing_file_and_section():
    problems = []
    for page, file, section in includes():
        target = include_target(file)
        if not target.is_file():
            problems.append(f"{page.relative_to(REPO)}: {file} does not exist")
        elif section and f"# --8<-- [start:{section}]" not in target.read_text():
            problems.append(f"{page.relative_to(REPO)}: {file} has no section {section!r}")
    assert not problems, "\n".join(problems)


def test_every_snippet_is_shown_on_some_page():
    included = {SNIPPETS / file for _, file, _ in includes()}
    unused = [str(p.relative_to(REPO)) for p in all_snippets() if p not in included]
    assert not unused, f"snippets no page includes: {unused}"


def test_every_referenced_figure_exists_and_none_is_orphaned():
    referenced = {
        (page.parent / ref).resolve(): page for page in pages() for ref in FIGURE_REF.findall(page.read_text())
    }
    missing = [f"{page.relative_to(REPO)} -> {path}" for path, page in referenced.items() if not path.exists()]
    korean_shown = {  # a Korean page linking `<name>-N.png` shows `<name>-N.ko.png` where there is one
        (page.parent / ref).resolve().with_suffix(".ko.png")
        for page in pages()
        if page.suffixes == [".ko", ".md"]
        for ref in FIGURE_REF.findall(page.read_text())
    }
    orphaned = [
        str(p.relative_to(REPO))
        for p in FIGURES.rglob("*.png")
        if p.resolve() not in referenced and p.resolve() not in korean_shown
    ]
    assert not missing, f"figures referenced but missing: {missing}"
    assert not orphaned, f"figures no page shows: {orphaned}"


def test_each_site_shows_the_figures_in_its_language(built_site):
    """The Korean site serves `<name>-N.ko.png` (the figure with its text in Korean, book/figure_text.py)
    where the page links `<name>-N.png`; the English site, and the Korean one where no variant exists,
    serve the English file. Checked on the images the built pages show."""
    problems, korean_shown = [], set()
    for html in built_site.rglob("index.html"):
        korean = html.relative_to(built_site).parts[0] == "ko"
        for source in re.findall(r'<img[^>]*\bsrc="([^"]*assets/figures/[^"]+\.png)"', html.read_text()):
            served = (html.parent / source).resolve()
            # .../assets/figures/<chapter>/<name>-N.png, under the site root or under ko/
            english = FIGURES.joinpath(*served.parts[-2:])
            variant = english.with_suffix(".ko.png")
            expected = variant if korean and variant.exists() else english
            if expected == variant:
                korean_shown.add(variant)
            if not served.is_file() or served.read_bytes() != expected.read_bytes():
                problems.append(f"{html.relative_to(built_site)}: {source} is not {expected.relative_to(REPO)}")
    assert not problems, "\n".join(problems)
    assert korean_shown == set(FIGURES.rglob("*.ko.png")), "not every Korean figure is shown"


def make_recipe(target: str) -> list[str]:
    """The command lines of a Makefile target."""
    lines = (REPO / "Makefile").read_text().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{target}:"))
    return [line.strip() for line in itertools.takewhile(lambda line: line.startswith("\t"), lines[start + 1 :])]


@pytest.mark.parametrize("target", ["serve", "build"])
def test_serving_keeps_what_make_test_installed(target):
    """`make serve` after `make test` in one clone: its `uv sync` removes nothing (uv's dry run says it
    would change nothing in the test environment), so `make test` afterwards reinstalls nothing."""
    (sync,) = [line for line in make_recipe(target) if " sync " in line]
    uv = os.environ.get("UV") or shutil.which("uv")  # `uv run` names itself in $UV
    assert uv, "uv is not on PATH: `make uv` installs it"
    command = [uv, *sync.replace("$(UV)", "").split(), "--dry-run"]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True, check=True)
    assert "Would make no changes" in result.stderr + result.stdout, result.stderr


def test_serve_drops_only_the_lines_every_healthy_rebuild_prints():
    spec = importlib.util.spec_from_file_location("dirty_includes", REPO / "hooks" / "dirty_includes.py")
    dirty_includes = importlib.util.module_from_spec(spec)  # hooks/ is not a package: loaded as MkDocs does
    spec.loader.exec_module(dirty_includes)

    def record(name: str, level: int, message: str) -> logging.LogRecord:
        return logging.LogRecord(name, level, __file__, 0, message, None, None)

    keeps = dirty_includes.quiet_while_serving
    assert not keeps(record("mkdocs.commands.build", logging.WARNING, "A 'dirty' build is being performed, this"))
    assert not keeps(record("mkdocs.plugins.mkdocs_jupyter", logging.INFO, "Copied jupyter file: a.ipynb"))
    assert keeps(record("mkdocs.plugins.mkdocs_jupyter", logging.WARNING, "a notebook failed to convert"))
    assert keeps(record("mkdocs.commands.build", logging.WARNING, "Doc file 'a.md' contains a link 'b.md'"))
    assert keeps(record("mkdocs.livereload", logging.INFO, "Serving on http://127.0.0.1:8000/verified-cnn-book/"))

"""Every page is a program: its Python blocks, copied in order into a fresh interpreter, run and
print and draw what the page shows (book/program.py says exactly how they are run)."""

import ast
import html
import re
import subprocess
import sys
from dataclasses import replace

import pytest

from book import long_runs
from book import program as programs
from book.blocks import fences, page_blocks, page_program, pages_with_code
from book.layout import DOCS, INCLUDE, LANGUAGES, PAGE_PACKAGES, TRAINING_PAGES, english_pages, page_id, translation

# The Korean pages show the same blocks (tests/test_translations.py checks the includes, and
# test_blocks_are_what_the_built_pages_show below the rendered code of both languages); a
# translation whose program differs (code written in the page, with a comment in Korean) runs too.
PAGES = pages_with_code(english_pages())
TRANSLATED_PROGRAMS = [
    translation(page, language)
    for page in PAGES
    for language in LANGUAGES
    if page_program(translation(page, language)).text != page_program(page).text
]


def program_id(page) -> str:
    language = page.suffixes[0].lstrip(".") if len(page.suffixes) > 1 else ""
    return page_id(page) + (f".{language}" if language else "")


def program_case(page):
    """A page's program as a test case; a page of TRAINING_PAGES trains on Fashion-MNIST and is
    marked `training` (`make check` leaves it out; tests/conftest.py starts it first)."""
    marks = [pytest.mark.training] if page_id(page) in TRAINING_PAGES else []
    return pytest.param(page, marks=marks, id=program_id(page))


@pytest.mark.parametrize("page", [program_case(page) for page in PAGES + TRANSLATED_PROGRAMS])
def test_page_runs_as_one_program(page, snippet_workdir, tmp_path_factory, update_outputs):
    """A page with a long run (book/long_runs.py) runs its short version, whose output in the long
    run's blocks is the one `make long-runs` recorded with the whole run; its other blocks are
    checked against the page like every page's."""
    program = page_program(page)
    long_run = long_runs.LONG_RUNS.get(page_id(page))
    text, skip = None, long_run.drawn_whole if long_run else frozenset()
    if long_run:
        text = (long_runs.short_program if update_outputs else long_runs.checked_program)(program, long_run)
    run = programs.run_page(program, snippet_workdir, tmp_path_factory.mktemp("program"), text=text)
    if update_outputs:
        if long_run:  # its own lines come from the whole run, written by `make long-runs`
            run = replace(run, printed=long_runs.as_page(program, long_run, run.printed))
        programs.rewrite(program, run, skip)
        return
    problems = programs.output_differences(program, run) + programs.figure_differences(program, run, skip)
    if problems and long_run:
        problems.append(f"(the long run's lines are its first epochs, as {long_runs.RECORD.name} recorded them)")
    assert not problems, "\n\n".join(problems)


def test_every_name_is_defined_before_a_block_uses_it(tmp_path):
    """The static half of the check above, in seconds and without training (so `make check` has
    it): pyflakes' undefined names (ruff F821) over each page's program, in page order."""
    for page in PAGES:
        (tmp_path / f"{page_id(page)}.py").write_text(page_program(page).text)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--select",
            "F821,F823",
            "--output-format",
            "concise",
            ".",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    problems = []
    for match in re.finditer(r"^(?P<page>[\w-]+)\.py:(?P<line>\d+):\d+: (?P<message>.*)$", result.stdout, re.M):
        page = next(page for page in PAGES if page_id(page) == match["page"])
        where = page_program(page).where(int(match["line"]))
        problems.append(f"{page.relative_to(DOCS)}: {where}: {match['message']}")
    assert result.returncode == 0 and not problems, "\n".join(problems) or result.stderr


# What the home page asks a reader to install, and what those bring with them (torchvision and
# matplotlib both require numpy and pillow).
INSTALLED_BY_THE_READER = ("torch", "torchvision", "matplotlib", "numpy", "PIL")


def test_pages_import_only_the_standard_library_and_what_the_home_page_installs():
    """...or what the page itself says to install (book/layout.py PAGE_PACKAGES), in its code."""
    problems = []
    for page in PAGES:
        extra = PAGE_PACKAGES.get(page_id(page), ())
        text = page_program(page).text
        if extra and f"pip install {' '.join(extra)}" not in text:
            problems.append(f"{page.relative_to(DOCS)}: its code never says `pip install {' '.join(extra)}`")
        for node in ast.walk(ast.parse(text)):
            names = [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            names += [node.module] if isinstance(node, ast.ImportFrom) and node.module else []
            for name in names:
                top = name.split(".")[0]
                if top not in sys.stdlib_module_names and top not in INSTALLED_BY_THE_READER + extra:
                    problems.append(f"{page.relative_to(DOCS)}: imports {name}")
    assert not problems, "\n".join(problems)


CODE = re.compile(
    r'<div class="highlight">(?:<span class="filename">[^<]*</span>)?<pre><span></span><code>(.*?)</code></pre>', re.S
)


def rendered_code(built_page) -> list[str]:
    """The text of each code block of a built page: what the copy button copies."""
    return [html.unescape(re.sub(r"<[^>]+>", "", code)).rstrip("\n") for code in CODE.findall(built_page.read_text())]


def test_blocks_are_what_the_built_pages_show(built_site):
    """The program is made of exactly the code the rendered page shows, in order, in both languages
    (Markdown expands a tab to the next multiple of 4 columns, as in post 002's log lines; the copy
    button then copies spaces, which only ever sit in a `#>` comment)."""
    problems = []
    for english in PAGES:
        folder = english.parent.relative_to(DOCS)
        for prefix, page in [("", english)] + [(f"{code}/", translation(english, code)) for code in LANGUAGES]:
            shown = iter(rendered_code(built_site / prefix / folder / "index.html"))
            for block in page_blocks(page):
                expected = "\n".join(line.expandtabs(4) for line in block.code.rstrip("\n").split("\n"))
                if not any(code == expected for code in shown):  # in order: the iterator moves on
                    problems.append(f"{page.relative_to(DOCS)}:{block.line}: not shown as the program has it")
                    break
    assert not problems, "\n".join(problems)


PAGES_WITH_INCLUDES = [
    shown
    for page in english_pages()
    for shown in (page, *(translation(page, language) for language in LANGUAGES))
    if INCLUDE.search(shown.read_text())
]


def test_pages_with_includes_are_found():
    assert len(PAGES_WITH_INCLUDES) > 20, PAGES_WITH_INCLUDES


@pytest.mark.parametrize("page", PAGES_WITH_INCLUDES, ids=program_id)
def test_a_block_is_titled_with_the_file_it_includes(page):
    """A block's title names the snippet file its include line shows (written twice in the page,
    so the two must agree): the reader who opens the titled file finds the code there."""
    lines = page.read_text().splitlines()
    wrong = []
    for opening, closing, _, info in fences(lines):
        included = {match["file"] for line in lines[opening + 1 : closing] if (match := INCLUDE.search(line))}
        title = re.search(r'title="([^"]*)"', info)
        if included and (title is None or {f"snippets/{file}" for file in included} != {title[1]}):
            wrong.append(f"{page.name}:{opening + 1}: titled {title and title[1]!r}, shows {sorted(included)}")
    assert not wrong, "\n".join(wrong)

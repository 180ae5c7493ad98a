"""Every measured number a page states in prose is one its code prints.

The `#>` lines are checked against real runs (test_pages.py); a sentence that quotes "89.74%"
is only as true as the output it quotes. So each decimal or percentage in a page's prose (outside
code, math and link targets) must equal a number in the `#>` output of the snippets that page
includes, or, for a decimal such as a learning rate, a number written in their code. Integers of
three or more digits ("1352 mistakes", "482 shirts", "60,000 images") are held to the same rule:
printed or written by the included code. Years (1900-2099 without a comma), zero-padded seed
numbers (000-004) and image sizes (200×200) are not measurements and are left out. Timings are
the one exception to "checked on every run": they quote the benchmark tables the page includes
(bench/results/*.md, written by `make bench` with the machine and date). A training page may also
quote the lowest and highest of a number over the rerun study's runs, which the note under its block
shows (records/reruns.json, written by `make reruns`; tests/test_rerun_study.py keeps it current). When `make
outputs` changes a result, this test names every sentence that still quotes the old one.
"""

import re
from pathlib import Path

import pytest

from book import rerun_record
from book.layout import DOCS, REPO, include_target, includes, page_id, pages, section_lines

PROSE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?%|(?<![\w.,])\d[\d,]*\.\d+")
# Not after or before a Latin letter, digit or ×; Korean counters (1352개) do not protect a number.
PROSE_INTEGER = re.compile(r"(?<![0-9A-Za-z_.,×-])(\d{1,3}(?:,\d{3})+|[1-9]\d{2,})(?![0-9A-Za-z_,%×]|\.\d)")
NUMBER = re.compile(r"\d[\d,_]*(?:\.\d+)?")
# Code, formulas, link targets, attributes, and a version after its software's name (not a measurement).
NOT_PROSE = re.compile(r"`[^`]*`|\$[^$]*\$|\]\([^)]*\)|\{[^}]*\}|\b(?:Python|PyTorch|torch|파이썬) \d+(?:\.\d+)+")


def value(number: str) -> float:
    return float(number.rstrip("%").replace(",", "").replace("_", ""))


def is_year(number: str) -> bool:
    return len(number) == 4 and 1900 <= int(number) <= 2099


def prose_lines(text: str):
    in_fence = in_math = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("```"):
            in_fence = not in_fence
        elif stripped == "$$":
            in_math = not in_math
        elif not (in_fence or in_math or stripped.startswith("--8<--")):
            yield number, NOT_PROSE.sub("", line)


def numbers_of_included_snippets(page: Path) -> tuple[set[float], set[float]]:
    """The numbers the page's included code prints and writes: the sections it shows, not the rest of
    their files (a docstring the reader never sees backs nothing)."""
    printed, written = set(), set()
    for name, section in includes(page):
        if name.endswith(".md"):  # a benchmark table: all of it was printed by a run
            printed.update(value(n) for n in NUMBER.findall(include_target(name).read_text()))
            continue
        for _, line in section_lines(name, section):
            target = printed if line.strip().startswith("#>") else written
            target.update(value(n) for n in NUMBER.findall(line))
    printed.update(studied_ranges(page_id(page)))
    return printed, written


STUDY = rerun_record.load() or {"blocks": []}  # read once for every page


def studied_ranges(page: str) -> set[float]:
    """The lowest and highest of every number of the page that the rerun study saw move, as the note
    under its block prints them."""
    return {
        float(f"{bound:{spread.format}}")
        for block in STUDY["blocks"]
        if block["page"] == page
        for line in block["lines"] or []
        for spread in rerun_record.spreads(line)
        if spread
        for bound in (spread.lowest, spread.highest)
    }


@pytest.mark.parametrize("page", pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_prose_numbers_are_printed_by_the_code(page):
    text = page.read_text()
    printed, written = numbers_of_included_snippets(page)
    unbacked = [
        f"{page.relative_to(REPO)}:{line_number}: {number}"
        for line_number, line in prose_lines(text)
        for number in PROSE_NUMBER.findall(line)
        if value(number) not in printed and (number.endswith("%") or value(number) not in written)
    ]
    unbacked += [
        f"{page.relative_to(REPO)}:{line_number}: {number}"
        for line_number, line in prose_lines(text)
        for number in PROSE_INTEGER.findall(line)
        if not is_year(number) and value(number) not in printed | written
    ]
    assert not unbacked, "numbers in prose that no included snippet prints:\n" + "\n".join(unbacked)

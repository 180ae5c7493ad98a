"""Every measured number a page states in prose is one its code prints.

The `#>` lines are checked against real runs (test_snippets.py); a sentence that quotes "89.74%"
is only as true as the output it quotes. So each decimal or percentage in a page's prose (outside
code, math and link targets) must equal a number in the `#>` output of the snippets that page
includes, or, for a decimal such as a learning rate, a number written in their code. Timings are
the one exception to "checked on every run": they quote the benchmark tables the page includes
(bench/results/*.md, written by `make bench` with the machine and date). When `make
outputs` changes a result, this test names every sentence that still quotes the old one.
"""

import re
from pathlib import Path

import pytest

from harness import REPO, SNIPPETS

DOCS = REPO / "docs"
BENCH_RESULTS = REPO / "bench" / "results"
INCLUDE = re.compile(r'--8<--\s+"([^":]+)')
PROSE_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})*(?:\.\d+)?%|(?<![\w.,])\d[\d,]*\.\d+")
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
NOT_PROSE = re.compile(r"`[^`]*`|\$[^$]*\$|\]\([^)]*\)|\{[^}]*\}")


def value(number: str) -> float:
    return float(number.rstrip("%").replace(",", ""))


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


def numbers_of_included_snippets(page_text: str) -> tuple[set[float], set[float]]:
    printed, written = set(), set()
    for name in set(INCLUDE.findall(page_text)):
        if name.endswith(".md"):  # a benchmark table: all of it was printed by a run
            printed.update(value(n) for n in NUMBER.findall((BENCH_RESULTS / name).read_text()))
            continue
        for line in (SNIPPETS / name).read_text().splitlines():
            target = printed if line.strip().startswith("#>") else written
            target.update(value(n) for n in NUMBER.findall(line))
    return printed, written


@pytest.mark.parametrize("page", sorted(DOCS.rglob("*.md")), ids=lambda p: str(p.relative_to(DOCS)))
def test_prose_numbers_are_printed_by_the_code(page):
    text = page.read_text()
    printed, written = numbers_of_included_snippets(text)
    unbacked = [
        f"{page.relative_to(REPO)}:{line_number}: {number}"
        for line_number, line in prose_lines(text)
        for number in PROSE_NUMBER.findall(line)
        if value(number) not in printed and (number.endswith("%") or value(number) not in written)
    ]
    assert not unbacked, "numbers in prose that no included snippet prints:\n" + "\n".join(unbacked)

"""The rerun study's record (records/reruns.json, written by `make reruns`): for each `#>`
block of a training page whose numbers move under other seeds and kernels (book/rerun_study.py),
each line's numbers over the runs, summarised as a Spread. What the record allows: the ranges the
pages show (hooks/rerun_ranges.py), the claims over runs (book/claims.py), and the GPU tier's
comparison, each moving number within `tolerance` of the page's and every other character the same.

No torch or numpy at import: the MkDocs hook reads it.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from pathlib import Path

from book.layout import NUMBER, RECORDS, read_record

RESULTS = RECORDS / "reruns.json"


@dataclass(frozen=True)
class Spread:
    mean: float
    std: float
    lowest: float
    highest: float
    format: str  # as the page prints the number: ".2f", ".1e"
    values: tuple[float, ...]  # one per sample, in SAMPLES' order: for paired comparisons

    @property
    def range(self) -> float:
        return self.highest - self.lowest

    @classmethod
    def of(cls, values: list[float], format: str) -> Spread:
        return cls(statistics.fmean(values), statistics.stdev(values), min(values), max(values), format, tuple(values))

    def as_text(self) -> str:
        return f"{self.lowest:{self.format}}\u2013{self.highest:{self.format}}"


def number_format(token: str) -> str:
    """The format that prints a number as the page's token does: `89.78` .2f, `2.1e-16` .1e."""
    mantissa, _, exponent = token.lower().partition("e")
    places = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return f".{places}{'e' if exponent else 'f'}"


def summarise_line(lines: list[str]) -> dict:
    """One output line as each sample printed it (the page's first): its numbers' spreads, where
    every sample printed the same text around them; else the distinct lines."""
    page = lines[0]
    texts = {tuple(NUMBER.split(line)) for line in lines}
    if len(texts) > 1:
        return {"page": page, "variants": sorted(set(lines))}
    columns = list(zip(*(NUMBER.findall(line) for line in lines)))
    spreads = [
        None if len(set(map(float, column))) == 1 else Spread.of([float(v) for v in column], number_format(column[0]))
        for column in columns
    ]
    return {"page": page, "numbers": [spread and spread.__dict__ for spread in spreads]}


def moves(line: dict) -> bool:
    return "variants" in line or any(line["numbers"])


def summarise_block(samples: list[list[str]]) -> list[dict] | None:
    """A `#>` block as each sample printed it (the page's first); None where no sample differs."""
    if all(lines == samples[0] for lines in samples):
        return None
    if len({len(lines) for lines in samples}) > 1:
        raise ValueError(
            "a sample printed another number of lines than the page:\n" + "\n---\n".join(map("\n".join, samples))
        )
    return [summarise_line(list(lines)) for lines in zip(*samples)]


def load(path: Path = RESULTS) -> dict | None:
    return read_record(path)


def blocks_of(results: dict, page: str, file: str, section: str | None) -> list[dict]:
    """The study's blocks of a snippet section as one page runs it (another page that includes the
    same section runs it after other code, and was studied, or not, on its own)."""
    return [
        block
        for block in results["blocks"]
        if (block["page"], block["file"], block["section"]) == (page, file, section)
    ]


def spreads(line: dict) -> list[Spread | None]:
    return [
        Spread(**{**number, "values": tuple(number["values"])}) if number else None
        for number in line.get("numbers", [])
    ]


def tolerance(spread: Spread) -> float:
    """How far a run on other hardware (the GPU tier) may move a number: three standard deviations of
    the study, never less than its lowest-to-highest range, so a number any rerun printed passes. The
    one definition: the verification page says it in words, the GPU tier's record prints it per
    number. (It needs no upper bound of its own: a standard deviation of n values is at most
    sqrt(n / (4 (n - 1))) of their range, so three of them at five runs are at most 1.68 ranges.)"""
    return max(3 * spread.std, spread.range)


def beyond_tolerance(page_lines: list[str], other_lines: list[str], block: dict | None) -> list[str]:
    """Where another run's lines of one block (the GPU tier's) leave the page's: another number of
    lines, other text around the numbers, a number that moves beyond its tolerance, or any change
    in a line or number that the study saw stay the same. Only lines the study saw print other text
    (a kernel's name) are let be."""
    return compare(page_lines, other_lines, block)[0]


def compare(page_lines: list[str], other_lines: list[str], block: dict | None) -> tuple[list[str], list[dict]]:
    """beyond_tolerance's problems, and each number of the block that the study saw move, as the
    page and the other run print it, with its tolerance (the GPU tier's record shows them)."""
    if len(page_lines) != len(other_lines):
        return [f"{len(other_lines)} lines printed, {len(page_lines)} on the page"], []
    problems, numbers = [], []
    for index, (page_line, other_line) in enumerate(zip(page_lines, other_lines)):
        line = block["lines"][index] if block and block["lines"] else None
        if line is not None and "variants" in line:
            continue
        if line is None or NUMBER.split(page_line) != NUMBER.split(other_line):  # the study saw it stay
            if page_line != other_line:
                problems.append(f"page:      {page_line}\n  other run: {other_line}")
            continue
        for expected, actual, spread in zip(NUMBER.findall(page_line), NUMBER.findall(other_line), spreads(line)):
            if not spread:
                if actual != expected:
                    problems.append(f"page:      {page_line}\n  other run: {other_line}\n  {expected} never moved")
                continue
            within = abs(float(actual) - float(expected)) <= tolerance(spread)
            numbers.append(
                {"line": page_line, "page": expected, "other": actual, "tolerance": tolerance(spread), "within": within}
            )
            if not within:
                problems.append(
                    f"page:      {page_line}\n  other run: {other_line}\n  {actual} is more than "
                    f"{tolerance(spread):.3g} from {expected} (rerun study: {spread.as_text()})"
                )
    return problems, numbers

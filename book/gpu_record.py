"""The record of the last GPU tier run (records/gpu_tier.py writes records/gpu_tier.json), and
what the verification page shows of it: records/gpu_tier.md and gpu_tier.ko.md, rendered here
and compared with a fresh rendering by tests/test_gpu_record.py, so nothing in them is typed.

Without a record the page says that no GPU run has been recorded, and on which machines the book
was verified instead. No torch here: the record is read and rendered on any machine.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

from book.layout import LANGUAGES, RECORDS, localized, page_file, page_title, read_record
from book.words import interface_words

RECORD = RECORDS / "gpu_tier.json"
OUTCOMES = ("passed", "failed", "error", "skipped")


def load(path: Path = RECORD) -> dict | None:
    return read_record(path)


def outcomes_of(junit_xml: str) -> list[dict]:
    """Each test of a pytest --junitxml report: its name, outcome and seconds."""
    tests = []
    for case in ElementTree.fromstring(junit_xml).iter("testcase"):
        outcome = next((tag for tag in ("failure", "error", "skipped") if case.find(tag) is not None), "passed")
        tests.append(
            {
                "test": case.get("name"),
                "outcome": "failed" if outcome == "failure" else outcome,
                "seconds": round(float(case.get("time", 0)), 1),
            }
        )
    return tests


def title(page: str, language: str) -> str:
    return page_title(page_file(page, language))


def farthest(numbers: list[dict]) -> dict:
    """The number that moved farthest, as a share of its tolerance."""
    return max(numbers, key=lambda n: abs(float(n["other"]) - float(n["page"])) / n["tolerance"])


def render(record: dict | None, language: str = "en") -> str:
    words = interface_words(language, "GPU_RECORD")
    if record is None:
        return words[None] + "\n"
    counts = {outcome: sum(t["outcome"] == outcome for t in record["tests"]) for outcome in OUTCOMES}
    outcomes = ", ".join(words["outcomes"][o].format(n=n) for o, n in counts.items() if n)
    minutes = f"{sum(t['seconds'] for t in record['tests']) / 60:.1f}"
    text = [words["run"].format(**record, outcomes=outcomes, minutes=minutes)]
    failed = [f"`{t['test']}`" for t in record["tests"] if t["outcome"] in ("failed", "error")]
    if failed:
        text.append(words["failures"].format(names=", ".join(failed)))
    rows = []
    for page, numbers in record["numbers"].items():
        link = f"[{title(page, language)}](../{page}/index.md)"
        if not numbers:
            rows.append((link, "0", "0", words["none"]))
            continue
        far = farthest(numbers)
        cell = words["farthest"].format(**{**far, "tolerance": f"{far['tolerance']:.3g}"})
        rows.append((link, str(len(numbers)), str(sum(n["within"] for n in numbers)), cell))
    table = [
        "| " + " | ".join(words["columns"]) + " |",
        "| " + " | ".join("---" for _ in words["columns"]) + " |",
        *("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows),
    ]
    return " ".join(text) + "\n\n" + words["lead"] + "\n\n" + "\n".join(table) + "\n"


def path(language: str = "en") -> Path:
    return localized(RECORDS / "gpu_tier.md", language)


def write(record: dict | None = None) -> None:
    """Render gpu_tier.md and gpu_tier.ko.md from the record (the committed one by default)."""
    record = load() if record is None else record
    for language in ("en", *LANGUAGES):
        path(language).write_text(render(record, language))


if __name__ == "__main__":  # `python -m book.gpu_record`: re-render the page's section from the record
    write()

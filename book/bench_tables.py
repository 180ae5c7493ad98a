"""The benchmark tables the pages show (CNN models, Modern CNNs, Generalisation, Training fast), rendered from bench/results/<name>.json:
<name>.md for the English page and <name>.ko.md for the Korean one, the same numbers in both.

The Korean words live in book/words_ko.py (BENCH_TEXT, one entry per column, row label and note a
benchmark writes; BENCH_PATTERNS for labels with numbers); a benchmark that writes a new one fails
to render until the entry is added, so no English reaches the Korean page. No torch here: the tests render the tables to compare them with the committed ones.
"""

from __future__ import annotations

import json
import re

from book.layout import BENCH_RESULTS, KOREAN, LANGUAGES, localized
from book.words import interface_words

# The benchmarks whose tables a page includes (reproducible_cpu.py renders its own proof table).
TABLES = (
    "throughput",
    "compile_speed",
    "time_to_accuracy",
    "accuracy_in_a_minute",
    "generalisation",
    "modern_cnns",
    "training_fast_ablations",
    "batchnorm_seeds",
    "efficient_cnns",
    "efficient_cnns_latency",
    "training_loop_loader",
    "training_loop_precision",
    "training_loop_export",
    "training_loop_ema",
    "pinned_mode_cost",
    "records_target",
    "records_minute",
    "shift_cost",
    "records_first_layer",
    "records_minute_frozen",
    "records_target_frozen",
    "records_minute_confirm",
)

RATIO = re.compile(r"^(\d+(?:\.\d+)?)x$")  # "2.41x"
THREADS = re.compile(r", (\d+) threads?$")  # "AMD EPYC, 2 threads"


def korean(text: str, name: str) -> str:
    units = interface_words(KOREAN, "BENCH_UNITS")
    if text == "":
        return text
    if match := RATIO.match(text):
        return units["ratio"].format(match[1])
    for pattern, replacement in interface_words(KOREAN, "BENCH_PATTERNS"):
        if pattern.match(text):
            return pattern.sub(replacement, text)
    try:
        return interface_words(KOREAN, "BENCH_TEXT")[text]
    except KeyError:
        raise KeyError(
            f"bench/results/{name}.json: no Korean for {text!r}; add it to BENCH_TEXT in book/words_ko.py"
        ) from None


def render(name: str, language: str = "en") -> str:
    """The table and its caption (where and when it was measured) in `language`."""
    result = json.loads((BENCH_RESULTS / f"{name}.json").read_text())
    columns = list(result["rows"][0])
    cells = [[str(row[column]) for column in columns] for row in result["rows"]]
    headers = [column.replace("_", " ") for column in columns]
    notes = result["notes"].strip()
    words = interface_words(language, "BENCH_TABLE")
    machine = result["machine"]
    if language == KOREAN:
        headers = [korean(header, name) for header in headers]
        cells = [[cell if _is_number(cell) else korean(cell, name) for cell in row] for row in cells]
        machine = THREADS.sub(lambda match: interface_words(KOREAN, "BENCH_UNITS")["threads"].format(match[1]), machine)
        notes = korean(notes, name) if notes else ""
    caption = words["caption"].format(
        script=result.get("script", f"{name}.py"),  # the script that wrote it
        machine=machine,
        torch=result["torch"],
        date=result["date"],
        notes=notes,
    )
    table = [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
        *("| " + " | ".join(row) + " |" for row in cells),
    ]
    return "\n".join(table) + "\n\n" + caption.strip() + "\n"


def _is_number(text: str) -> bool:
    """A number, or a mean ± standard deviation."""
    try:
        for part in text.split(" ± ", 1):
            float(part)
    except ValueError:
        return False
    return True


def path(name: str, language: str = "en"):
    return localized(BENCH_RESULTS / f"{name}.md", language)


def write(name: str) -> None:
    """Render <name>.md and <name>.ko.md from <name>.json."""
    for language in ("en", *LANGUAGES):
        path(name, language).write_text(render(name, language))


if __name__ == "__main__":  # `python -m book.bench_tables`: re-render every table from its .json
    for table in TABLES:
        write(table)

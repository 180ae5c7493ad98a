"""What does the reproducible CPU mode cost? Each training page run as one program, as `make test`
runs it (a long run's page without its long run: book/long_runs.py), once in the pinned mode
(book/reproducible.py: AVX2 kernels, MKL's compatible mode) and once with the kernels PyTorch picks
for this processor, both on one thread, one process at a time, the order alternating from page to
page: seconds of each and their ratio. One run each, on a machine not kept idle.
    PYTHONPATH=snippets uv run python bench/pinned_mode_cost.py [page ...]
"""

import os
import tempfile
import time
from pathlib import Path

import torch

from _common import data_root, record
from book.blocks import page_program
from book.dataset import data_folder_in
from book.layout import DATA, DOCS, TRAINING_PAGES
from book.long_runs import LONG_RUNS, short_program
from book.program import run_page
from book.rerun_study import Sample
from book.scripts import command_line

# The page's own seeds, one thread: the pinned mode, and PyTorch's kernels for this processor.
PINNED, DEFAULT = "pinned", "PyTorch's choice"
SETTINGS = {PINNED: Sample(0, "pinned", 1), DEFAULT: Sample(0, "default", 1)}


def seconds(page: str, setting: Sample) -> float:
    program = page_program(DOCS / page / "index.md")
    text = short_program(program, LONG_RUNS[page]) if page in LONG_RUNS else None
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        run_page(
            program,
            data_folder_in(Path(folder), DATA),
            Path(scratch),
            text=text,
            env=setting.environment(dict(os.environ)),
            draw=False,
        )
        return time.perf_counter() - started


def title(page: str) -> str:
    """The page's heading, or "all" for the sum."""
    return (DOCS / page / "index.md").read_text().splitlines()[0].removeprefix("# ") if page != "all" else "all"


def main(argv: list[str] | None = None) -> None:
    parser = command_line(__doc__)
    parser.add_argument("pages", nargs="*", help="training pages (default: all of them)")
    pages = parser.parse_args(argv).pages or list(TRAINING_PAGES)
    data_root()
    torch.set_num_threads(1)  # the record's machine line: the pages ran on one thread
    took = {}
    for number, page in enumerate(pages):
        for name in list(SETTINGS) if number % 2 == 0 else reversed(SETTINGS):
            took[page, name] = seconds(page, SETTINGS[name])
            print(f"{page}, {name}: {took[page, name]:.0f} s", flush=True)
    for name in SETTINGS:
        took["all", name] = sum(took[page, name] for page in pages)
    rows = [
        {
            "page": title(page),
            f"{PINNED}, s": f"{took[page, PINNED]:.0f}",
            f"{DEFAULT}, s": f"{took[page, DEFAULT]:.0f}",
            f"{PINNED} vs {DEFAULT}": f"{took[page, PINNED] / took[page, DEFAULT]:.2f}x",
        }
        for page in [*pages, "all"]
    ]
    record(
        "pinned_mode_cost",
        rows,
        notes="Each training page's program as `make test` runs it (Training fast without its five ablations and "
        "its 8-epoch recipe, CNN models' d2l LeNet for 2 epochs of its 10, Training and evaluation's replication "
        "for 1 epoch of its 40), in a new process on one thread, "
        "figures not drawn: once in the pinned mode and once with the kernels PyTorch picks for this "
        "processor, one run each, one process at a time; seconds from start to end of the program. "
        "Ratios are from the unrounded seconds.",
    )


if __name__ == "__main__":
    main()

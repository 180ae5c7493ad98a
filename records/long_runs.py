"""The long runs (`make long-runs`): each page training of book/long_runs.py run whole, in the
reproducible CPU mode, as `make test` runs a page (one program, a fresh process, one thread),
its output and figures checked against the page; then its short version, whose output is
recorded in records/long_runs.json for `make test` to compare with, with the fingerprint of
the code and output it was made from.
    uv run python records/long_runs.py [--update-outputs] [page ...]
`--update-outputs` writes the whole run's output into the snippets (as `make outputs` does for the
other pages) before recording; without it, a whole run that differs from the page records nothing.
"""

import datetime
import json
import sys
import tempfile
import time
from pathlib import Path

from book import long_runs, reproducible

reproducible.pin()  # before torch: the children inherit the pinned environment

from book.dataset import data_folder_in, prepare_fashion_mnist  # noqa: E402
from book.layout import DATA, REPO  # noqa: E402
from book.outputs import as_output_lines  # noqa: E402
from book.program import figure_differences, output_differences, rewrite, run_page  # noqa: E402
from book.scripts import command_line  # noqa: E402


def timed(program, workdir: Path, text: str | None = None):
    """The run, kept in a scratch folder of the workdir (the checks read the program file it ran)."""
    started = time.perf_counter()
    run = run_page(program, workdir, Path(tempfile.mkdtemp(dir=workdir)), text=text)
    return run, round(time.perf_counter() - started, 1)


def record_long_run(run: long_runs.LongRun, workdir: Path, update: bool) -> dict:
    import torch

    program = run.program()
    whole, whole_seconds = timed(program, workdir)
    problems = output_differences(program, whole) + figure_differences(program, whole)
    if problems and not update:
        sys.exit(
            f"{run.page}: the whole run differs from the page, nothing recorded (`make long-runs UPDATE=1` "
            "writes the whole run's output into the page):\n\n" + "\n\n".join(problems)
        )
    if problems:
        changed = rewrite(program, whole)
        print(
            f"{run.page}: wrote the whole run's output into {', '.join(dict.fromkeys(str(p.relative_to(REPO)) for p in changed))}"
        )
        program = run.program()
    print(f"{run.page}: the whole run matches the page ({whole_seconds:.0f} s)", flush=True)

    short, short_seconds = timed(program, workdir, long_runs.short_program(program, run))
    outputs = {
        str(anchor): as_output_lines(short.printed[anchor]) if anchor in short.printed else []
        for anchor in long_runs.shortened_anchors(program, run)
    }
    if problems := long_runs.not_beginnings(program, run, outputs):
        sys.exit("nothing recorded:\n" + "\n".join(problems))
    entry = {
        "fingerprint": long_runs.fingerprint(program, run),
        "length": list(run.length) if run.length else None,
        "short": outputs,
        "date": datetime.date.today().isoformat(),
        "cpu": reproducible.cpu_model(),
        "mode": reproducible.describe(),
        "torch": torch.__version__,
        "seconds": {"whole": whole_seconds, "short": short_seconds},
    }
    # The rest of the page, which the short run prints too, is make test's to check (tests/test_pages.py).
    print(f"{run.page}: the short run prints the page's first lines ({short_seconds:.0f} s)", flush=True)
    return entry


def main(argv: list[str] | None = None) -> None:
    parser = command_line(__doc__)
    parser.add_argument(
        "--update-outputs", action="store_true", help="write the whole run's output into the snippets, then record"
    )
    parser.add_argument(
        "pages", nargs="*", help="only these long runs (e.g. training-fast); the others keep their record"
    )
    args = parser.parse_args(argv)
    update, pages = args.update_outputs, set(args.pages)
    reproducible.apply_in_torch()  # as each page's process does, so that the record names its mode
    prepare_fashion_mnist(DATA)
    workdir = Path(tempfile.mkdtemp(prefix="long-runs-"))
    data_folder_in(workdir, DATA)  # what a page writes under ./data stays in its own folder
    record = long_runs.load() or {}
    for run in long_runs.LONG_RUNS.values():
        if pages and run.page not in pages:
            continue
        record[run.page] = record_long_run(run, workdir, update)
        long_runs.RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False) + "\n")
    print(f"{long_runs.RECORD.relative_to(REPO)}: {len(record)} long run(s) recorded")


if __name__ == "__main__":
    main()

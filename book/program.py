"""A page as a program: the Python blocks a page shows, in page order, run as one script.

This is what a reader does who copies every block of a chapter into a fresh interpreter: nothing on
the import path but installed packages (no snippets/ folder, no clone), no hidden seeding, an empty
working folder but for `./data` (Fashion-MNIST, which a page's own `download=True` would fetch).
The verification runs each page this way, in a new process, and checks every `#>` line and every
figure against the page; `--update-outputs` writes what the run printed back into the snippet
sections the blocks came from. The chapter notebooks are these same blocks, one cell each.

The blocks and the program's text come from book/blocks.py; the `#>` format from book/outputs.py.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from book import harness, outputs, reproducible
from book.blocks import Program
from book.layout import BUILD, REPO, SNIPPETS, chapter_of


class ProgramFailed(AssertionError):
    pass


def run_page(
    program: Program,
    workdir: Path,
    scratch: Path,
    *,
    text: str | None = None,
    env: dict[str, str] | None = None,
    draw: bool = True,
):
    """Run the program in a new Python process (`python -I`: no PYTHONPATH, no user site, no
    script folder on the path) with cwd=workdir; return the harness's Run of the program file.
    The rerun study (book/rerun_study.py) runs a variant instead: `text` with the same lines (other
    seeds), in another environment (other kernels), without drawing its figures (draw=False)."""
    scratch.mkdir(parents=True, exist_ok=True)
    path, out = scratch / "page.py", scratch / "out"
    shutil.rmtree(out, ignore_errors=True)  # a Korean figure is read when its file exists: none from a run before
    if text is not None and text.count("\n") != program.text.count("\n"):
        raise ValueError("a variant of a program must keep its lines, so that its output is located")
    path.write_text(program.text if text is None else text)
    child = "from book.program import child; child()"
    result = subprocess.run(
        [sys.executable, "-I", "-c", child, str(path), str(workdir), str(out), *([] if draw else ["--no-figures"])],
        capture_output=True,
        text=True,
        env=os.environ if env is None else env,
    )
    if result.returncode:
        located = re.sub(
            rf'File "{re.escape(str(path))}", line (\d+)',
            lambda match: f"{match[0]} ({program.where(int(match[1]))})",
            result.stderr,
        )
        raise ProgramFailed(
            f"{program.page.relative_to(REPO)}: its blocks, run in order as one program, fail:\n{located}"
        )
    record = json.loads((out / "run.json").read_text())
    figures = [
        harness.Figure(
            (out / f"figure-{number}.png").read_bytes(),
            (out / f"figure-{number}.ko.png").read_bytes() if (out / f"figure-{number}.ko.png").exists() else None,
            line,
        )
        for number, line in enumerate(record["figure_lines"], start=1)
    ]
    printed = {int(line): text for line, text in record["printed"].items()}
    return harness.Run(path, printed, figures)


def child() -> None:
    """`python -I -c "from book.program import child; child()" PROGRAM WORKDIR OUT [--no-figures]`:
    run one page's program as a reader would, recording what it prints and draws."""
    program, workdir, out = (Path(argument) for argument in sys.argv[1:4])
    draw = "--no-figures" not in sys.argv[4:]
    if reproducible.is_pinned():  # the test setup, not the page's: one thread, deterministic kernels
        reproducible.apply_in_torch()
    # The editable install puts the repository root on the path, for `book`; the page gets no more.
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != REPO]
    run = harness.run_program(program, workdir, draw=draw)
    out.mkdir(parents=True, exist_ok=True)
    for number, figure in enumerate(run.figures, start=1):
        (out / f"figure-{number}.png").write_bytes(figure.png)
        if figure.korean is not None:
            (out / f"figure-{number}.ko.png").write_bytes(figure.korean)
    figure_lines = [figure.line for figure in run.figures]
    (out / "run.json").write_text(json.dumps({"printed": run.printed, "figure_lines": figure_lines}))


def output_differences(program: Program, run) -> list[str]:
    """The harness's diffs of the program's `#>` blocks, each located in its snippet file."""
    # the text the run ran: the page's program, or its variant (a long run's short version, whose
    # `#>` lines are the record's), on the same lines
    return outputs.output_differences(run.program.read_text(), run.printed, program.where)


def figures_by_file(program: Program, run) -> dict[str, list[harness.Figure]]:
    """Each figure belongs to the snippet file of the block that showed it, numbered in that file."""
    shown: dict[str, list[harness.Figure]] = {}
    for figure in run.figures:
        origin = program.origins[figure.line - 1]
        if origin is None:
            raise ProgramFailed(
                f"{program.where(figure.line)}: a figure from code written in the page has no file to name it"
            )
        shown.setdefault(origin[0], []).append(figure)
    return shown


def figure_differences(program: Program, run, skip: frozenset[str] = frozenset()) -> list[str]:
    """Each file's figures against the committed ones; `skip` names files whose figures this run does
    not draw (a long run's, drawn by its whole run: book/long_runs.py)."""
    shown = figures_by_file(program, run)
    if drawn := set(shown) & skip:
        raise ProgramFailed(f"figures of {sorted(drawn)} are not to be drawn by this run")
    problems = []
    for file in drawing_files(program, shown):
        if file in skip:
            continue
        problems += harness.figure_differences(SNIPPETS / file, shown.get(file, []))
    return problems


def drawing_files(program: Program, shown: dict) -> list[str]:
    """The files whose figures this page accounts for: those it showed figures from, and the files of
    its own chapter it includes (so a figure no longer shown is reported as stale)."""
    own = [
        file
        for block in program.blocks
        for file in block.files
        if chapter_of(SNIPPETS / file) == program.page.parent.name
    ]
    return list(dict.fromkeys([*shown, *own]))


def rewrite(program: Program, run, skip: frozenset[str] = frozenset()) -> list[Path]:
    """Write what the run printed and drew back into the snippet files it came from: each
    statement's output under it, blocks that no longer print dropped; the figures of the files in
    `skip` stay as they are (see figure_differences). Return the snippet files changed."""
    # What each shown line of a snippet file becomes: itself, or (for a replaced `#>` line) nothing;
    # a statement's line is followed by its new output lines.
    replacement = {origin: [line] for origin, line in zip(program.origins, program.text.splitlines()) if origin}
    for anchor, old, new in outputs.output_updates(program.text, run.printed):
        statement_origin, below = program.origins[anchor - 1], program.origins[anchor : anchor + old]
        if statement_origin is None or None in below:
            raise ProgramFailed(f"{program.where(anchor)}: output of code written in the page changed; edit the page")
        for origin in below:
            replacement[origin] = []
        replacement[statement_origin] = replacement[statement_origin][:1] + new

    changed = []
    # two test workers may rewrite sections of one file (a helper two pages include)
    with harness.one_process_at_a_time(BUILD / "snippets.lock"):
        for file in dict.fromkeys(origin[0] for origin in replacement):
            path = SNIPPETS / file
            original = path.read_text().splitlines()
            updated = []
            for number, line in enumerate(original, start=1):
                updated += replacement.get((file, number), [line])
            if updated != original:
                path.write_text("\n".join(updated) + "\n")
                changed.append(path)
        shown = figures_by_file(program, run)
        for file in drawing_files(program, shown):
            if file in skip:
                continue
            if harness.rewrite_figures(SNIPPETS / file, shown.get(file, [])):
                changed.append(SNIPPETS / file)
    return changed

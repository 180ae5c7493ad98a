"""Long runs: a page's training too long for `make test`, verified in two halves.

Post 002's replication trains for 40 epochs, too long to run on every `make test` (its time, and
why, on the verification page and in records/README.md). So its whole run is made by `make long-runs`
(records/long_runs.py), which runs the page as one
program, exactly as `make test` runs the others, checks every output line and figure against the
page, and records in records/long_runs.json:

- the fingerprint of the program up to the long run's last block (its code and its `#>` lines,
  those of the 40 epochs included, and everything above it that could change it) and of the
  figures only the whole run draws;
- what the same program prints when it runs the first epochs only (`EPOCHS = 1` for `EPOCHS = 40`,
  without the blocks that read the last epoch), which begins as the page's 40 epochs begin.

`make test` then runs that short program (its first epochs, and the rest of the page as usual) and
checks its output to the digit against the record, and the record's fingerprint against the page.
A change to the code or to a shown line of the long run fails it until `make long-runs` has run the
whole training again; a change in what the kernels compute fails it at the first epoch. Because
the pinned kernels compute the same bits on every x86-64 machine (book/reproducible.py), the 40
epochs the record vouches for are the 40 epochs a test run would compute.

CNN models' replication of d2l's LeNet (10 epochs, 2 in `make test`) is checked the same way.

Training fast's 8-epoch recipe is the other kind: its one-cycle schedule is laid out over all 8
epochs, so 3 of them would be another run, not the beginning of this one. `make test` leaves its
block out whole (`length=None`, nothing shortened), and with it the page's five ablations, each
the 2-epoch recipe trained again with one switch changed; `make long-runs` runs the whole page and
records the fingerprint alone. A change in what the kernels compute still fails `make test`, in the
page's whole 2-epoch recipe, which runs the same `train`.

No torch here: the tests read it without training.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from book.blocks import Program, page_program
from book.harness import committed_figures
from book.layout import RECORDS, SNIPPETS, page_file, read_record, section_text, sections_by_line
from book.outputs import OUTPUT_MARK, output_blocks

RECORD = RECORDS / "long_runs.json"


@dataclass(frozen=True)
class LongRun:
    page: str  # the page's folder under docs/
    # the statement that sets the run's length, and what `make test` runs instead; None for a run that
    # `make test` leaves out whole (a one-cycle schedule's first epochs are not the beginning of a longer run)
    length: tuple[str, str] | None
    shortened: tuple[str, ...]  # sections (file:section) that print less in the short run
    whole_run_only: tuple[str, ...]  # sections that need the last epoch: the short run leaves them out

    @property
    def sections(self) -> tuple[str, ...]:
        return self.shortened + self.whole_run_only

    @property
    def drawn_whole(self) -> frozenset[str]:
        """The snippet files whose figures only the whole run draws (a section of it shows a figure):
        `make long-runs` checks them."""
        return frozenset(
            file
            for file, section in (whole.split(":") for whole in self.whole_run_only)
            if "plt.show()" in section_text(file, section)
        )

    def program(self) -> Program:
        return page_program(page_file(self.page))


LONG_RUNS = {
    run.page: run
    for run in (
        # Training fast's ablations (the 2-epoch recipe trained again with one switch changed, five
        # times) and its recipe for 8 epochs, the page's last block, whose one-cycle schedule spans the
        # 8 epochs, so that fewer epochs would be another run, not its beginning: `make test` leaves
        # them out, and the same `train` still runs at every test in the page's whole 2-epoch recipe.
        LongRun(
            page="training-fast",
            length=None,
            shortened=(),
            whole_run_only=(
                "training_fast/ingredients.py:lr_scaling",
                "training_fast/ingredients.py:one_cycle",
                "training_fast/ingredients.py:batchnorm",
                "training_fast/ingredients.py:label_smoothing",
                "training_fast/ingredients.py:flip",
                "training_fast/eight_epochs.py:recipe",
            ),
        ),
        # CNN models' replication of d2l's LeNet, 10 epochs of plain SGD: `make test` trains its first 2.
        LongRun(
            page="cnn-models",
            length=("EPOCHS = 10", "EPOCHS = 2"),
            shortened=("cnn_models/lenet_training.py:d2l",),
            whole_run_only=(),
        ),
        LongRun(
            page="training-and-evaluation",
            length=("EPOCHS = 40", "EPOCHS = 1"),
            shortened=("training_and_evaluation/post002_replication.py:run",),
            whole_run_only=(
                "training_and_evaluation/post002_replication.py:compare",
                "training_and_evaluation/post002_replication.py:curves",
            ),
        ),
    )
}


class StaleRecord(AssertionError):
    pass


def section_of_line(program: Program) -> list[str | None]:
    """`file:section` of each program line (index 0 is line 1), None for a line in no section."""
    files = {origin[0]: sections_by_line(origin[0]) for origin in program.origins if origin}
    return [
        f"{origin[0]}:{section}" if origin and (section := files[origin[0]].get(origin[1])) else None
        for origin in program.origins
    ]


def lines_in(program: Program, sections: tuple[str, ...]) -> list[int]:
    """The program lines (1-based) that come from the sections."""
    return [number for number, section in enumerate(section_of_line(program), start=1) if section in sections]


def whole_run_figures(run: LongRun) -> list[Path]:
    """The committed figures that only the whole run draws (English and Korean)."""
    return [png for file in sorted(run.drawn_whole) for png in committed_figures(SNIPPETS / file)]


def fingerprint(program: Program, run: LongRun) -> str:
    """What the record vouches for: the program's text up to the long run's last line (the code
    and `#>` lines of the run, and all that runs before it), and the figures it draws."""
    lines = program.text.split("\n")
    end = max(lines_in(program, run.sections), default=0)
    if not end:
        raise ValueError(f"{run.page}: the program includes none of {run.sections}")
    digest = hashlib.sha256("\n".join(lines[:end]).encode())
    for png in whole_run_figures(run):
        digest.update(png.name.encode() + png.read_bytes())
    return digest.hexdigest()


def short_program(program: Program, run: LongRun) -> str:
    """The program `make test` runs: the same lines, the length statement replaced, the sections
    that need the whole run emptied (blank lines keep every other line where it was)."""
    lines = program.text.split("\n")
    if run.length is not None:
        found = [index for index, line in enumerate(lines) if line.strip() == run.length[0]]
        if len(found) != 1:
            raise ValueError(
                f"{run.page}: the program must set `{run.length[0]}` on exactly one line, not {len(found)}"
            )
        indent = lines[found[0]][: len(lines[found[0]]) - len(lines[found[0]].lstrip())]
        lines[found[0]] = indent + run.length[1]
    for number in lines_in(program, run.whole_run_only):
        lines[number - 1] = ""
    return "\n".join(lines)


def with_outputs(text: str, outputs: dict[int, list[str]]) -> str:
    """The text with the `#>` block under each anchor replaced by the given lines, padded with blank
    lines to the old block's length (a short run prints fewer lines than the whole one)."""
    lines = text.split("\n")
    blocks = output_blocks(lines)
    for anchor, new in outputs.items():
        old = blocks.get(anchor, [])
        if len(new) > len(old):
            raise ValueError(f"line {anchor}: the short run prints {len(new)} lines, more than the page's {len(old)}")
        indent = lines[anchor][: len(lines[anchor]) - len(lines[anchor].lstrip())] if old else ""
        lines[anchor : anchor + len(old)] = [indent + line for line in new] + [""] * (len(old) - len(new))
    return "\n".join(lines)


def shortened_anchors(program: Program, run: LongRun) -> list[int]:
    """The anchors (program line above a `#>` block) of the output the short run prints in part."""
    inside = set(lines_in(program, run.shortened))
    return sorted(anchor for anchor in output_blocks(program.text.splitlines()) if anchor in inside)


def not_beginnings(program: Program, run: LongRun, short: dict[str, list[str]]) -> list[str]:
    """Where a short run's output (by anchor) is not the beginning of what the page shows, or where
    nothing is shorter: so that comparing a short run with it checks the page's first lines."""
    shown = output_blocks(program.text.splitlines())
    problems = []
    if not run.shortened:  # a run left out whole: the short run prints none of it
        return [f"{run.page}: the run is left out whole, yet the record holds a short run"] if short else []
    if sorted(map(int, short)) != shortened_anchors(program, run):
        problems.append(f"{run.page}: the short run's blocks are not the long run's {run.shortened}")
    for anchor, lines in short.items():
        if not lines or lines != shown.get(int(anchor), [])[: len(lines)]:
            problems.append(
                f"{program.where(int(anchor))}: the short run does not print the beginning of the page's lines"
            )
    if not any(len(lines) < len(shown.get(int(anchor), [])) for anchor, lines in short.items()):
        problems.append(f"{run.page}: the short run prints all the page's lines: nothing is shortened")
    return problems


def load() -> dict | None:
    return read_record(RECORD)


HOW = "`make long-runs` runs it again and records it (records/long_runs.py)"


def entry_of(run: LongRun, record: dict | None = None) -> dict:
    """The record of one long run; a missing one says how to make it."""
    entry = ((load() if record is None else record) or {}).get(run.page)
    if entry is None:
        raise StaleRecord(f"{RECORD.name} has no record of {run.page}'s long run: {HOW}")
    return entry


def checked_program(program: Program, run: LongRun, record: dict | None = None) -> str:
    """The short program with the output the record says it prints: what `make test` runs and
    compares, line for line. Fails when the record is missing or was made from other code."""
    entry = entry_of(run, record)
    if entry["fingerprint"] != fingerprint(program, run):
        raise StaleRecord(
            f"{run.page}: the long run's code or shown output changed since {RECORD.name} recorded it "
            f"({entry['date']}): {HOW}"
        )
    short = {int(anchor): lines for anchor, lines in entry["short"].items()}
    return with_outputs(short_program(program, run), short)


def as_page(program: Program, run: LongRun, printed: dict[int, str]) -> dict[int, str]:
    """A short run's output with the long run's blocks as the page shows them: what update mode may
    write back (the long run's own lines are written by `make long-runs`, never by a short run)."""
    blocks = output_blocks(program.text.splitlines())
    inside = set(lines_in(program, run.sections))
    kept = {anchor: text for anchor, text in printed.items() if anchor not in inside}
    for anchor in inside & blocks.keys():
        kept[anchor] = "".join(line.removeprefix(OUTPUT_MARK).removeprefix(" ") + "\n" for line in blocks[anchor])
    return kept

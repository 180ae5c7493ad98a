"""The long runs' record (book/long_runs.py): made from the code and output the pages show, and a
short run that `make test` can hold to it. Seconds, no training: `make check` has them."""

import re
from dataclasses import replace

import pytest
import torch

from book import long_runs
from book.blocks import Program
from book.outputs import output_blocks

LONG_RUNS = list(long_runs.LONG_RUNS.values())
SHORTENED = [run for run in LONG_RUNS if run.shortened]  # the others are left out of make test whole
# An edit of each long run's code, which changes what it trains.
CODE_EDITS = {
    "cnn-models": ("lr=0.9)", "lr=0.8)"),
    "training-and-evaluation": ("lr=0.01, momentum=0.5", "lr=0.02, momentum=0.5"),
    "training-fast": ("train(model, train_x, train_y, epochs=8)", "train(model, train_x, train_y, epochs=9)"),
}


def ids(run):
    return run.page


def edited(program: Program, old: str, new: str) -> Program:
    """The program with one line of one block changed, as an edit of its snippet would change it."""
    blocks = [block for block in program.blocks if old in block.code]
    assert len(blocks) == 1, f"{old!r} is in {len(blocks)} blocks"
    index = program.blocks.index(blocks[0])
    changed = replace(blocks[0], code=blocks[0].code.replace(old, new, 1))
    return replace(program, blocks=program.blocks[:index] + (changed,) + program.blocks[index + 1 :])


@pytest.mark.parametrize("run", LONG_RUNS, ids=ids)
def test_the_record_is_of_the_code_and_output_the_page_shows(run):
    entry = long_runs.entry_of(run)
    long_runs.checked_program(run.program(), run)  # raises StaleRecord otherwise
    assert entry["torch"] == torch.__version__, f"recorded with torch {entry['torch']}: `make long-runs` again"
    assert entry["length"] == (list(run.length) if run.length else None)


@pytest.mark.parametrize("run", LONG_RUNS, ids=ids)
def test_the_short_run_prints_the_beginning_of_what_the_page_shows(run):
    """So `make test`, comparing the short run with the record, checks the page's first lines."""
    program = run.program()
    assert not long_runs.not_beginnings(program, run, long_runs.entry_of(run)["short"])


@pytest.mark.parametrize("run", SHORTENED, ids=ids)
def test_a_short_output_that_is_not_the_pages_beginning_is_refused(run):
    program = run.program()
    short = long_runs.entry_of(run)["short"]
    first = next(iter(short))
    for wrong in ({**short, first: short[first][:-1] + ["#> 0"]}, {**short, first: []}):
        assert long_runs.not_beginnings(program, run, wrong)
    whole = {anchor: output_blocks(program.text.splitlines())[int(anchor)] for anchor in short}
    assert long_runs.not_beginnings(program, run, whole), "a short run as long as the page is not shortened"


@pytest.mark.parametrize("run", LONG_RUNS, ids=ids)
def test_make_test_runs_the_page_with_only_the_declared_changes(run):
    """The same lines but the length statement, the blocks that need the whole run (emptied) and
    the long run's `#>` lines; every other line, output included, is the page's."""
    program = run.program()
    page, checked = program.text.split("\n"), long_runs.checked_program(program, run).split("\n")
    assert len(page) == len(checked)
    allowed = set(long_runs.lines_in(program, run.whole_run_only))
    for anchor in long_runs.shortened_anchors(program, run):
        allowed |= set(range(anchor + 1, anchor + 1 + len(output_blocks(page)[anchor])))
    changed = {number for number, (a, b) in enumerate(zip(page, checked), start=1) if a != b}
    if run.length is None:
        assert changed and changed <= allowed
    else:
        (length,) = changed - allowed
        assert (page[length - 1].strip(), checked[length - 1].strip()) == run.length
    assert all(not checked[number - 1] for number in long_runs.lines_in(program, run.whole_run_only))


@pytest.mark.parametrize("run", LONG_RUNS, ids=ids)
def test_an_edit_of_the_long_run_makes_the_record_stale(run):
    """A shown output line of the whole run, or its code, edited without running it again, fails;
    an edit below the long run (which cannot change it) does not."""
    program = run.program()
    blocks = output_blocks(program.text.splitlines())
    inside = long_runs.lines_in(program, run.sections)
    last_line = blocks[max(anchor for anchor in blocks if anchor in inside)][-1]
    for old, new in [(last_line, last_line + "0"), CODE_EDITS[run.page]]:
        with pytest.raises(long_runs.StaleRecord):
            long_runs.checked_program(edited(program, old, new), run)
    last = program.blocks[-1]
    below = replace(program, blocks=program.blocks[:-1] + (replace(last, code=last.code + "\n# edited"),))
    long_runs.checked_program(below, run)


@pytest.mark.parametrize("run", [run for run in LONG_RUNS if run.drawn_whole], ids=ids)
def test_a_figure_of_the_whole_run_replaced_by_hand_makes_the_record_stale(run, monkeypatch, tmp_path):
    """`make test` does not draw them (its short run cannot): the record vouches for their bytes."""
    figures = long_runs.whole_run_figures(run)
    assert figures, f"{run.page}: no committed figure of {sorted(run.drawn_whole)}"
    program = run.program()
    long_runs.checked_program(program, run)
    replaced = tmp_path / figures[0].name
    replaced.write_bytes(figures[0].read_bytes() + b"\0")
    monkeypatch.setattr(long_runs, "whole_run_figures", lambda run: [replaced, *figures[1:]])
    with pytest.raises(long_runs.StaleRecord):
        long_runs.checked_program(program, run)


@pytest.mark.parametrize("run", [run for run in LONG_RUNS if not run.shortened], ids=ids)
def test_a_run_left_out_whole_records_no_short_run_and_its_training_still_runs(run):
    """`make test` runs none of it: the record holds no short output, and the page's code still
    calls the same training function outside the long run (what catches a kernel that changed)."""
    program = run.program()
    assert not long_runs.not_beginnings(program, run, {})
    assert long_runs.not_beginnings(program, run, {"1": ["#> 0"]})
    assert re.search(r"\btrain\(", long_runs.short_program(program, run))

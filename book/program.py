"""A page as a program: the Python blocks a page shows, in page order, run as one script.

This is what a reader does who copies every block of a chapter into a fresh interpreter: nothing on
the import path but installed packages (no snippets/ folder, no clone), no hidden seeding, an empty
working folder but for `./data` (Fashion-MNIST, which a page's own `download=True` would fetch).
The verification runs each page this way, in a new process, and checks every `#>` line and every
figure against the page; `--update-outputs` writes what the run printed back into the snippet
sections the blocks came from. The chapter notebooks are these same blocks, one cell each.

A block is what the copy button copies: a fence's lines with each `--8<--` include replaced by the
lines pymdownx.snippets puts there (book.layout.section_lines). Fences whose info string says
`notest` (a download the tests cannot make, say) are shown but not run, and the page says why.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from book.layout import BUILD, INCLUDE, REPO, SNIPPETS, chapter_of, section_lines

FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^`]*)$")

# Where a line of a block comes from: (snippet file relative to snippets/, its line number there),
# or None for a line written in the page itself.
Origin = tuple[str, int] | None


@dataclass(frozen=True)
class Block:
    page: Path
    line: int  # the opening fence's line in the page
    code: str
    origins: tuple[Origin, ...]  # one per line of code

    @property
    def files(self) -> list[str]:
        return list(dict.fromkeys(origin[0] for origin in self.origins if origin))


def runs(info: str) -> bool:
    """A fence runs when its language is Python and its attributes do not say `.notest`, as in
    `python { .notest title="..." }` (superfences takes the class and shows the block as Python)."""
    words = re.findall(r"[\w-]+", info)
    return bool(words) and words[0] in ("python", "py") and "notest" not in words


def fences(lines: list[str]):
    """(opening line, closing line, indentation, info string) of every fenced block, 0-based."""
    index = 0
    while index < len(lines):
        opening = FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        end = index + 1
        while end < len(lines) and not (
            lines[end].startswith(indent) and lines[end].strip().startswith(fence) and not lines[end].strip(" `~\t")
        ):
            end += 1
        yield index, end, indent, opening["info"]
        index = end + 1


def page_blocks(page: Path) -> list[Block]:
    """The Python blocks of a page, in order, as the rendered page shows them."""
    lines = page.read_text().splitlines()
    blocks = []
    for index, end, indent, info in fences(lines):
        if runs(info):
            code, origins = [], []
            for line in (line[len(indent) :] for line in lines[index + 1 : end]):
                if include := INCLUDE.fullmatch(line.strip()):
                    for number, text in section_lines(include["file"], include["section"]):
                        code.append(text)
                        origins.append((include["file"], number))
                else:
                    code.append(line)
                    origins.append(None)
            blocks.append(Block(page, index + 1, "\n".join(code), tuple(origins)))
    return blocks


@dataclass(frozen=True)
class Program:
    page: Path
    blocks: tuple[Block, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(block.code for block in self.blocks) + "\n"

    @property
    def origins(self) -> list[Origin]:
        """Origin of each line of the program (index 0 is line 1); None between blocks."""
        origins: list[Origin] = []
        for block in self.blocks:
            if origins:
                origins.append(None)
            origins += block.origins
        return origins

    @property
    def block_of_line(self) -> list[int]:
        """The index of the block each line of the program belongs to (the blank line between two
        blocks to the earlier one)."""
        owners: list[int] = []
        for number, block in enumerate(self.blocks):
            if owners:
                owners.append(number - 1)
            owners += [number] * len(block.origins)
        return owners

    def where(self, line: int) -> str:
        """A program line (1-based) as a reader finds it: the snippet file and line, or the page."""
        origin = self.origins[line - 1] if 0 < line <= len(self.origins) else None
        if origin:
            return f"snippets/{origin[0]}:{origin[1]}"
        block = self.blocks[self.block_of_line[min(line, len(self.origins)) - 1]]
        return f"{block.page.relative_to(REPO)}:{block.line} (the block written in the page)"


def page_program(page: Path) -> Program:
    return Program(page, tuple(page_blocks(page)))


def pages_with_code(pages: list[Path]) -> list[Path]:
    return [page for page in pages if page_blocks(page)]


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
    The noise study (book/noise.py) runs a variant instead: `text` with the same lines (other
    seeds), in another environment (other kernels), without drawing its figures (draw=False)."""
    from book.harness import Run

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
    numbers = range(1, len(record["figure_lines"]) + 1)
    figures = [(out / f"figure-{n}.png").read_bytes() for n in numbers]
    korean = [
        (out / f"figure-{n}.ko.png").read_bytes() if (out / f"figure-{n}.ko.png").exists() else None for n in numbers
    ]
    printed = {int(line): text for line, text in record["printed"].items()}
    return Run(path, printed, figures, record["figure_lines"], korean)


def child() -> None:
    """`python -I -c "from book.program import child; child()" PROGRAM WORKDIR OUT [--no-figures]`:
    run one page's program as a reader would, recording what it prints and draws."""
    program, workdir, out = (Path(argument) for argument in sys.argv[1:4])
    draw = "--no-figures" not in sys.argv[4:]
    from book import reproducible
    from book.harness import run_program

    if reproducible.is_pinned():  # the test setup, not the page's: one thread, deterministic kernels
        reproducible.apply_in_torch()
    # The editable install puts the repository root on the path, for `book`; the page gets no more.
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != REPO]
    run = run_program(program, workdir, draw=draw)
    out.mkdir(parents=True, exist_ok=True)
    for number, (png, korean_png) in enumerate(zip(run.figures, run.korean_figures), start=1):
        (out / f"figure-{number}.png").write_bytes(png)
        if korean_png is not None:
            (out / f"figure-{number}.ko.png").write_bytes(korean_png)
    (out / "run.json").write_text(json.dumps({"printed": run.printed, "figure_lines": run.figure_lines}))


def output_differences(program: Program, run) -> list[str]:
    """The harness's diffs of the program's `#>` blocks, each located in its snippet file."""
    from book import harness

    return harness.output_differences(run, program.where)


def figures_by_file(program: Program, run) -> dict[str, tuple[list[bytes], list[bytes | None]]]:
    """Each figure (and its Korean variant) belongs to the snippet file of the block that showed it,
    numbered in that file."""
    shown: dict[str, tuple[list[bytes], list[bytes | None]]] = {}
    for line, png, korean_png in zip(run.figure_lines, run.figures, run.korean_figures, strict=True):
        origin = program.origins[line - 1]
        if origin is None:
            raise ProgramFailed(f"{program.where(line)}: a figure from code written in the page has no file to name it")
        english, korean = shown.setdefault(origin[0], ([], []))
        english.append(png)
        korean.append(korean_png)
    return shown


def figure_differences(program: Program, run, skip: frozenset[str] = frozenset()) -> list[str]:
    """Each file's figures against the committed ones; `skip` names files whose figures this run does
    not draw (a long run's, drawn by its whole run: book/long_runs.py)."""
    from book import harness

    shown = figures_by_file(program, run)
    if drawn := set(shown) & skip:
        raise ProgramFailed(f"figures of {sorted(drawn)} are not to be drawn by this run")
    problems = []
    for file in drawing_files(program, shown):
        if file in skip:
            continue
        english, korean = shown.get(file, ([], []))
        problems += harness.figure_differences(harness.Run(SNIPPETS / file, {}, english, korean_figures=korean))
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
    from book import harness

    # What each shown line of a snippet file becomes: itself, or (for a replaced `#>` line) nothing;
    # a statement's line is followed by its new output lines.
    replacement = {origin: [line] for origin, line in zip(program.origins, program.text.splitlines()) if origin}
    for anchor, old, new in harness.output_updates(program.text, run.printed):
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
            english, korean = shown.get(file, ([], []))
            if harness.rewrite_figures(harness.Run(SNIPPETS / file, {}, english, korean_figures=korean)):
                changed.append(SNIPPETS / file)
    return changed

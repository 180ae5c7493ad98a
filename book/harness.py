"""Run a page's program as a reader would, recording what it prints and draws, and compare that
with what the page shows.

Expected output sits under the statement that printed it, as `#> ` comment lines, character for
character. Figures shown with `plt.show()` are saved as PNG under docs/assets/figures/<chapter>/
(with a Korean variant where they show English words). book/program.py runs each page's blocks as
one program in a child process through run_program, and writes changes back in update mode.
"""

from __future__ import annotations

import builtins
import contextlib
import fcntl
import io
import os
import re
import runpy
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from book.figure_text import korean_variant
from book.layout import FIGURES, KOREAN, REPO, chapter_of, figure_path
from book.outputs import innermost_statements

# A figure passes when it has the same size and no pixel channel differs by more than this
# (0-255 scale). Pinned versions draw identical pixels; the margin absorbs anti-aliasing noise
# from a different BLAS or CPU, while any changed line, colour, tick label or value fails.
FIGURE_PIXEL_TOLERANCE = 8
FIGURE_DPI = 100
# The smallest text a figure may draw, in pixels of its PNG: 6.5 pt at FIGURE_DPI, the numbers in the
# heatmap of Images as matrices, the smallest the book drew when the floor was set. A house floor, so
# that no figure gets smaller, not a readability standard; a reader sees it at this size when the
# lightbox shows the figure pixel for pixel, on a phone after a pinch (tests/browser/test_site_features.py).
SMALLEST_FIGURE_TEXT_PX = 9
MATHTEXT_SCRIPT_SCALE = 0.7  # matplotlib draws a mathtext super- or subscript (10^-3) at 0.7 of its size


class FigureTextTooSmall(AssertionError):
    pass


@dataclass(frozen=True)
class Figure:
    png: bytes
    korean: bytes | None  # drawn again with its English text in Korean (book/figure_text.py); None: no English
    line: int  # the program line that showed it


@dataclass
class Run:
    program: Path
    printed: dict[int, str]  # statement end line -> everything it printed
    figures: list[Figure]  # in the order shown


def run_program(program: Path, workdir: Path, *, draw: bool = True) -> Run:
    """Run a page's program file as `__main__` in a fresh namespace with cwd=workdir, as a reader
    runs the page's blocks: unseeded, nothing added to the import path. Record what each statement
    prints and each figure it shows (with its Korean variant); draw=False closes the figures unsaved
    (the rerun study wants the numbers only)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    program = program.resolve()
    source = program.read_text()
    statements = innermost_statements(source)
    printed: dict[int, list[str]] = defaultdict(list)
    figures: list[Figure] = []
    real_print, real_show = builtins.print, plt.show

    def recording_print(*args, sep=" ", end="\n", file=None, flush=False):
        if file not in (None, sys.stdout):
            return real_print(*args, sep=sep, end=end, file=file, flush=flush)
        text = io.StringIO()
        real_print(*args, sep=sep, end=end, file=text)
        # Output belongs under the program's innermost statement that caused it, so a print inside
        # a function (of the program or a library) lands under the call.
        line = caller_line()
        if line is None:
            raise AssertionError(f"{program}: print() from outside the program: {text.getvalue()!r}")
        printed[statements[line].end_lineno if line in statements else line].append(text.getvalue())

    def caller_line() -> int | None:
        frame, line = sys._getframe(2), None
        while frame is not None:
            if frame.f_code.co_filename == str(program):
                line = frame.f_lineno
            frame = frame.f_back
        return line

    def recording_show(*args, **kwargs):
        line = caller_line()
        for number in plt.get_fignums():
            figure = plt.figure(number)
            if not draw:
                plt.close(figure)
                continue
            figures.append(Figure(*saved(figure), line))
            plt.close(figure)

    plt.rcdefaults()  # matplotlib's own style, whatever a matplotlibrc on this machine says
    builtins.print, plt.show = recording_print, recording_show
    os.chdir(workdir)
    try:
        runpy.run_path(str(program), run_name="__main__")
    finally:
        builtins.print, plt.show = real_print, real_show
        plt.close("all")
    printed_by_line = {line: "".join(parts) for line, parts in printed.items()}
    return Run(program, printed_by_line, figures)


@contextlib.contextmanager
def one_process_at_a_time(lock: Path):
    """`make test` runs two pytest-xdist workers: what both may make or rewrite (the data, the site,
    a snippet file two pages include) is done by one while the other waits on this lock."""
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def committed_figures(snippet: Path) -> list[Path]:
    """The figures of a snippet in the repository, English (`<stem>-N.png`) and Korean (`<stem>-N.ko.png`)."""
    folder = FIGURES / chapter_of(snippet)
    pattern = re.compile(rf"{re.escape(snippet.stem)}-\d+(\.ko)?\.png")
    return sorted(p for p in folder.glob(f"{snippet.stem}-*.png") if pattern.fullmatch(p.name))


def drawn_figures(snippet: Path, figures: list[Figure]) -> dict[Path, tuple[str, bytes]]:
    """Where each figure a snippet file's blocks drew belongs, the Korean variants included, with a
    name for it."""
    drawn = {}
    for number, figure in enumerate(figures, start=1):
        drawn[figure_path(snippet, number)] = (f"figure {number}", figure.png)
        if figure.korean is not None:
            drawn[figure_path(snippet, number, KOREAN)] = (f"figure {number} in Korean", figure.korean)
    return drawn


def saved(figure) -> tuple[bytes, bytes | None]:
    """A figure as the pages show it: its PNG, and the PNG of its Korean variant (None when it has
    no English text). The Korean text replaces the English in `figure`, so save it last."""
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=FIGURE_DPI, metadata={"Software": None})
    if small := too_small_texts(figure):  # after savefig: tick labels get their text when drawn
        raise FigureTextTooSmall(
            f"figure text under {SMALLEST_FIGURE_TEXT_PX} px at {FIGURE_DPI} dpi, smaller than any the "
            f"book draws: {', '.join(small)}"
        )
    return png.getvalue(), korean_variant(figure, FIGURE_DPI)


def too_small_texts(figure) -> list[str]:
    """Each text of the figure drawn under SMALLEST_FIGURE_TEXT_PX, with its size in points (once
    each: a row of tick labels is one finding); a table's cells and mathtext scripts included. Call it
    on a drawn figure: tick labels get their text when the figure is drawn."""
    from matplotlib.table import Table
    from matplotlib.text import Text

    texts = figure.findobj(Text)
    texts += [cell.get_text() for table in figure.findobj(Table) for cell in table.get_celld().values()]
    found = {}
    for text in texts:
        words, size = text.get_text(), text.get_fontsize()
        if "$" in words and ("^" in words or "_" in words):
            size *= MATHTEXT_SCRIPT_SCALE
        if text.get_visible() and words and size * FIGURE_DPI / 72 < SMALLEST_FIGURE_TEXT_PX:
            found.setdefault(f"{words!r} at {size:g} pt")
    return list(found)


def pixels(png: bytes | Path) -> np.ndarray:
    from PIL import Image

    with Image.open(io.BytesIO(png) if isinstance(png, bytes) else png) as image:
        return np.asarray(image.convert("RGBA"), dtype=np.int16)


def figure_differs(png: bytes, committed: Path) -> str | None:
    if not committed.exists():
        return "missing"
    new, old = pixels(png), pixels(committed)
    if new.shape != old.shape:
        return f"size {old.shape[1]}x{old.shape[0]} became {new.shape[1]}x{new.shape[0]}"
    worst = int(np.abs(new - old).max())
    if worst > FIGURE_PIXEL_TOLERANCE:
        changed = int((np.abs(new - old).max(axis=2) > FIGURE_PIXEL_TOLERANCE).sum())
        return f"{changed} pixels changed by up to {worst}/255"
    return None


def figure_differences(snippet: Path, figures: list[Figure]) -> list[str]:
    """A snippet file's figures, as drawn, against the committed ones."""
    problems = []
    drawn = drawn_figures(snippet, figures)
    for path, (name, png) in drawn.items():
        if why := figure_differs(png, path):
            problems.append(f"{path.relative_to(REPO)}: {name} shown by {snippet.name} differs: {why}")
    for stale in committed_figures(snippet):
        if stale not in drawn:
            problems.append(f"{stale.relative_to(REPO)}: committed but no longer shown by {snippet.name}")
    return problems


def rewrite_figures(snippet: Path, figures: list[Figure]) -> bool:
    """Write a snippet file's figures where they differ, remove those no longer drawn; True if any changed."""
    changed = False
    drawn = drawn_figures(snippet, figures)
    for path, (_, png) in drawn.items():
        if figure_differs(png, path):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(png)
            changed = True
    for stale in committed_figures(snippet):
        if stale not in drawn:
            stale.unlink()
            changed = True
    return changed

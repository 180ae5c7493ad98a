"""The Python blocks of a page, and a page's program: its blocks in page order, as one script.

A block is what the copy button copies: a fence's lines with each `--8<--` include replaced by the
lines pymdownx.snippets puts there (book.layout.section_lines), each line with its origin (snippet
file and line, or the page). Fences whose info string says `notest` (a download the tests cannot
make, say) are shown but not run. Pure: no process, no numpy; the MkDocs hooks may import it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from book.layout import INCLUDE, REPO, section_lines

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

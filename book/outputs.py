"""The `#>` format: what a statement printed sits under it as `#> ` comment lines, character for
character. Reading the blocks of a source, finding the statement each belongs to, and the
differences and updates between a source and what its run printed. Pure: no process, no numpy.
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Callable

OUTPUT_MARK = "#>"


def innermost_statements(source: str) -> dict[int, ast.stmt]:
    """Map every line to the innermost statement that contains it."""
    found: dict[int, ast.stmt] = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt):
            for line in range(node.lineno, node.end_lineno + 1):
                if line not in found or node.end_lineno - node.lineno < found[line].end_lineno - found[line].lineno:
                    found[line] = node
    return found


def output_blocks(lines: list[str]) -> dict[int, list[str]]:
    """The `#>` blocks of a file, keyed by the line number (1-based) just above each block."""
    blocks: dict[int, list[str]] = {}
    index = 0
    while index < len(lines):
        if lines[index].lstrip().startswith(OUTPUT_MARK):
            anchor = index  # 1-based number of the line above
            block = []
            while index < len(lines) and lines[index].lstrip().startswith(OUTPUT_MARK):
                block.append(lines[index].strip())
                index += 1
            blocks[anchor] = block
        else:
            index += 1
    return blocks


def as_output_lines(text: str) -> list[str]:
    if text.endswith("\n"):
        text = text[:-1]
    return [f"{OUTPUT_MARK} {line}".rstrip() for line in text.split("\n")]


def changed_blocks(source: str, printed: dict[int, str]):
    """(anchor, the `#>` lines under it, the lines its statement printed) for each block of `source`
    that differs from what was printed (`printed`: statement end line -> text), in source order; a
    block nothing printed, and a print with no block, included."""
    blocks = output_blocks(source.splitlines())
    for anchor in sorted(set(blocks) | set(printed)):
        expected = blocks.get(anchor, [])
        actual = as_output_lines(printed[anchor]) if anchor in printed else []
        if expected != actual:
            yield anchor, expected, actual


def output_differences(source: str, printed: dict[int, str], locate: Callable[[int], str]) -> list[str]:
    """Readable diffs, one per changed block, character for character; locate(line) names where the
    differing line lives (a page program names the snippet file's line)."""
    problems = []
    for anchor, expected, actual in changed_blocks(source, printed):
        first = next((i for i, (e, a) in enumerate(zip(expected, actual)) if e != a), min(len(expected), len(actual)))
        diff = difflib.unified_diff(expected, actual, "shown on the page", "printed by the run", lineterm="")
        problems.append(f"{locate(anchor + 1 + first)}: output differs\n" + "\n".join(diff))
    return problems


def output_updates(source: str, printed: dict[int, str]) -> list[tuple[int, int, list[str]]]:
    """What update mode changes: (anchor, how many `#>` lines sit under it now, the indented lines
    that replace them) for every changed block."""
    lines = source.splitlines()
    statements = innermost_statements(source)
    updates = []
    for anchor, expected, actual in changed_blocks(source, printed):
        statement = lines[statements[anchor].lineno - 1] if anchor in statements else lines[anchor - 1]
        indent = statement[: len(statement) - len(statement.lstrip())]
        updates.append((anchor, len(expected), [indent + line for line in actual]))
    return updates

"""The snippets' formatter: ruff (snippets/ruff.toml, 80 characters), with the `#>` output mark kept.

ruff writes a `#>` comment as `# >`, which the harness would no longer read as an output line, so
every formatted snippet gets its marks back here. `make format` runs this module; tests/test_lint.py
checks that every snippet equals what `formatted` makes of it.
"""

from __future__ import annotations

import re
import subprocess
import sys

from book.layout import REPO, all_snippets

SPACED_OUTPUT_MARK = re.compile(r"^(\s*)# >", re.MULTILINE)


def formatted(source: str, name: str) -> str:
    """What ruff makes of a snippet's source (`name`: its path from the repository root, which
    picks snippets/ruff.toml), with the `#>` marks restored."""
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--no-cache", "--stdin-filename", name, "-"],
        cwd=REPO,
        input=source,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"ruff could not format {name}:\n{result.stderr}")
    return SPACED_OUTPUT_MARK.sub(r"\1#>", result.stdout)


if __name__ == "__main__":  # `python -m book.formatting`: format every snippet in place
    for snippet in all_snippets():
        source = snippet.read_text()
        new = formatted(source, snippet.relative_to(REPO).as_posix())
        if new != source:
            snippet.write_text(new)
            print(f"formatted {snippet.relative_to(REPO)}")

"""Ruff finds nothing (pyproject.toml: pyflakes, pycodestyle errors and warnings, sorted imports)
anywhere, everything is formatted by it, and the code the pages show fits their code blocks."""

import subprocess
import sys

from book.formatting import formatted
from book.layout import REPO, SNIPPETS, all_snippets
from book.outputs import OUTPUT_MARK

# snippets/ruff.toml: the formatter wraps the chapters' code at 80 characters, what a code block
# of the site shows without scrolling sideways (measured in Chromium: 80 characters of Material's
# code font fit the block at 1280, 1366, 1440 and 1920 pixels wide; tests/browser/test_tour.py
# checks the rendered blocks). Comments, docstrings and strings it cannot split are wrapped by hand.
SHOWN_LINE_LENGTH = 80
FORMATTED = ["book", "hooks", "bench", "records", "tests"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=REPO, capture_output=True, text=True)


def test_ruff_check_finds_nothing():
    result = ruff("check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_machinery_and_tests_are_formatted():
    result = ruff("format", "--no-cache", "--check", *FORMATTED)
    assert result.returncode == 0, result.stdout + result.stderr + "\nrun `make format`"


def test_snippets_are_formatted():
    """ruff at 80 characters, the `#>` output marks kept (book/formatting.py)."""
    unformatted = [
        name
        for snippet in all_snippets()
        if formatted(source := snippet.read_text(), name := snippet.relative_to(REPO).as_posix()) != source
    ]
    assert not unformatted, "not formatted (run `make format`): " + ", ".join(unformatted)


def test_snippet_lines_fit_the_code_block():
    """Every line of a snippet within 80 characters, except the `#>` outputs: what a program printed
    cannot be rewrapped, and the site's stylesheet wraps them instead."""
    too_long = [
        f"{snippet.relative_to(SNIPPETS)}:{number}: {len(line)} characters"
        for snippet in all_snippets()
        for number, line in enumerate(snippet.read_text().splitlines(), start=1)
        if len(line) > SHOWN_LINE_LENGTH and not line.lstrip().startswith(OUTPUT_MARK)
    ]
    assert not too_long, "\n".join(too_long)


# The layers: these modules read and write text only, so the MkDocs hooks (built in the docs-only
# environment, `make serve`: no numpy, no torch) and anything else may import them.
PURE = ["book.layout", "book.blocks", "book.outputs", "book.rerun_study", "book.rerun_record", "book.terminology"]
HEAVY = ["numpy", "torch", "matplotlib"]


def test_the_pure_modules_and_the_hooks_import_no_numpy_torch_or_matplotlib():
    hooks = [path.stem for path in (REPO / "hooks").glob("*.py")]
    loader = "import importlib.util as u\nfor name in NAMES:\n    s = u.spec_from_file_location(name, f'hooks/{name}.py')\n    s.loader.exec_module(u.module_from_spec(s))\n"
    script = f"import sys\nimport {', '.join(PURE)}\nNAMES = {hooks!r}\n{loader}print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"imported by {PURE} or hooks/: {result.stdout.strip()}"

"""Ruff finds nothing (pyproject.toml: pyflakes, pycodestyle errors and warnings, sorted imports)
anywhere, and the machinery and the tests are formatted by it. The snippets keep the layout their
pages show, so the formatter leaves them alone."""

import subprocess
import sys

from book.layout import REPO

FORMATTED = ["book", "hooks", "bench", "tests"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=REPO, capture_output=True, text=True)


def test_ruff_check_finds_nothing():
    result = ruff("check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_machinery_and_tests_are_formatted():
    result = ruff("format", "--no-cache", "--check", *FORMATTED)
    assert result.returncode == 0, (
        result.stdout + result.stderr + "\nrun `uv run ruff format " + " ".join(FORMATTED) + "`"
    )

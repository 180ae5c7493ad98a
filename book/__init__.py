"""The machinery behind the book, shared by tests/, hooks/ and bench/. README.md's "Modules" lists
every module in one line (tests/test_readme.py keeps that list whole); `layout` imports neither
torch nor numpy, so the docs-only environment and the MkDocs hooks can use it.

Installed in editable mode by `uv sync` (pyproject.toml), so everything imports it by name.
"""

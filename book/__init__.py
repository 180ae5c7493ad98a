"""The machinery behind the book, shared by tests/, hooks/ and bench/.

- `layout`: where things are (paths, include syntax, site URL, page and figure names); imports
  neither torch nor numpy, so the docs-only environment and the MkDocs hooks can use it.
- `harness`: runs a snippet as a reader would and compares what it prints and draws.
- `reproducible`: the pinned CPU mode every verification runs in.
- `dataset`: Fashion-MNIST where the snippets look for it, offline when possible.
- `notebooks`: the chapter notebooks generated from the snippets.
- `record_plugin`: the pytest plugin that writes the last-verified record the site shows.

Installed in editable mode by `uv sync` (pyproject.toml), so everything imports it by name.
"""

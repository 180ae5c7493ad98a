"""Generate one Jupyter notebook per chapter from the snippets its page includes.

The notebooks are build outputs committed under docs/notebooks/ (so the site can render them and
Colab can open them from GitHub); tests/test_notebooks.py fails when one differs from what this
module produces and rewrites them under --update-outputs. Run `python -m book.notebooks` to
regenerate them directly.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

from book.layout import (
    DOCS,
    LANGUAGES,
    NOTEBOOKS,
    REPO,
    REPO_URL,
    SECTION_MARKER,
    SITE_URL,
    SNIPPETS,
    includes,
    translation,
)

CLONE = REPO_URL.rsplit("/", 1)[1]

# The same in every notebook: the test that every code cell is a snippet allows exactly this one.
SETUP = f'''\
# Run this cell first. The book's tests run every snippet as a script, with the repository's
# snippets/ folder on the import path (snippets import each other's modules), in a folder whose
# ./data holds Fashion-MNIST, after seeding random, numpy and torch with 0. This cell does the
# same (the folder: the repository root), so each cell prints what its #> comments say.
# In Colab, first run this in a cell of its own:
#     !git clone --depth 1 {REPO_URL}
import os
import random
import sys
from pathlib import Path

import numpy as np
import torch

here = Path.cwd()
candidates = [here, *here.parents, here / "{CLONE}"]  # inside a clone, or next to one (Colab)
repository = next((folder for folder in candidates if (folder / "snippets").is_dir()), None)
if repository is None:
    raise RuntimeError("no snippets/ folder: run this notebook in a clone of {REPO_URL}")
sys.path.insert(0, str(repository / "snippets"))
os.chdir(repository)


def seed(*_):
    random.seed(0)
    np.random.seed(0)
    torch.manual_seed(0)


try:
    get_ipython().events.register("pre_run_cell", seed)  # like the tests: every snippet starts seeded
except NameError:  # not IPython (e.g. exported as a script): one seed for the whole run
    seed()'''


def chapters() -> dict[str, Path]:
    """Chapter slug -> its page, for every snippets/<chapter>/ folder that has a page."""
    slugs = sorted(folder.name.replace("_", "-") for folder in SNIPPETS.iterdir() if folder.is_dir())
    return {slug: DOCS / slug / "index.md" for slug in slugs if (DOCS / slug / "index.md").is_file()}


def included_files(page: Path) -> list[Path]:
    """The Python snippet files a page includes, in the order it first shows each."""
    files = [SNIPPETS / file for file, _ in includes(page) if file.endswith(".py")]
    return list(dict.fromkeys(files))


def code_of(snippet: Path) -> str:
    """The file as the snippet test runs it; only the section markers for the page go."""
    return "\n".join(line for line in snippet.read_text().splitlines() if not SECTION_MARKER.match(line))


def local_imports(snippet: Path) -> list[Path]:
    """Snippet modules a file imports (`from padding_and_stride.output_size import ...`)."""
    names = []
    for node in ast.walk(ast.parse(snippet.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    paths = [SNIPPETS.joinpath(*name.split(".")).with_suffix(".py") for name in names]
    return [path for path in paths if path.is_file()]


def loads_fashion_mnist(files: list[Path]) -> bool:
    seen, pending = set(), list(files)
    while pending:
        file = pending.pop()
        if file not in seen:
            seen.add(file)
            pending += local_imports(file)
    return any("FashionMNIST(" in file.read_text() for file in seen)


def cell(kind: str, number: int, text: str) -> dict:
    lines = text.splitlines(keepends=True)
    common = {"cell_type": kind, "id": f"cell-{number}", "metadata": {}, "source": lines}
    return common | {"execution_count": None, "outputs": []} if kind == "code" else common


# The words of a notebook's introduction, per language: the Korean site renders <slug>.ko.ipynb,
# the same code cells with the introduction in Korean.
INTRO = {
    "en": {
        "title": "{title} (notebook)",
        "cells": "Every code cell below is a snippet of the chapter [{title}]({url}), in the order the page "
        "shows them, generated from the snippet files (not edited by hand). The `#>` comments under a "
        "statement are what it printed when the book's tests ran it with the versions pinned in the "
        "repository's `uv.lock`.",
        "setup": "Run the setup cell first; it needs a clone of the repository ([{repo}]({repo})): in Colab, "
        "run `!git clone --depth 1 {repo}` before it.",
        "data": "This notebook loads **Fashion-MNIST** with torchvision: the first run downloads it "
        "(about 30 MB) into the repository's `data/` folder.",
    },
    "ko": {
        "title": "{title} (노트북)",
        "cells": "아래의 코드 셀은 모두 [{title}]({url}) 장의 스니펫이며, 페이지에 나오는 순서대로 스니펫 "
        "파일에서 생성했습니다(손으로 고치지 않았습니다). 문장 아래의 `#>` 주석은 이 책의 테스트가 저장소의 "
        "`uv.lock`에 고정된 버전으로 실행했을 때 그 문장이 출력한 내용입니다.",
        "setup": "설정 셀을 가장 먼저 실행하세요. 이 셀에는 저장소의 clone이 필요합니다([{repo}]({repo})). "
        "Colab에서는 그 전에 `!git clone --depth 1 {repo}`를 실행하세요.",
        "data": "이 노트북은 torchvision으로 **Fashion-MNIST**를 불러옵니다. 처음 실행할 때 저장소의 `data/` "
        "폴더에 내려받습니다(약 30 MB).",
    },
}


def notebook(slug: str, page: Path, language: str = "en") -> dict:
    title = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?$", page.read_text(), re.M)[1]
    files = included_files(page)
    words = INTRO[language]
    url = f"{SITE_URL}/{slug}/" if language == "en" else f"{SITE_URL}/{language}/{slug}/"
    intro = [
        "# " + words["title"].format(title=title),
        "",
        words["cells"].format(title=title, url=url),
        "",
        words["setup"].format(repo=REPO_URL),
    ]
    if loads_fashion_mnist(files):
        intro += ["", words["data"]]
    cells = [cell("markdown", 0, "\n".join(intro)), cell("code", 1, SETUP)]
    for file in files:
        where = file.relative_to(REPO).as_posix()
        cells.append(cell("markdown", len(cells), f"[`{where}`]({REPO_URL}/blob/main/{where})"))
        cells.append(cell("code", len(cells), code_of(file)))
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def rendered(slug: str, page: Path, language: str = "en") -> str:
    return json.dumps(notebook(slug, page, language), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def expected_notebooks() -> dict[Path, str]:
    """<slug>.ipynb for every chapter, and <slug>.<language>.ipynb where the page is translated."""
    expected = {NOTEBOOKS / f"{slug}.ipynb": rendered(slug, page) for slug, page in chapters().items()}
    for slug, page in chapters().items():
        for language in LANGUAGES:
            if translation(page, language).is_file():
                expected[NOTEBOOKS / f"{slug}.{language}.ipynb"] = rendered(slug, translation(page, language), language)
    return expected


def write_notebooks() -> list[Path]:
    """Bring docs/notebooks/ in line with the chapters; return what changed."""
    expected = expected_notebooks()
    NOTEBOOKS.mkdir(exist_ok=True)
    changed = []
    for path, text in expected.items():
        if not path.exists() or path.read_text() != text:
            path.write_text(text)
            changed.append(path)
    for stale in set(NOTEBOOKS.glob("*.ipynb")) - set(expected):
        stale.unlink()
        changed.append(stale)
    return changed


if __name__ == "__main__":
    for path in write_notebooks():
        print(path.relative_to(REPO))

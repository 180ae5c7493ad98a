"""Generate one Jupyter notebook per chapter: the page's program (book/program.py), one code cell
per block, in page order.

The notebooks are build outputs committed under docs/notebooks/ (so the site can render them and
Colab can open them from GitHub); tests/test_notebooks.py fails when one differs from what this
module produces and rewrites them under --update-outputs. Run `python -m book.notebooks` to
regenerate them directly. A notebook needs no clone of the repository: its cells are the page's
blocks, which the tests run as one program in a fresh process with nothing on the import path.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from book.layout import DOCS, LANGUAGES, NOTEBOOKS, REPO, REPO_URL, SITE_URL, SNIPPETS, translation
from book.program import page_blocks


def chapters() -> dict[str, Path]:
    """Chapter slug -> its page, for every snippets/<chapter>/ folder that has a page."""
    slugs = sorted(folder.name.replace("_", "-") for folder in SNIPPETS.iterdir() if folder.is_dir())
    return {slug: DOCS / slug / "index.md" for slug in slugs if (DOCS / slug / "index.md").is_file()}


def cell(kind: str, number: int, text: str) -> dict:
    lines = text.splitlines(keepends=True)
    common = {"cell_type": kind, "id": f"cell-{number}", "metadata": {}, "source": lines}
    return common | {"execution_count": None, "outputs": []} if kind == "code" else common


# The words of a notebook's introduction, per language: the Korean site renders <slug>.ko.ipynb,
# the same code cells with the introduction in Korean.
INTRO = {
    "en": {
        "title": "{title} (notebook)",
        "cells": "The code cells below are the blocks of the chapter [{title}]({url}), in the order the page "
        "shows them, generated from the page (not edited by hand). Run them top to bottom in a fresh kernel: "
        "they need nothing but `torch`, `torchvision` and `matplotlib`, no clone of the repository. The `#>` "
        "comments under a statement are what it printed when the book's tests ran the same blocks as one "
        "program, with the versions pinned in the repository's `uv.lock`; trained numbers can differ in "
        "their last digits on your machine ([why]({site}/#your-numbers)).",
        "data": "This notebook loads **Fashion-MNIST** with torchvision: the first run downloads it "
        "(about 30 MB) into `./data`. Offline, put the dataset there first.",
    },
    "ko": {
        "title": "{title} (노트북)",
        "cells": "아래의 코드 셀은 [{title}]({url}) 장의 블록을 페이지에 나오는 순서대로 담은 것으로, 페이지에서 "
        "생성했습니다(손으로 고치지 않았습니다). 새 커널에서 위에서부터 차례로 실행하세요. `torch`, `torchvision`, "
        "`matplotlib` 말고는 필요한 것이 없고, 저장소를 복제할 필요도 없습니다. 문장 아래의 `#>` 주석은 이 책의 "
        "테스트가 같은 블록을 하나의 프로그램으로, 저장소의 `uv.lock`에 고정된 버전으로 실행했을 때 그 문장이 "
        "출력한 내용입니다. 학습한 숫자는 여러분의 컴퓨터에서 끝자리가 다를 수 있습니다([이유]({site}/ko/#your-numbers)).",
        "data": "이 노트북은 torchvision으로 **Fashion-MNIST**를 불러옵니다. 처음 실행할 때 `./data`에 "
        "내려받습니다(약 30 MB). 오프라인이라면 먼저 데이터셋을 그곳에 넣어 두세요.",
    },
}


def notebook(slug: str, page: Path, language: str = "en") -> dict:
    title = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?$", page.read_text(), re.M)[1]
    words = INTRO[language]
    url = f"{SITE_URL}/{slug}/" if language == "en" else f"{SITE_URL}/{language}/{slug}/"
    blocks = page_blocks(page)
    intro = ["# " + words["title"].format(title=title), "", words["cells"].format(title=title, url=url, site=SITE_URL)]
    if any("FashionMNIST(" in block.code for block in blocks):
        intro += ["", words["data"]]
    cells = [cell("markdown", 0, "\n".join(intro))]
    for block in blocks:
        sources = [f"[`snippets/{file}`]({REPO_URL}/blob/main/snippets/{file})" for file in block.files]
        cells.append(cell("markdown", len(cells), ", ".join(sources) or f"`{page.relative_to(REPO).as_posix()}`"))
        cells.append(cell("code", len(cells), block.code))
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

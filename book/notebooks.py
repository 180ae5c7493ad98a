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
import posixpath
import re
import tomllib
from pathlib import Path

from book.blocks import page_blocks
from book.layout import (
    LANGUAGES,
    NOTEBOOKS,
    PAGE_PACKAGES,
    REPO,
    REPO_URL,
    SITE_URL,
    SNIPPETS,
    TRAINING_PAGES,
    localized,
    page_file,
    page_of_folder,
    page_title,
    translation,
)
from book.reproducible import PINNED_ENV, THREADS
from book.words import interface_words


def chapters() -> dict[str, Path]:
    """Chapter slug -> its page, for every snippets/<chapter>/ folder that has a page."""
    slugs = sorted(page_of_folder(folder.name) for folder in SNIPPETS.iterdir() if folder.is_dir())
    return {slug: page_file(slug) for slug in slugs if page_file(slug).is_file()}


def cell(kind: str, number: int, text: str) -> dict:
    lines = text.splitlines(keepends=True)
    common = {"cell_type": kind, "id": f"cell-{number}", "metadata": {}, "source": lines}
    return common | {"execution_count": None, "outputs": []} if kind == "code" else common


# The packages a notebook needs, at the versions the tests ran (uv.lock): not typed here.
PACKAGES = ("torch", "torchvision", "matplotlib")


def locked_versions() -> dict[str, str]:
    lock = tomllib.loads((REPO / "uv.lock").read_text())
    wanted = set(PACKAGES).union(*PAGE_PACKAGES.values())
    return {package["name"]: package["version"] for package in lock["package"] if package["name"] in wanted}


def pinned_mode() -> str:
    """The reproducible CPU mode of book/reproducible.py as commented lines a reader can uncomment."""
    lines = ["import os", "", f"os.environ.update({PINNED_ENV!r})", "import torch", ""]
    lines += [f"torch.set_num_threads({THREADS})", "torch.use_deterministic_algorithms(True, warn_only=True)"]
    return "".join(f"# {line}\n" if line else "#\n" for line in lines)


HEADING = re.compile(r"^(#{2,4}) (.+?)(?:\s*\{[^}]*\})?\s*$")
ADMONITION = re.compile(r'^(\s*)(?:\?\?\?\+?|!!!) [\w-]+(?: "(.*)")?\s*$')
LIST_ITEM = re.compile(r"^(\d+)\. (.*)$")


def absolute_links(text: str, page_url: str) -> str:
    """The page's relative links as the site's addresses: a notebook is read outside the site."""

    def address(match: re.Match) -> str:
        target = match[2]
        if re.match(r"[a-z]+:", target):
            return match[0]
        if target.startswith("#"):
            return f"{match[1]}({page_url}{target})"
        resolved = posixpath.normpath(posixpath.join(page_url.removeprefix(SITE_URL), target))
        resolved = re.sub(r"(^|/)index\.md", r"\1", resolved)
        return f"{match[1]}({SITE_URL}{resolved})"

    return re.sub(r"(\]|^)\(([^)\s]+)\)", address, text)


def context(lines: list[str], fence: int) -> tuple[str | None, str | None, tuple[str, str] | None]:
    """What the page shows above the code fence at line `fence` (1-based): its section heading, the
    title of the admonition it sits in, and, for a solution inside a numbered exercise, the
    exercise's number and first paragraph."""
    above = lines[: fence - 1]
    heading = next((f"{m[1]} {m[2]}" for line in reversed(above) if (m := HEADING.match(line))), None)
    indent = len(lines[fence - 1]) - len(lines[fence - 1].lstrip())
    admonition = exercise = None
    for index in range(len(above) - 1, -1, -1):
        line = above[index]
        depth = len(line) - len(line.lstrip())
        if HEADING.match(line):
            break
        if not line.strip() or depth >= indent:
            continue
        if admonition is None and (match := ADMONITION.match(line)):
            admonition, indent = match[2], depth
        elif match := LIST_ITEM.match(line):
            words = [match[2]]
            for text in above[index + 1 :]:
                if not text.strip() or ADMONITION.match(text):
                    break
                words.append(text.strip())
            exercise = (match[1], " ".join(words))
            break
        if indent == 0:
            break
    return heading, admonition, exercise


def notebook(slug: str, page: Path, language: str = "en") -> dict:
    text = page.read_text()
    title = page_title(page)
    words = interface_words(language, "NOTEBOOK_INTRO")
    url = f"{SITE_URL}/{slug}/" if language == "en" else f"{SITE_URL}/{language}/{slug}/"
    blocks = page_blocks(page)
    versions = locked_versions()
    pins = " ".join(f"{name}=={versions[name]}" for name in PACKAGES + PAGE_PACKAGES.get(slug, ()))
    listed = ", ".join(f"{name} {versions[name]}" for name in PACKAGES)
    cells_text = words["cells"].format(title=title, url=url, site=SITE_URL, versions=listed)
    intro = ["# " + words["title"].format(title=title), "", cells_text]
    if any("FashionMNIST(" in block.code for block in blocks):
        intro += ["", words["data"]]
    if slug in TRAINING_PAGES:
        intro += ["", words["trains"]]
    setup = words["setup"].format(pins=pins)
    if slug in TRAINING_PAGES:
        setup += "\n" + words["pinned"].format(site=SITE_URL) + pinned_mode()
    cells = [cell("markdown", 0, "\n".join(intro)), cell("code", 1, setup)]
    lines, shown = text.splitlines(), None
    for block in blocks:
        heading, admonition, exercise = context(lines, block.line)
        notes = []
        if heading != shown:  # in bold, not as a heading: the site's notebook pages list headings
            notes.append(f"**{heading.lstrip('# ')}**" if heading else None)  # with anchors of their own
            shown = heading
        if exercise:
            notes.append(words["exercise"].format(number=exercise[0]) + exercise[1])
        if admonition:
            notes.append(f"*{admonition}*")
        sources = [f"[`snippets/{file}`]({REPO_URL}/blob/main/snippets/{file})" for file in block.files]
        notes.append(", ".join(sources) or f"`{page.relative_to(REPO).as_posix()}`")
        cells.append(cell("markdown", len(cells), absolute_links("\n\n".join(n for n in notes if n), url)))
        cells.append(cell("code", len(cells), block.code))
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {
                "file_extension": ".py",
                "mimetype": "text/x-python",
                "name": "python",
                "nbconvert_exporter": "python",
                "pygments_lexer": "ipython3",
            },
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
                expected[localized(NOTEBOOKS / f"{slug}.ipynb", language)] = rendered(
                    slug, translation(page, language), language
                )
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

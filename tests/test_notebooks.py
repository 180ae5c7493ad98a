"""The chapter notebooks are the pages' programs, hold nothing else, and run without a clone."""

import ast
import json
import os
import re
import sys
import textwrap
from importlib.metadata import PackageNotFoundError, packages_distributions, requires, version
from itertools import zip_longest
from pathlib import Path

import nbformat
import pytest

from book.dataset import data_folder_in
from book.layout import NOTEBOOKS, REPO, REPO_URL, SITE_URL, SNIPPETS, page_file
from book.notebooks import absolute_links, chapters, context, expected_notebooks, pinned_mode, write_notebooks
from book.outputs import OUTPUT_MARK
from book.reproducible import PINNED_ENV

# nbconvert's template would load these from cdnjs (tests/test_site.py checks tags, not imports).
CDN_LOADER = re.compile(r"""import\(\s*["'](?:https?:)?//|<script src="">|cdnjs\.""")


def committed() -> list[dict]:
    return [json.loads(path.read_text()) for path in sorted(NOTEBOOKS.glob("*.ipynb"))]


def code_cells(notebook: dict) -> list[str]:
    """The code cells after the setup cell (the commented install line, book/notebooks.py)."""
    return ["".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code"][1:]


def setup_cell(notebook: dict) -> str:
    return next("".join(cell["source"]) for cell in notebook["cells"] if cell["cell_type"] == "code")


def test_committed_notebooks_are_what_the_generator_makes(update_outputs):
    if update_outputs:
        write_notebooks()
        return
    expected = expected_notebooks()
    present = set(NOTEBOOKS.glob("*.ipynb"))
    problems = [f"{p.relative_to(REPO)} is missing" for p in expected if p not in present]
    problems += [
        f"{p.relative_to(REPO)} is out of date" for p in expected if p in present and p.read_text() != expected[p]
    ]
    problems += [f"{p.relative_to(REPO)} belongs to no chapter" for p in present - set(expected)]
    assert not problems, (
        "\n".join(problems) + "\nregenerate them with `make outputs` (or this file with --update-outputs)"
    )


# The page's Markdown read here, apart from book/program.py, which generates the notebooks: a
# generator that dropped, reordered or altered a line would otherwise check its output against itself.
MD_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE_LINE = re.compile(r'^--8<-- "(?P<file>[^":]+)(?::(?P<section>[\w-]+))?"$')
SECTION_MARK = re.compile(r"^# --8<-- \[(?P<edge>start|end):(?P<section>[\w-]+)\]$")


def included(file: str, section: str | None) -> list[str]:
    """The lines pymdownx.snippets puts in place of an include line: those between the section's
    first start and end markers, other markers left out, dedented (mkdocs.yml: dedent_subsections)."""
    lines = (SNIPPETS / file).read_text().splitlines()
    if section is None:
        return [line for line in lines if not SECTION_MARK.match(line.strip())]
    stripped = [line.strip() for line in lines]
    start = stripped.index(f"# --8<-- [start:{section}]")
    end = stripped.index(f"# --8<-- [end:{section}]", start)
    inside = [line for line in lines[start + 1 : end] if not SECTION_MARK.match(line.strip())]
    return textwrap.dedent("\n".join(inside)).split("\n")


def shown_python_blocks(page: Path) -> list[str]:
    """The code of each Python fence of a page that runs (not `.notest`), its include lines expanded."""
    lines, blocks, index = page.read_text().splitlines(), [], 0
    while index < len(lines):
        opening = MD_FENCE.match(lines[index])
        index += 1
        if not opening:
            continue
        indent, fence, words = opening["indent"], opening["fence"], opening["info"].replace("{", " ").split()
        body = []
        while index < len(lines) and not re.fullmatch(rf" *{fence[0]}{{{len(fence)},}} *", lines[index]):
            body.append(lines[index].removeprefix(indent))
            index += 1
        index += 1  # the closing fence
        if words[:1] == ["python"] and ".notest" not in words:
            code = []
            for line in body:
                include = INCLUDE_LINE.match(line.strip())
                code += included(include["file"], include["section"]) if include else [line]
            blocks.append("\n".join(code))
    return blocks


def test_each_notebook_is_its_pages_python_blocks_cell_for_cell():
    """The proof that one run covers both: a notebook's code cells are the Python blocks its page
    shows (those tests/test_pages.py runs as the page's program), in the same order, and nothing
    else; read from the page and the snippets here, not by the generator."""
    notebooks, problems = sorted(NOTEBOOKS.glob("*.ipynb")), []
    assert len(notebooks) >= 2 * len(chapters()), "fewer notebooks than chapters in two languages"
    for path in notebooks:
        slug, _, language = path.name.removesuffix(".ipynb").partition(".")
        page = page_file(slug, language or "en")
        notebook = json.loads(path.read_text())
        nbformat.validate(nbformat.from_dict(notebook))
        # the setup cell runs nothing until a reader uncomments its install line
        assert all(line.startswith("#") or not line for line in setup_cell(notebook).splitlines()), path.name
        cells, blocks = code_cells(notebook), shown_python_blocks(page)
        where = f"{path.name} against {page.relative_to(REPO)}"
        if not blocks or len(cells) != len(blocks):
            problems.append(f"{where}: {len(cells)} code cells after the setup cell, {len(blocks)} Python blocks")
            continue
        for number, (cell, block) in enumerate(zip(cells, blocks), start=1):
            if cell != block:
                line = next(n for n, (a, b) in enumerate(zip_longest(cell.split("\n"), block.split("\n")), 1) if a != b)
                problems.append(f"{where}: code cell {number} differs from block {number} at its line {line}")
    assert not problems, "\n".join(problems)


INSTALL_LINE = re.compile(r"^# %pip install (?P<pins>.+)$", re.M)


def pins(notebook: dict) -> dict[str, str]:
    """Package -> version of the setup cell's install line (`# %pip install torch==2.13.0 ...`)."""
    line = INSTALL_LINE.search(setup_cell(notebook))
    assert line, "the setup cell has no install line"
    return dict(pin.split("==") for pin in line["pins"].split())


def test_the_setup_cell_pins_the_versions_the_tests_ran():
    """Each pin is the version installed in the environment these tests run in (the one that
    printed every #> line), read from the installed packages, not from uv.lock as the generator does."""
    problems = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        pinned = pins(json.loads(path.read_text()))
        missing = {"torch", "torchvision", "matplotlib"} - pinned.keys()
        problems += [f"{path.name} does not pin {name}" for name in sorted(missing)]
        for name, pin in pinned.items():
            installed = version(name).split("+")[0]  # torch==2.13.0 installs 2.13.0+cpu too
            if pin != installed:
                problems.append(f"{path.name} pins {name}=={pin}; the tests ran {installed}")
    assert not problems, "\n".join(problems)


def test_the_setup_cell_installs_every_package_the_cells_import():
    """A reader who runs the install line gets every package a code cell imports: a pinned one or
    one that a pinned package requires (numpy and pillow come with torchvision)."""
    providers = packages_distributions()
    problems = []
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        notebook = json.loads(path.read_text())
        installed, queue = set(), [canonical(name) for name in pins(notebook)]
        while queue:  # the pinned packages and everything they require
            name = queue.pop()
            if name not in installed:
                installed.add(name)
                queue += requirements(name)
        for module in sorted(imported_modules(code_cells(notebook)) - set(sys.stdlib_module_names)):
            if not {canonical(name) for name in providers.get(module, [module])} & installed:
                problems.append(f"{path.name} imports {module}, which its install line does not install")
    assert not problems, "\n".join(problems)


def requirements(name: str) -> list[str]:
    """The distributions an installed one requires, its optional extras aside (none when it is not
    installed here, as a platform's own dependency may not be)."""
    try:
        listed = requires(name) or []
    except PackageNotFoundError:
        return []
    return [canonical(requirement) for requirement in listed if not re.search(r"\bextra\s*==", requirement)]


def canonical(requirement: str) -> str:
    """A distribution's name as pip compares them: `Pillow>=8` is pillow."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9._-]+", requirement)[0]).lower()


def imported_modules(cells: list[str]) -> set[str]:
    """The top-level modules the cells import (`import torch.nn as nn`: torch)."""
    modules = set()
    for node in (node for cell in cells for node in ast.walk(ast.parse(cell))):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules.add(node.module.split(".")[0])
    return modules


def test_a_solution_cell_is_introduced_by_its_section_and_exercise():
    page = [
        "## Exercises { #exercises }",
        "",
        "1. Pool a map. See [the rule](../padding-and-stride/index.md#rule)",
        "   and [above](#pitfalls).",
        "",
        '    ??? success "Solution"',
        '        ```python title="snippets/pooling/exercise.py"',
    ]
    heading, admonition, exercise = context(page, len(page))
    assert (heading, admonition) == ("## Exercises", "Solution")  # shown in bold
    assert exercise == ("1", "Pool a map. See [the rule](../padding-and-stride/index.md#rule) and [above](#pitfalls).")
    assert absolute_links(exercise[1], f"{SITE_URL}/ko/pooling/") == (
        f"Pool a map. See [the rule]({SITE_URL}/ko/padding-and-stride/#rule) and [above]({SITE_URL}/ko/pooling/#pitfalls)."
    )
    assert context(["# Page", "## Section", "", "```python"], 4) == ("## Section", None, None)


def test_notebooks_that_load_fashion_mnist_say_so_first():
    for notebook in committed():
        if any("FashionMNIST(" in cell for cell in code_cells(notebook)):
            intro = notebook["cells"][0]
            assert intro["cell_type"] == "markdown" and "Fashion-MNIST" in "".join(intro["source"])


def test_the_smallest_notebook_runs_top_to_bottom_without_a_clone(tmp_path, dataset_root):
    """One notebook, executed by a Jupyter kernel in a folder that holds only ./data: no snippets/,
    no repository on the path. Each cell prints what its #> comments say (the page test checks every
    page's program line by line; this shows a kernel runs the same cells)."""
    from nbclient import NotebookClient

    data_folder_in(tmp_path, dataset_root)
    path = min(NOTEBOOKS.glob("*.ipynb"), key=lambda p: p.stat().st_size)
    notebook = nbformat.read(path, as_version=4)
    NotebookClient(notebook, timeout=300, resources={"metadata": {"path": str(tmp_path)}}).execute()
    for cell in [cell for cell in notebook.cells if cell.cell_type == "code"][1:]:  # after the setup cell
        printed, shown = stdout_and_shown(cell)
        assert printed == shown, f"{path.name}:\n{cell.source}"


def stdout_and_shown(cell) -> tuple[list[str], list[str]]:
    """What a code cell printed, and what its #> comments say it prints, each sorted (a loop may
    print under two statements in turn)."""
    printed = "".join(out.get("text", "") for out in cell.outputs if out.get("name") == "stdout")
    shown = [
        line.strip()[len(OUTPUT_MARK) :].removeprefix(" ")
        for line in cell.source.splitlines()
        if line.strip().startswith(OUTPUT_MARK)
    ]
    return sorted(line.rstrip() for line in printed.splitlines()), sorted(shown)


@pytest.mark.training
def test_a_training_notebook_in_its_pinned_mode_prints_the_pages_trained_numbers(tmp_path, dataset_root):
    """The setup cell's promise: uncommented in a kernel started without the tests' settings, its
    reproducible-mode lines make a training chapter print the page's numbers to the digit. Shown
    with the shortest training chapter, Feature maps (about half a minute)."""
    from nbclient import NotebookClient

    data_folder_in(tmp_path, dataset_root)
    notebook = nbformat.read(NOTEBOOKS / "feature-maps.ipynb", as_version=4)
    setup = next(cell for cell in notebook.cells if cell.cell_type == "code")
    pinned = pinned_mode()
    assert pinned in setup.source
    setup.source = setup.source.replace(pinned, "".join(line[2:] + "\n" for line in pinned.splitlines()))
    unpinned = {key: value for key, value in os.environ.items() if key not in PINNED_ENV}
    client = NotebookClient(notebook, timeout=600, resources={"metadata": {"path": str(tmp_path)}})
    client.execute(env=unpinned)
    problems = []
    for cell in [cell for cell in notebook.cells if cell.cell_type == "code"][1:]:
        printed, shown = stdout_and_shown(cell)
        if printed != shown:
            problems.append(f"{cell.source}\nprinted: {printed}")
    assert not problems, "\n\n".join(problems)


def test_every_notebook_is_a_rendered_page_with_colab_and_download_links(built_site):
    """<slug>.ipynb is the page notebooks/<slug>/ of the English site, <slug>.ko.ipynb the same
    page of the Korean site; each offers itself for download and in Colab, and its chapter links to it."""
    colab = "https://colab.research.google.com/github/" + REPO_URL.removeprefix("https://github.com/")
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        slug, _, language = path.name.removesuffix(".ipynb").partition(".")
        site = built_site / language if language else built_site
        page = site / "notebooks" / slug / "index.html"
        assert page.is_file(), f"{path.name} has no page"
        html = page.read_text()
        assert "jp-Notebook" in html, f"{page.relative_to(built_site)} is not a rendered notebook"
        assert f'href="{colab}/blob/main/docs/notebooks/{path.name}"' in html
        assert (page.parent / path.name).read_bytes() == path.read_bytes()  # the download
        chapter = (site / slug / "index.html").read_text()
        assert f'href="../notebooks/{slug}/"' in chapter, f"{slug}/ does not link to its notebook"
        assert f'href="../notebooks/{slug}/{path.name}" download' in chapter


def test_every_chapter_has_a_korean_notebook_with_a_korean_introduction():
    for path in NOTEBOOKS.glob("*.ipynb"):
        slug, _, language = path.name.removesuffix(".ipynb").partition(".")
        if language:
            intro = "".join(json.loads(path.read_text())["cells"][0]["source"])
            assert "장의 블록" in intro, f"{path.name}: the introduction is not in its language"
        else:
            assert (NOTEBOOKS / f"{slug}.ko.ipynb").is_file(), f"{slug} has no Korean notebook"


def test_notebook_pages_load_nothing_from_a_cdn(built_site):
    offenders = [
        f"{page.relative_to(built_site)}: {match.group(0)}"
        for page in built_site.glob("**/notebooks/*/index.html")
        for match in CDN_LOADER.finditer(page.read_text())
    ]
    assert not offenders, "\n".join(offenders)

"""The chapter notebooks are the pages' programs, hold nothing else, and run without a clone."""

import json
import os
import re

import nbformat
import pytest

from book.harness import OUTPUT_MARK
from book.layout import DOCS, NOTEBOOKS, REPO, REPO_URL, SITE_URL, translation
from book.notebooks import (
    PACKAGES,
    absolute_links,
    context,
    expected_notebooks,
    locked_versions,
    pinned_mode,
    write_notebooks,
)
from book.program import page_blocks
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


def test_each_notebook_is_its_page_program_cell_for_cell():
    """The proof that one run covers both: a notebook's code cells are the blocks that
    tests/test_pages.py runs as the page's program, in the same order, and nothing else."""
    for path in sorted(NOTEBOOKS.glob("*.ipynb")):
        slug, _, language = path.name.removesuffix(".ipynb").partition(".")
        page = DOCS / slug / "index.md"
        page = translation(page, language) if language else page
        notebook = json.loads(path.read_text())
        nbformat.validate(nbformat.from_dict(notebook))
        assert code_cells(notebook) == [block.code for block in page_blocks(page)], path.name
        # the setup cell runs nothing until a reader uncomments its install line
        assert all(line.startswith("#") or not line for line in setup_cell(notebook).splitlines()), path.name


def test_the_setup_cell_pins_the_versions_the_tests_ran():
    versions = locked_versions()
    for notebook in committed():
        pins = " ".join(f"{name}=={versions[name]}" for name in PACKAGES)
        assert f"# %pip install {pins}" in setup_cell(notebook)


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

    (tmp_path / "data").symlink_to(dataset_root, target_is_directory=True)
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

    (tmp_path / "data").symlink_to(dataset_root, target_is_directory=True)
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

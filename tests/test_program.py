"""The page-as-program check catches what a reader copying a page would hit: an import or a helper
that the page does not show, hidden seeding; and its update mode writes outputs back where they
belong, in the snippet sections the blocks came from."""

import shutil

import pytest

from book import layout
from book import program as programs
from book.blocks import page_blocks, page_program

HELPER = """\
# --8<-- [start:double]
def double(x):
    return 2 * x
# --8<-- [end:double]
"""

USER = """\
import torch

from chapter_a.helpers import double

# --8<-- [start:demo]
print(double(21))
#> 42
print(torch.tensor([1, 2]).sum().item())
#> 3
# --8<-- [end:demo]
"""

PAGE = """\
# Chapter B

```python title="snippets/chapter_b/user.py"
--8<-- "chapter_b/user.py:demo"
```
"""

HELPER_BLOCK = """\
??? info "Helpers from earlier chapters"
    ```python title="snippets/chapter_a/helpers.py"
    --8<-- "chapter_a/helpers.py:double"
    ```

"""


@pytest.fixture
def book(tmp_path, relocated):
    """A throwaway book: two chapters' snippets and one page, so the real ones are never touched."""
    relocated(repo=tmp_path, snippets=tmp_path / "snippets", figures=tmp_path / "docs" / "assets" / "figures")
    for folder in ("snippets/chapter_a", "snippets/chapter_b", "docs/chapter-b", "work"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "snippets/chapter_a/helpers.py").write_text(HELPER)
    (tmp_path / "snippets/chapter_b/user.py").write_text(USER)
    return tmp_path


def check(book, page_text: str) -> list[str]:
    page = book / "docs/chapter-b/index.md"
    page.write_text(page_text)
    program = page_program(page)
    run = programs.run_page(program, book / "work", book / "scratch")
    return programs.output_differences(program, run) + programs.figure_differences(program, run)


def show_imports(book):
    user = book / "snippets/chapter_b/user.py"
    user.write_text(
        USER.replace("import torch\n\n", "").replace(
            "# --8<-- [start:demo]\n", "# --8<-- [start:demo]\nimport torch\n\n"
        )
    )


def test_an_import_above_the_shown_section_fails_the_page(book):
    with pytest.raises(programs.ProgramFailed) as failure:
        check(book, HELPER_BLOCK + PAGE)
    assert "NameError: name 'torch' is not defined" in str(failure.value)
    line = USER.splitlines().index("print(torch.tensor([1, 2]).sum().item())") + 1
    assert f"(snippets/chapter_b/user.py:{line})" in str(failure.value)  # where the reader finds it


def test_a_helper_from_another_chapter_must_be_shown_on_the_page(book):
    show_imports(book)
    with pytest.raises(programs.ProgramFailed, match="NameError: name 'double' is not defined"):
        check(book, PAGE)
    assert check(book, HELPER_BLOCK + PAGE) == []


def test_a_wrong_output_is_located_in_its_snippet_file(book):
    show_imports(book)
    user = book / "snippets/chapter_b/user.py"
    user.write_text(user.read_text().replace("#> 3", "#> 4"))
    [problem] = check(book, HELPER_BLOCK + PAGE)
    line = user.read_text().splitlines().index("#> 4") + 1
    assert problem.startswith(f"snippets/chapter_b/user.py:{line}: output differs")


def test_the_program_is_not_seeded_and_sees_no_snippets_folder(book):
    page = "```python\nimport sys\nimport torch\n\nprint(torch.initial_seed() != 0, any('snippets' in p for p in sys.path))\n```\n"
    [problem] = check(book, page)  # the block written in the page has no #> line: what did it print?
    assert "+#> True False" in problem


def test_update_writes_outputs_into_the_sections_and_is_idempotent(book):
    show_imports(book)
    user = book / "snippets/chapter_b/user.py"
    committed = user.read_text()
    user.write_text("".join(line for line in committed.splitlines(keepends=True) if not line.startswith("#>")))
    page = book / "docs/chapter-b/index.md"
    page.write_text(HELPER_BLOCK + PAGE)
    program = page_program(page)
    programs.rewrite(program, programs.run_page(program, book / "work", book / "scratch"))
    assert user.read_text() == committed
    assert (book / "snippets/chapter_a/helpers.py").read_text() == HELPER
    assert check(book, HELPER_BLOCK + PAGE) == []


def test_update_regenerates_a_real_page_byte_for_byte(tmp_path, relocated, snippet_workdir):
    """Update mode on copies of a real page's snippets, their outputs and figures removed, gives
    back the committed files."""
    page = layout.DOCS / "pooling" / "index.md"
    files = sorted({file for block in page_blocks(page) for file in block.files})
    shutil.copytree(layout.SNIPPETS, tmp_path / "snippets")
    relocated(snippets=tmp_path / "snippets", figures=tmp_path / "figures")
    for file in files:
        copy = tmp_path / "snippets" / file
        copy.write_text(
            "".join(line for line in copy.read_text().splitlines(keepends=True) if not line.lstrip().startswith("#>"))
        )
    program = page_program(page)  # of the stripped copies
    programs.rewrite(program, programs.run_page(program, snippet_workdir, tmp_path / "scratch"))
    for file in files:
        assert (tmp_path / "snippets" / file).read_text() == (layout.REPO / "snippets" / file).read_text(), file
    drawn = sorted((tmp_path / "figures").rglob("*.png"))
    assert drawn, "the page draws figures"
    for figure in drawn:
        committed = layout.REPO / "docs" / "assets" / "figures" / figure.relative_to(tmp_path / "figures")
        assert figure.read_bytes() == committed.read_bytes(), figure.name


def test_a_variant_is_checked_against_its_own_output_lines(book):
    """A long run's short version (book/long_runs.py) runs with the record's `#>` lines in place of
    the page's: the check reads the text that ran, not the page's program."""
    show_imports(book)
    page = book / "docs/chapter-b/index.md"
    page.write_text(HELPER_BLOCK + PAGE)
    program = page_program(page)
    variant = program.text.replace("#> 3", "#> 4")
    run = programs.run_page(program, book / "work", book / "scratch", text=variant)
    [problem] = programs.output_differences(program, run)
    assert "-#> 4" in problem and "+#> 3" in problem
    assert programs.output_differences(program, programs.run_page(program, book / "work", book / "scratch")) == []

"""The harness catches what it must: a wrong `#>` line, a stale block, a changed figure, a figure
word with no Korean, text too small to read; and update mode reproduces the committed files
exactly. Each check runs a page through book/program.py, as `make test` runs the book's pages."""

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from book import harness, layout
from book import program as programs
from book.blocks import page_program

SNIPPET = """\
import matplotlib.pyplot as plt

def report(epoch, accuracy):
    print(f"epoch {epoch}: {accuracy:.2f}%")

print(3 * 14)
#> 42
for epoch, accuracy in [(1, 75.355), (2, 79.391)]:
    report(epoch, accuracy)
    #> epoch 1: 75.36%
    #> epoch 2: 79.39%
print(
    "two", "lines",
    sep="\\n",
)
#> two
#> lines
plt.plot([0, 1], [1, 0])
plt.show()
"""


PAGE = """\
# Demo chapter

```python title="snippets/demo_chapter/demo.py"
--8<-- "demo_chapter/demo.py"
```
"""


@pytest.fixture
def sandbox(tmp_path, relocated):
    """A throwaway book with one page that shows one snippet file whole, so the real snippets and
    figures are never touched."""
    relocated(repo=tmp_path, snippets=tmp_path / "snippets", figures=tmp_path / "docs" / "assets" / "figures")
    for folder in ("snippets/demo_chapter", "docs/demo-chapter", "work"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "docs/demo-chapter/index.md").write_text(PAGE)
    return tmp_path


def write_snippet(sandbox: Path, text: str) -> Path:
    path = sandbox / "snippets" / "demo_chapter" / "demo.py"
    path.write_text(text)
    return path


def run(sandbox: Path):
    program = page_program(sandbox / "docs/demo-chapter/index.md")
    return program, programs.run_page(program, sandbox / "work", sandbox / "scratch")


def check(sandbox: Path, path: Path) -> list[str]:
    program, result = run(sandbox)
    return programs.output_differences(program, result) + programs.figure_differences(program, result)


def update(sandbox: Path, path: Path) -> None:
    programs.rewrite(*run(sandbox))


def update_figures_only(sandbox: Path, path: Path) -> None:
    """Update mode with the snippet's `#>` lines left as they are."""
    text = path.read_text()
    update(sandbox, path)
    path.write_text(text)


def test_correct_outputs_pass_once_the_figure_exists(sandbox):
    path = write_snippet(sandbox, SNIPPET)
    assert check(sandbox, path) == [
        "docs/assets/figures/demo-chapter/demo-1.png: figure 1 shown by demo.py differs: missing"
    ]
    update(sandbox, path)
    assert path.read_text() == SNIPPET
    assert check(sandbox, path) == []


def test_a_wrong_digit_fails_and_names_file_and_line(sandbox):
    path = write_snippet(sandbox, SNIPPET.replace("epoch 2: 79.39%", "epoch 2: 79.38%"))
    update_figures_only(sandbox, path)
    problems = check(sandbox, path)
    assert len(problems) == 1
    assert problems[0].startswith("snippets/demo_chapter/demo.py:11: output differs")
    assert "-#> epoch 2: 79.38%" in problems[0] and "+#> epoch 2: 79.39%" in problems[0]


def test_missing_and_stale_output_blocks_fail(sandbox):
    text = SNIPPET.replace("#> 42\n", "").replace("plt.show()\n", "plt.show()\n#> nothing printed this\n")
    path = write_snippet(sandbox, text)
    update_figures_only(sandbox, path)
    problems = check(sandbox, path)
    assert [p.splitlines()[0] for p in problems] == [
        "snippets/demo_chapter/demo.py:7: output differs",
        "snippets/demo_chapter/demo.py:19: output differs",
    ]


def test_update_mode_rewrites_outputs_and_is_idempotent(sandbox):
    bare = "".join(line for line in SNIPPET.splitlines(keepends=True) if not line.lstrip().startswith("#>"))
    path = write_snippet(sandbox, bare + "#> left over\n")
    update(sandbox, path)
    assert path.read_text() == SNIPPET
    figure = sandbox / "docs/assets/figures/demo-chapter/demo-1.png"
    first = figure.read_bytes()
    update(sandbox, path)
    assert path.read_text() == SNIPPET and figure.read_bytes() == first


def test_changed_figure_is_detected(sandbox):
    path = write_snippet(sandbox, SNIPPET)
    update(sandbox, path)
    figure = sandbox / "docs/assets/figures/demo-chapter/demo-1.png"
    pixels = np.asarray(Image.open(figure).convert("RGBA")).copy()
    pixels[10:20, 10:20] = [255, 0, 0, 255]
    Image.fromarray(pixels).save(figure)
    assert check(sandbox, path) == [
        "docs/assets/figures/demo-chapter/demo-1.png: figure 1 shown by demo.py differs: 100 pixels changed by up to 255/255"
    ]


def test_figure_no_longer_shown_is_reported_and_removed_by_update(sandbox):
    path = write_snippet(sandbox, SNIPPET)
    update(sandbox, path)
    path.write_text(SNIPPET.replace("plt.show()\n", ""))
    assert check(sandbox, path) == [
        "docs/assets/figures/demo-chapter/demo-1.png: committed but no longer shown by demo.py"
    ]
    update(sandbox, path)
    assert check(sandbox, path) == []


KOREAN_FIGURE = """\
import matplotlib.pyplot as plt

plt.plot([0, 1], [1, 0])
plt.xlabel("learning rate")
plt.title("TITLE")
plt.show()
"""


def test_a_figure_with_english_text_gets_a_korean_variant_that_is_checked(sandbox):
    path = write_snippet(sandbox, KOREAN_FIGURE.replace("TITLE", "Fashion-MNIST, 1000 test images"))
    update(sandbox, path)
    english = sandbox / "docs/assets/figures/demo-chapter/demo-1.png"
    korean = sandbox / "docs/assets/figures/demo-chapter/demo-1.ko.png"
    assert english.exists() and korean.exists() and korean.read_bytes() != english.read_bytes()
    assert check(sandbox, path) == []
    # the Korean variant is compared like the English one...
    pixels = np.asarray(Image.open(korean).convert("RGBA")).copy()
    pixels[10:20, 10:20] = [255, 0, 0, 255]
    Image.fromarray(pixels).save(korean)
    assert check(sandbox, path) == [
        "docs/assets/figures/demo-chapter/demo-1.ko.png: figure 1 in Korean shown by demo.py differs: "
        "100 pixels changed by up to 255/255"
    ]
    # ...and is stale once the figure shows no English word
    path.write_text(KOREAN_FIGURE.replace('plt.xlabel("learning rate")\n', "").replace("TITLE", "3x3"))
    assert (
        check(sandbox, path)[-1]
        == "docs/assets/figures/demo-chapter/demo-1.ko.png: committed but no longer shown by demo.py"
    )
    update(sandbox, path)
    assert english.exists() and not korean.exists()


def test_english_figure_text_without_korean_fails_naming_it(sandbox):
    write_snippet(sandbox, KOREAN_FIGURE.replace("TITLE", "a banana for scale"))
    with pytest.raises(
        programs.ProgramFailed, match=r"figure text with no Korean in book/words_ko.py .*'a banana for scale'"
    ):
        run(sandbox)


def test_figure_text_too_small_to_read_fails_naming_it(sandbox):
    """6 pt is 8.3 px at the pages' 100 dpi: the run fails; 6.5 pt, 9 px, the smallest the book
    draws, passes."""
    small = KOREAN_FIGURE.replace('plt.title("TITLE")', 'plt.title("3x3", fontsize=6)')
    write_snippet(sandbox, small)
    with pytest.raises(programs.ProgramFailed, match=r"figure text under 9 px at 100 dpi.*: '3x3' at 6 pt\n"):
        run(sandbox)
    write_snippet(sandbox, small.replace("fontsize=6", "fontsize=6.5"))
    run(sandbox)


def test_the_korean_variant_translates_named_ticks():
    """Class names on an axis are written by the tick formatter at every draw, not set once."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from book.figure_text import korean_variant

    figure, axes = plt.subplots()
    axes.imshow([[0, 1], [1, 0]])
    axes.set_xticks(range(2), ["Coat", "Shirt"])
    axes.set_ylabel("true class")
    assert korean_variant(figure, dpi=50) is not None
    assert [label.get_text() for label in axes.get_xticklabels()] == ["코트", "셔츠"]
    assert axes.get_ylabel() == "실제 클래스"
    plt.close(figure)


KOREAN_FIGURES = sorted(layout.FIGURES.rglob("*.ko.png"))


def test_korean_figures_are_found():
    assert len(KOREAN_FIGURES) > 10, KOREAN_FIGURES


@pytest.mark.parametrize("korean", KOREAN_FIGURES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_a_korean_figure_is_the_english_one_at_the_same_size(korean):
    """Each Korean figure has the English figure's width and height in pixels, so its text, drawn
    at the English text's sizes (test below), is as large as the English text on the page."""
    english = korean.with_name(korean.name.replace(".ko.png", ".png"))
    assert harness.pixels(korean).shape == harness.pixels(english).shape


def test_the_korean_variant_keeps_every_text_at_its_english_size():
    """Korean words replace the English ones at the same font size: never shrunk to fit."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.text import Text

    from book.figure_text import korean_variant

    figure, axes = plt.subplots()
    axes.plot([0, 1], [0, 1])
    axes.set_xlabel("training seconds (median)", fontsize=7)
    axes.set_ylabel("validation accuracy (%)", fontsize=11)
    axes.set_title("accuracy against size", fontsize=9)
    figure.canvas.draw()
    before = {id(text): text.get_fontsize() for text in figure.findobj(Text) if text.get_text()}
    assert korean_variant(figure, dpi=50) is not None
    after = {id(text): text.get_fontsize() for text in figure.findobj(Text) if text.get_text()}
    assert axes.get_title() == "파라미터 수에 따른 정확도"
    assert {key: after[key] for key in before} == before
    plt.close(figure)


def test_the_lines_of_a_korean_label_do_not_touch():
    """Between the two lines of a Korean label drawn at 100 dpi lie at least 3 blank pixel rows:
    matplotlib's line spacing of 1.2 left one (saliency-1.ko.png's row labels touched), 1.5 leaves
    five."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from book.figure_text import korean_variant

    figure = plt.figure(figsize=(2, 1))
    label = figure.text(0.5, 0.5, "saliency,\nrandom weights", fontsize=8, ha="center", va="center")
    assert korean_variant(figure, dpi=100) is not None
    assert label.get_text() == "돌출 맵,\n무작위 가중치"
    figure.set_dpi(100)
    figure.canvas.draw()
    ink = np.asarray(figure.canvas.buffer_rgba())[..., :3].min(axis=2) < 128
    rows = np.flatnonzero(ink.any(axis=1))  # rows with ink, top to bottom
    widest_gap = int((np.diff(rows) - 1).max())
    assert widest_gap >= 3, f"{widest_gap} blank rows between the lines"
    plt.close(figure)


def test_too_small_texts_sees_table_cells_and_mathtext_scripts():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots()
    axes.set_title("$10^{-3}$", fontsize=10)  # its exponent at 7 pt, 9.7 px: readable
    table = axes.table([["4", "5"]], loc="bottom")
    table.auto_set_font_size(False)
    table.set_fontsize(5)
    figure.canvas.draw()
    assert harness.too_small_texts(figure) == ["'4' at 5 pt", "'5' at 5 pt"]
    axes.set_title("$10^{-3}$", fontsize=8)  # exponent at 5.6 pt
    assert "'$10^{-3}$' at 5.6 pt" in harness.too_small_texts(figure)
    plt.close(figure)

"""The rerun study (book/rerun_study.py, records/rerun_study.py): its record is the study of the pages as
they are now, every number that moves is shown with its range in both languages, and the GPU
tier compares within the tolerance the study gives each number."""

import ast
import html
import re

import pytest

from book import rerun_record, rerun_study
from book.blocks import page_program
from book.layout import LANGUAGES, TRAINING_PAGES, page_file
from book.outputs import output_blocks
from hooks import rerun_ranges

RESULTS = rerun_record.load()


def current_blocks(page: str) -> list[tuple[str, str | None, int, list[str]]]:
    """(file, section, number in the section, `#>` lines) of each output block the page shows."""
    text = page_program(page_file(page))
    shown = output_blocks(text.text.splitlines())
    return [(*place, shown[anchor]) for anchor, place in rerun_study.output_places(text).items()]


def test_the_study_is_of_the_pages_as_they_are():
    """Every output block of every training page is in the record with the lines the page shows now
    (which `make test` checks to the digit), and the record holds nothing else: a retrained or
    edited block makes it stale, and `make reruns` must run again."""
    assert RESULTS, f"{rerun_record.RESULTS} is missing: `make reruns` writes it"
    assert RESULTS["samples"] == [sample.__dict__ for sample in rerun_study.SAMPLES]
    assert set(RESULTS["pages"]) == set(TRAINING_PAGES)
    problems = []
    for page in TRAINING_PAGES:
        recorded = [
            (block["file"], block["section"], block["index"], block["printed"])
            for block in RESULTS["blocks"]
            if block["page"] == page
        ]
        now = current_blocks(page)
        for stale in set(map(repr, recorded)) ^ set(map(repr, now)):
            problems.append(f"{page}: {'recorded' if stale in map(repr, recorded) else 'shown now'}: {stale}")
    assert not problems, "the rerun study is stale, run `make reruns`:\n" + "\n".join(sorted(problems))


def test_every_training_page_has_numbers_that_move():
    """The study found what it is for: every training page prints at least one number that another
    seed or kernel moves (a page that printed none would make the samples suspect)."""
    moving = {block["page"] for block in RESULTS["blocks"] if block["lines"]}
    assert moving == set(TRAINING_PAGES)


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_every_number_that_moves_is_shown_with_its_range(built_site, language):
    """On the built page of each language, every line that moves appears with its range, in the
    note that follows its block."""
    problems = []
    for block in RESULTS["blocks"]:
        built = built_site / ("" if language == "en" else f"{language}/") / block["page"] / "index.html"
        shown = html.unescape(re.sub(r"<[^>]+>", "", built.read_text()))
        for line in filter(rerun_record.moves, block["lines"] or []):
            for expected in [rerun_ranges.with_ranges(line)] if "numbers" in line else line["variants"]:
                expected = expected.removeprefix("#>").strip().expandtabs(4)
                if expected not in shown:
                    problems.append(f"{built.relative_to(built_site)}: {expected!r} not shown")
    assert not problems, "\n".join(problems)


def test_reseeding_moves_every_seed_and_keeps_the_lines():
    source = (
        "torch.manual_seed(0)\n"
        "g = torch.Generator().manual_seed(\n    seed\n)\n"
        "rng = np.random.default_rng(7)\n"
        "random.seed(1); print(noise(3))\n"
    )
    moved = rerun_study.reseeded(source, 2)
    assert moved == (
        "torch.manual_seed(2000 + (0))\n"
        "g = torch.Generator().manual_seed(\n    2000 + (seed)\n)\n"
        "rng = np.random.default_rng(2000 + (7))\n"
        "random.seed(2000 + (1)); print(noise(3))\n"
    )
    assert rerun_study.reseeded(source, 0) == source
    with pytest.raises(ValueError, match="sets no seed"):
        rerun_study.reseeded("print(1)\n", 1)
    for page in TRAINING_PAGES:
        text = page_program(page_file(page)).text
        moved = rerun_study.reseeded(text, 1)
        assert moved != text and moved.count("\n") == text.count("\n")
        ast.parse(moved)


def test_a_block_is_summarised_number_by_number():
    page = ["#> epoch 1: loss 0.50, accuracy 80.00%", "#> 938 batches"]
    others = [["#> epoch 1: loss 0.52, accuracy 81.50%", "#> 938 batches"]] * 2
    others.append(["#> epoch 1: loss 0.48, accuracy 79.00%", "#> 938 batches"])
    lines = rerun_record.summarise_block([page, *others])
    first, second = lines
    epoch, loss, accuracy = rerun_record.spreads(first)
    assert epoch is None and not rerun_record.moves(second)
    assert (accuracy.lowest, accuracy.highest, accuracy.format) == (79.0, 81.5, ".2f")
    assert rerun_ranges.with_ranges(first) == "#> epoch 1: loss 0.48\u20130.52, accuracy 79.00\u201381.50%"
    assert rerun_record.summarise_block([page, page]) is None
    (tiny,) = rerun_record.summarise_block([["#> gradient 2.1e-16"], ["#> gradient 6.4e-04"]])
    assert rerun_ranges.with_ranges(tiny) == "#> gradient 2.1e-16\u20136.4e-04"
    assert rerun_record.summarise_block([page, ["#> other text 1", "#> 938 batches"]])[0] == {
        "page": page[0],
        "variants": sorted({page[0], "#> other text 1"}),
    }
    with pytest.raises(ValueError, match="another number of lines"):
        rerun_record.summarise_block([page, page[:1]])


def test_the_note_follows_the_fence_at_its_indentation():
    block = {"page": "feature-maps", "file": "a/b.py", "section": "train", "index": 0, "printed": ["#> acc 1.0%"]}
    block["lines"] = rerun_record.summarise_block([["#> acc 1.0%"], ["#> acc 2.0%"]])
    results = {
        "samples": [sample.__dict__ for sample in rerun_study.SAMPLES[:2]],
        "pages": {"feature-maps": {"cpu": "a CPU", "cores": 2, "torch": "2.x", "date": "2026-12-02"}},
        "blocks": [block],
    }
    markdown = '    ```python\n    --8<-- "a/b.py:train"\n    ```\nText.\n'
    out = rerun_ranges.annotate(markdown, results, "ko", "feature-maps")
    assert out.startswith(markdown.split("Text.")[0] + '\n    ??? note "다른 실행에서 출력되는 값"\n')
    assert "        | `acc 1.0%` | `acc 1.0\u20132.0%` |\n\n        잰 방법(" in out  # the how after the table
    assert out.endswith("2026-12-02.\n\nText.\n")
    assert rerun_ranges.annotate(markdown.replace("train", "other"), results, "en", "feature-maps") == markdown.replace(
        "train", "other"
    )
    assert rerun_ranges.annotate(markdown, results, "en", "another-page") == markdown  # studied on its own page only


def test_the_gpu_comparison_fails_outside_the_measured_range():
    """The GPU tier's comparison, on a study of three runs: 80.00, 81.00 and 79.50 (range 1.5)."""
    block = {"lines": rerun_record.summarise_block([["#> acc 80.00%"], ["#> acc 81.00%"], ["#> acc 79.50%"]])}
    # tolerance: 3 standard deviations (0.764) = 2.29, more than the range
    assert rerun_record.beyond_tolerance(["#> acc 80.00%"], ["#> acc 82.25%"], block) == []
    (outside,) = rerun_record.beyond_tolerance(["#> acc 80.00%"], ["#> acc 82.50%"], block)
    assert "82.50 is more than 2.29 from 80.00" in outside
    (text,) = rerun_record.beyond_tolerance(["#> acc 80.00%"], ["#> acc 80.00 %"], block)
    assert "other run: #> acc 80.00 %" in text
    assert rerun_record.beyond_tolerance(["#> acc 80.00%"], ["#> acc 80.00%", "#> more"], block) == [
        "2 lines printed, 1 on the page"
    ]


def test_the_gpu_comparison_holds_what_the_study_saw_stay_to_the_character():
    """A block the study saw never move (no record), and a number it saw stay constant in a line
    whose other number moves, must come out the same on the GPU."""
    shape = ["#> torch.Size([1, 1, 3, 3])"]
    assert rerun_record.beyond_tolerance(shape, shape, None) == []
    (changed,) = rerun_record.beyond_tolerance(shape, ["#> torch.Size([1, 1, 3, 4])"], None)
    assert "other run: #> torch.Size([1, 1, 3, 4])" in changed
    samples = [["#> epoch 1: acc 80.00%"], ["#> epoch 1: acc 81.00%"], ["#> epoch 1: acc 79.50%"]]
    block = {"lines": rerun_record.summarise_block(samples)}
    assert rerun_record.beyond_tolerance(["#> epoch 1: acc 80.00%"], ["#> epoch 1: acc 81.20%"], block) == []
    (constant,) = rerun_record.beyond_tolerance(["#> epoch 1: acc 80.00%"], ["#> epoch 2: acc 80.00%"], block)
    assert "1 never moved" in constant

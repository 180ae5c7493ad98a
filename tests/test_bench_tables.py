"""The benchmark tables the pages include are rendered from the recorded results, in each
language, and nothing in them was typed: the committed .md files equal a fresh rendering."""

import pytest

from book import bench_figures, bench_tables
from book.harness import figure_differs
from book.layout import LANGUAGES


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
@pytest.mark.parametrize("name", bench_tables.TABLES)
def test_committed_table_is_the_rendered_result(name, language):
    assert bench_tables.path(name, language).read_text() == bench_tables.render(name, language), (
        f"{bench_tables.path(name, language).name} differs from bench/results/{name}.json: "
        "run `uv run python -m book.bench_tables`"
    )


def numbers_in(table: str) -> list[str]:
    """Every numeric cell of a rendered table, row by row ("2.41x" and "2.41배" as 2.41, "92.61 ± 0.12"
    as 92.61 and 0.12)."""
    rows = [line for line in table.splitlines()[2:] if line.startswith("|")]
    cells = [cell.strip() for row in rows for cell in row.strip().strip("|").split("|")]
    parts = [part.removesuffix("x").removesuffix("배") for cell in cells for part in cell.split(" ± ")]
    return [part for part in parts if part.replace(".", "", 1).isdigit()]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", bench_tables.TABLES)
def test_both_languages_show_the_same_numbers(name, language):
    english = numbers_in(bench_tables.render(name))
    assert english and numbers_in(bench_tables.render(name, language)) == english


def test_a_benchmark_label_without_korean_stops_the_rendering():
    with pytest.raises(KeyError, match="add it to BENCH_TEXT in book/words_ko.py"):
        bench_tables.korean("in memory, batch 4096", "throughput")


def test_a_records_change_without_korean_stops_the_rendering():
    assert bench_tables.korean("width 16, 6 epochs, batch 512, learning rate 0.4", "records_minute") == (
        "너비 16, 6 에폭, 배치 512, 학습률 0.4"
    )
    with pytest.raises(KeyError, match="add it to RECORDS_CHANGES in book/words_ko.py"):
        bench_tables.korean("width 16, 9 epochs, lookahead", "records_minute")


@pytest.mark.parametrize("language", ["en", "ko"])
@pytest.mark.parametrize("name", bench_figures.DRAWINGS)
def test_committed_figure_is_the_drawn_result(name, language):
    """A benchmark's figure is what book/bench_figures.py draws from its record, pixel for pixel
    within the harness's anti-aliasing margin, in both languages."""
    why = figure_differs(bench_figures.draw(name)[language], bench_figures.path(name, language))
    assert why is None, (
        f"{bench_figures.path(name, language).name} differs from bench/results/{name}.json ({why}): "
        "run `uv run python -m book.bench_figures`"
    )

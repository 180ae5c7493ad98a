"""The benchmark tables the pages include are rendered from the recorded results, in each
language, and nothing in them was typed: the committed .md files equal a fresh rendering."""

import json

import pytest

from book import bench_figures, bench_tables
from book.harness import figure_differs
from book.layout import BENCH_RESULTS, LANGUAGES


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
    with pytest.raises(KeyError, match="add it to KOREAN"):
        bench_tables.korean("in memory, batch 4096", "throughput")


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


def row(name: str, setting: str) -> dict:
    """A row of bench/results/<name>.json, by its setting (or the one setting that begins so)."""
    rows = json.loads((BENCH_RESULTS / f"{name}.json").read_text())["rows"]
    (found,) = [row for row in rows if row["setting"] == setting] or [
        row for row in rows if row["setting"].startswith(f"{setting},")
    ]
    return found


def seeds(name: str, setting: str) -> dict[str, float]:
    """A multi-seed row's mean, standard deviation, lowest and highest validation accuracy."""
    found = row(name, setting)
    mean, std = map(float, found["validation accuracy"].split(" ± "))
    return {"mean": mean, "std": std, "lowest": float(found["lowest"]), "highest": float(found["highest"])}


def paired(name: str, setting: str, column: str) -> tuple[float, float]:
    """A row's lowest and highest difference from its table's baseline with the same seed."""
    low, high = row(name, setting)[column].split(" to ")
    return float(low), float(high)


# What Training fast says about its ablations (section "Every ingredient over five seeds"):
# (setting, the claim, holds for its (lowest, highest) paired difference)
ABLATION_CLAIMS = [
    ("batch 1024, peak lr 0.8", "loses in every seed", lambda low, high: high < 0),
    ("without the test-time flip", "lower in every seed", lambda low, high: high < 0),
    ("with label smoothing 0.1", "noise: ahead in some seeds, behind in others", lambda low, high: low < 0 < high),
    ("without batch-norm", "below in every seed, one diverged", lambda low, high: high < 0 and low < -50),
    ("without flips, evaluated plainly", "at most the recipe's accuracy", lambda low, high: high <= 0),
    ("one cycle, momentum held at 0.9", "ahead of the recipe in every seed", lambda low, high: low > 0),
    ("constant lr 0.025", "below the recipe in every seed", lambda low, high: high < 0),
    ("constant lr 0.0125", "below the recipe in every seed", lambda low, high: high < 0),
]


@pytest.mark.parametrize(("setting", "claim", "holds"), ABLATION_CLAIMS, ids=[c[0] for c in ABLATION_CLAIMS])
def test_what_training_fast_says_about_its_ablations_holds(setting, claim, holds):
    differences = paired("training_fast_ablations", setting, "vs the recipe, same seed")
    assert holds(*differences), f"Training fast says {setting!r}: {claim}; the record says {differences}"


@pytest.mark.parametrize(("setting", "claim", "holds"), ABLATION_CLAIMS, ids=[c[0] for c in ABLATION_CLAIMS])
def test_an_ablation_claim_can_be_contradicted(setting, claim, holds):
    """No claim holds whatever the record says: each fails for differences all above zero or all below."""
    assert not (holds(1.0, 2.0) and holds(-2.0, -1.0) and holds(-1.0, 1.0)), claim


def noise_between(a: dict, b: dict) -> bool:
    return abs(a["mean"] - b["mean"]) < min(a["std"], b["std"])


def below_every_seed(a: dict, b: dict) -> bool:
    return a["highest"] < b["lowest"]


# What Generalisation says about its five-seed table (section "One run is not a result"):
# (setting, the claim, holds for its spread and that of the setting without regularisation)
GENERALISATION_CLAIMS = [
    ("random shifts", "noise: the difference is smaller than either spread", noise_between),
    ("random affine", "its best seed is below the worst seed without regularisation", below_every_seed),
]


@pytest.mark.parametrize(
    ("setting", "claim", "holds"), GENERALISATION_CLAIMS, ids=[c[0] for c in GENERALISATION_CLAIMS]
)
def test_what_generalisation_says_about_its_seeds_holds(setting, claim, holds):
    found, plain = seeds("generalisation", setting), seeds("generalisation", "no regularisation")
    assert holds(found, plain), f"Generalisation says {setting!r}: {claim}; the record says {found}"


@pytest.mark.parametrize(
    ("setting", "claim", "holds"), GENERALISATION_CLAIMS, ids=[c[0] for c in GENERALISATION_CLAIMS]
)
def test_a_generalisation_claim_can_be_contradicted(setting, claim, holds):
    """Each claim fails for a record that contradicts it: a gap of three points, or overlapping seeds."""
    plain = {"mean": 83.0, "std": 0.5, "lowest": 82.5, "highest": 83.5}
    apart = {"mean": 80.0, "std": 0.5, "lowest": 79.5, "highest": 80.5}
    overlapping = {"mean": 82.9, "std": 0.5, "lowest": 82.4, "highest": 83.4}
    assert not (holds(apart, plain) and holds(overlapping, plain)), claim


def ahead_beyond_the_spread(low: float, stds: list[float]) -> bool:
    return low > max(stds)


def test_what_cnn_models_says_about_batch_norm_over_five_seeds_holds():
    """CNN models: with batch-norm ahead with every seed, by more than either spread."""
    low, _ = paired("batchnorm_seeds", "with batch-norm", "vs without batch-norm, same seed")
    stds = [seeds("batchnorm_seeds", f"{side} batch-norm")["std"] for side in ("without", "with")]
    assert ahead_beyond_the_spread(low, stds), f"CNN models says batch-norm wins by more than the spread: {low}, {stds}"


def test_the_batch_norm_claim_can_be_contradicted():
    assert not ahead_beyond_the_spread(1.0, [0.5, 1.5]) and not ahead_beyond_the_spread(-0.5, [0.5, 0.5])

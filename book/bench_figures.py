"""The benchmark figures the pages show, drawn from bench/results/<name>.json like the tables
(book/bench_tables.py): docs/assets/figures/<chapter>/<name>-1.png, and its Korean variant
`-1.ko.png` drawn by book/figure_text.py, the same way the harness draws a snippet's figures.
Nothing in them is typed: tests/test_bench_tables.py draws each again and compares the pixels.

    uv run python -m book.bench_figures    # draw every figure again from its record
"""

from __future__ import annotations

import json
from functools import partial
from pathlib import Path

from book.harness import saved
from book.layout import BENCH_RESULTS, FIGURES, KOREAN, localized


def accuracy_against_cost(result: dict, legend_below: bool = False):
    """Validation accuracy against parameters and against training time, one point per network:
    the mean over the seeds, with a bar from the lowest to the highest seed. `legend_below` puts the
    legend under both panels, for records whose points fill every corner; it also keeps the log
    axis to its labelled powers of ten, whose in-between labels collide within one decade."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import NullFormatter

    rows = result["rows"]
    figure, (by_size, by_time) = plt.subplots(1, 2, figsize=(10, 4.2), sharey=True)
    for row, colour in zip(rows, plt.rcParams["axes.prop_cycle"].by_key()["color"], strict=False):
        mean = float(row["validation accuracy"].split(" ± ")[0])
        low, high = float(row["lowest"]), float(row["highest"])
        for axes, x in ((by_size, row["parameters"]), (by_time, float(row["training seconds"]))):
            axes.errorbar(
                x, mean, yerr=[[mean - low], [high - mean]], fmt="o", color=colour, capsize=3, label=row["network"]
            )
    by_size.set_xscale("log")
    by_size.set_xlabel("parameters (log scale)")
    by_size.set_ylabel("validation accuracy (%)")
    by_time.set_xlabel("training seconds (median)")
    by_size.set_title("accuracy against size")
    by_time.set_title("accuracy against training time")
    for axes in (by_size, by_time):
        axes.grid(alpha=0.3)
    if legend_below:
        by_size.xaxis.set_minor_formatter(NullFormatter())
        handles, labels = by_size.get_legend_handles_labels()
        figure.legend(handles, labels, loc="lower center", ncol=3, fontsize="small")
        figure.tight_layout(rect=(0, 0.14, 1, 1))
    else:
        by_size.legend(loc="lower right", fontsize="small")  # the corner no network reaches
        figure.tight_layout()
    return figure


# name of the record -> (the chapter whose folder holds the figure, the function that draws it)
DRAWINGS = {
    "modern_cnns": ("modern-cnns", accuracy_against_cost),
    "efficient_cnns": ("efficient-cnns", partial(accuracy_against_cost, legend_below=True)),
}


def path(name: str, language: str = "en") -> Path:
    chapter = DRAWINGS[name][0]
    return localized(FIGURES / chapter / f"{name}-1.png", language)


def draw(name: str) -> dict[str, bytes]:
    """The figure's PNG in each language, drawn from the record."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    result = json.loads((BENCH_RESULTS / f"{name}.json").read_text())
    with plt.style.context("default"):
        figure = DRAWINGS[name][1](result)
        english, korean = saved(figure)  # as the harness saves a snippet's figure
        plt.close(figure)
    return {"en": english, KOREAN: korean}


def write(name: str) -> None:
    for language, png in draw(name).items():
        path(name, language).parent.mkdir(parents=True, exist_ok=True)  # a new chapter's first figure
        path(name, language).write_bytes(png)


if __name__ == "__main__":
    for record in DRAWINGS:
        write(record)

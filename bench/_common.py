"""What every benchmark shares: the data, the machine's name, and a results record."""

import datetime
import json
import statistics
import sys
import time
from pathlib import Path

import torch

from book import bench_tables, compare
from book.dataset import prepare_fashion_mnist
from book.layout import BENCH_RESULTS as RESULTS
from book.layout import DATA
from book.reproducible import cpu_model

try:  # the benchmarks time the chapters' own code, imported from snippets/ as a reader does
    import training_and_evaluation  # noqa: F401
except ModuleNotFoundError:
    sys.exit(
        "run the benchmarks with snippets/ on the import path: `make bench`, or "
        "`PYTHONPATH=snippets uv run python bench/<name>.py`"
    )


def data_root() -> str:
    """The prepared Fashion-MNIST folder, or an error naming the ways to get it."""
    prepare_fashion_mnist(DATA)
    return str(DATA)


def machine() -> str:
    if torch.cuda.is_available():
        return torch.cuda.get_device_name()
    threads = torch.get_num_threads()
    return f"{cpu_model()}, {threads} thread{'' if threads == 1 else 's'}"


def record(
    name: str,
    rows: list[dict],
    notes: str = "",
    per_seed: dict[str, list[float]] | None = None,
    extra: dict | None = None,
) -> None:
    """Print the rows, and write bench/results/<name>.json and the tables the pages include; a
    multi-seed benchmark also keeps each setting's value per seed, from which book/claims.py
    computes the paired comparisons the pages state."""
    for row in rows:
        print(" | ".join(str(value) for value in row.values()))
    RESULTS.mkdir(parents=True, exist_ok=True)
    result = {
        "benchmark": name,
        "script": Path(sys.argv[0]).name,  # time_to_accuracy.py writes two tables
        "date": datetime.date.today().isoformat(),
        "machine": machine(),
        "torch": torch.__version__,
        "rows": rows,
        "notes": notes,
        **({"per seed": per_seed} if per_seed else {}),
        **(extra or {}),
    }
    (RESULTS / f"{name}.json").write_text(json.dumps(result, indent=2) + "\n")
    bench_tables.write(name)  # <name>.md and <name>.ko.md, the tables the pages include


def spread(accuracies: list[float]) -> dict[str, object]:
    """The columns a multi-seed result shows: how many seeds, mean ± standard deviation, lowest and
    highest, so that a difference smaller than the spread is seen as noise."""
    return {
        "seeds": len(accuracies),
        "validation accuracy": f"{statistics.mean(accuracies):.2f} ± {statistics.stdev(accuracies):.2f}",
        "lowest": f"{min(accuracies):.2f}",
        "highest": f"{max(accuracies):.2f}",
    }


def rotated(items, turn: int) -> list:
    """`items` in order, starting `turn` places on: over rounds, each item takes every place in turn,
    so that a change in the machine's speed does not fall on one of them."""
    items = list(items)
    turn %= len(items)
    return items[turn:] + items[:turn]


def paired(values: list[float], baseline: list[float]) -> str:
    """The column that compares a setting with the table's baseline, same seed on both sides: the
    mean difference in points and its 95% confidence interval (book/compare.py: the one rule)."""
    return "—" if values is baseline else str(compare.paired(values, baseline))


def trained_side_by_side(build, seed: int, epochs: int) -> tuple[float, float, int]:
    """A network trained as the chapters' side-by-side comparisons train theirs (Modern CNNs,
    Efficient CNNs): `seed` fixes its initial weights and the order of the batches; Adam (learning
    rate 0.001), batch 128, on the 55,000 training images of Generalisation's seeded split for
    `epochs` epochs. (validation accuracy in %, training seconds, parameters)."""
    from generalisation.split import train_x, train_y, val_x, val_y
    from training_and_evaluation.fashion_mnist import DEVICE, evaluate, train_epoch

    torch.manual_seed(seed)  # the initial weights
    generator = torch.Generator().manual_seed(seed)  # the order of the batches
    model = build().to(DEVICE)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
    start = time.perf_counter()
    for _ in range(epochs):
        train_epoch(model, optimizer, train_x, train_y, batch_size=128, generator=generator)
    seconds = time.perf_counter() - start
    parameters = sum(p.numel() for p in model.parameters())
    return evaluate(model, val_x, val_y)[1], seconds, parameters


def over_seeds(name: str, build, seeds, epochs: int) -> tuple[list[float], float, int]:
    """A network trained side by side once per seed, each run printed as it ends: each seed's
    validation accuracy, the median training seconds and the parameters."""
    accuracies, seconds = [], []
    for seed in seeds:
        accuracy, elapsed, parameters = trained_side_by_side(build, seed, epochs)
        accuracies.append(accuracy)
        seconds.append(elapsed)
        print(f"  {name}, seed {seed}: {accuracy:.2f}% in {elapsed:.1f} s", flush=True)
    return accuracies, statistics.median(seconds), parameters


def side_by_side_notes(epochs: int, seeds: int, baseline: str | None = None) -> str:
    """The notes of a record made with over_seeds: how the networks were trained, and what the
    columns hold (with a paired column against `baseline` when the record has one)."""
    paired_column = (
        f"the mean difference from {baseline} with the same seed, in points, with its 95% confidence interval, "
        if baseline
        else ""
    )
    return (
        f"Each network trained for {epochs} epoch{'s' if epochs > 1 else ''} with Adam (learning rate 0.001, "
        f"batch 128) on the 55,000 training images of the seeded split, with seeds 0 to {seeds - 1}; validation "
        "accuracy on the 5,000 held-out images as mean ± standard deviation over the seeds, the lowest and "
        f"highest seed, {paired_column}and the median training seconds."
    )

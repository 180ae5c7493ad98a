"""Training fast's ingredients, each switched off, with five seeds and scored on
the validation split: the 2-epoch fast recipe trained on the 55,000 training
images of Generalisation's seeded split and scored on its 5,000 validation
images (the test set is not touched). The one-cycle schedule is compared twice:
as the recipe runs it (PyTorch cycles the momentum too) and with the momentum
held at SGD's 0.9, against constant learning rates from 0.025 to 0.2, so that
the schedule is not credited with what the momentum does and the constant rate
is not handicapped by an untuned value.
    PYTHONPATH=snippets uv run python bench/training_fast_ablations.py
"""

import statistics

import torch

from _common import data_root, machine, record

data_root()  # ./data prepared before the chapter's split loads it
from generalisation.split import train_x, train_y, val_x, val_y  # noqa: E402
from training_fast.recipe import accuracy, fast_cnn, train  # noqa: E402

SEEDS = range(5)
EPOCHS = 2
# (setting, changes to the recipe, evaluated with the test-time flip)
SETTINGS = [
    ("the whole recipe", {}, True),
    ("without the test-time flip", {}, False),
    ("batch 1024, peak lr 0.8", {"batch_size": 1024, "lr": 0.8}, True),
    ("one cycle, momentum held at 0.9", {"cycle_momentum": False}, True),
    *((f"constant lr {lr}", {"one_cycle": False, "lr": lr}, True) for lr in (0.2, 0.1, 0.05, 0.025)),
    ("without batch-norm", {"batchnorm": False}, True),
    ("with label smoothing 0.1", {"label_smoothing": 0.1}, True),
    ("without flips, evaluated plainly", {"flip": False}, False),
]


def run(change: dict, seed: int) -> tuple[torch.nn.Module, float]:
    change = dict(change)
    torch.manual_seed(seed)  # the initial weights
    model = fast_cnn(batchnorm=change.pop("batchnorm", True))
    seconds = train(model, train_x, train_y, epochs=EPOCHS, seed=seed, **change)
    return model, seconds


def main():
    print(f"{machine()}, torch {torch.__version__}")
    accuracies: dict[str, list[float]] = {name: [] for name, _, _ in SETTINGS}
    seconds: dict[str, list[float]] = {name: [] for name, _, _ in SETTINGS}
    trained: dict[tuple[str, int], tuple[torch.nn.Module, float]] = {}
    for name, change, tta in SETTINGS:
        for seed in SEEDS:
            key = (repr(sorted(change.items())), seed)  # the same training, scored twice
            if key not in trained:
                trained[key] = run(change, seed)
            model, elapsed = trained[key]
            accuracies[name].append(accuracy(model, val_x, val_y, tta=tta))
            seconds[name].append(elapsed)
            print(f"  {name}, seed {seed}: {accuracies[name][-1]:.2f}% in {elapsed:.1f} s", flush=True)
        trained = {key: value for key, value in trained.items() if key[0] == repr(sorted(change.items()))}
    recipe = accuracies["the whole recipe"]
    rows = []
    for name, _, _ in SETTINGS:
        values = accuracies[name]
        differences = [value - base for value, base in zip(values, recipe, strict=True)]
        rows.append(
            {
                "setting": name,
                "seeds": len(values),
                "validation accuracy": f"{statistics.mean(values):.2f} ± {statistics.stdev(values):.2f}",
                "lowest": f"{min(values):.2f}",
                "highest": f"{max(values):.2f}",
                "vs the recipe, same seed": "—"
                if name == "the whole recipe"
                else f"{min(differences):+.2f} to {max(differences):+.2f}",
                "training seconds": f"{statistics.median(seconds[name]):.1f}",
            }
        )
    record(
        "training_fast_ablations",
        rows,
        notes="The fast recipe of Training fast trained for 2 epochs (batch 256, peak learning rate 0.2 "
        "unless the row says otherwise) on the 55,000 training images of the seeded split, with seeds 0 "
        "to 4 (initial weights, batch order and flips); validation accuracy on the 5,000 held-out "
        "images as mean ± standard deviation over the seeds, the lowest and highest seed, the range of "
        "the differences from the whole recipe with the same seed, and the median training seconds.",
    )


if __name__ == "__main__":
    main()

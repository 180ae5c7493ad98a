"""Training fast's ingredients, each switched off, with five seeds and scored on
the validation split: the 2-epoch fast recipe trained on the 55,000 training
images of Generalisation's seeded split and scored on its 5,000 validation
images (the test set is not touched). The one-cycle schedule is compared twice:
as the recipe runs it (PyTorch cycles the momentum too) and with the momentum
held at SGD's 0.9, against constant learning rates from 0.0125 to 0.2, so that
the schedule is not credited with what the momentum does and the constant rate
is not handicapped by an untuned value.
    PYTHONPATH=snippets uv run python bench/training_fast_ablations.py
Each training's two accuracies (with and without the test-time flip) are kept
in build/ablations/ by setting, seed, recipe code, processor, threads and torch
version, so a second run after adding a setting trains only that setting.
"""

import hashlib
import inspect
import json

import torch

from _common import data_root, machine, record, spread
from book.layout import REPO

data_root()  # ./data prepared before the chapter's split loads it
from generalisation.split import train_x, train_y, val_x, val_y  # noqa: E402
from training_fast import recipe  # noqa: E402
from training_fast.recipe import accuracy, fast_cnn, train  # noqa: E402

CACHE = REPO / "build" / "ablations"

SEEDS = range(5)
EPOCHS = 2
# (setting, changes to the recipe, evaluated with the test-time flip)
SETTINGS = [
    ("the whole recipe", {}, True),
    ("without the test-time flip", {}, False),
    ("batch 1024, peak lr 0.8", {"batch_size": 1024, "lr": 0.8}, True),
    ("one cycle, momentum held at 0.9", {"cycle_momentum": False}, True),
    *((f"constant lr {lr}", {"one_cycle": False, "lr": lr}, True) for lr in (0.2, 0.1, 0.05, 0.025, 0.0125)),
    ("without batch-norm", {"batchnorm": False}, True),
    ("with label smoothing 0.1", {"label_smoothing": 0.1}, True),
    ("without flips, evaluated plainly", {"flip": False}, False),
]


def scores(change: dict, seed: int) -> dict[str, float]:
    """Validation accuracy with and without the test-time flip of the recipe trained with
    `change` and `seed`, from the cache when this exact training ran before."""
    key = json.dumps([sorted(change.items()), seed, inspect.getsource(recipe), machine(), torch.__version__])
    cached = CACHE / f"{hashlib.sha256(key.encode()).hexdigest()[:20]}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    change = dict(change)
    torch.manual_seed(seed)  # the initial weights
    model = fast_cnn(batchnorm=change.pop("batchnorm", True))
    train(model, train_x, train_y, epochs=EPOCHS, seed=seed, **change)
    result = {"tta": accuracy(model, val_x, val_y, tta=True), "plain": accuracy(model, val_x, val_y, tta=False)}
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(result))
    return result


def main():
    print(f"{machine()}, torch {torch.__version__}")
    accuracies: dict[str, list[float]] = {name: [] for name, _, _ in SETTINGS}
    for name, change, tta in SETTINGS:
        for seed in SEEDS:
            accuracies[name].append(scores(change, seed)["tta" if tta else "plain"])
            print(f"  {name}, seed {seed}: {accuracies[name][-1]:.2f}%", flush=True)
    whole_recipe = accuracies["the whole recipe"]  # the paired baseline
    rows = []
    for name, _, _ in SETTINGS:
        values = accuracies[name]
        differences = [value - base for value, base in zip(values, whole_recipe, strict=True)]
        rows.append(
            {
                "setting": name,
                **spread(values),
                "vs the recipe, same seed": "—"
                if name == "the whole recipe"
                else f"{min(differences):+.2f} to {max(differences):+.2f}",
            }
        )
    record(
        "training_fast_ablations",
        rows,
        notes="The fast recipe of Training fast trained for 2 epochs (batch 256, peak learning rate 0.2 "
        "unless the row says otherwise) on the 55,000 training images of the seeded split, with seeds 0 "
        "to 4 (initial weights, batch order and flips); validation accuracy on the 5,000 held-out "
        "images as mean ± standard deviation over the seeds, the lowest and highest seed, and the "
        "range of the differences from the whole recipe with the same seed.",
    )


if __name__ == "__main__":
    main()

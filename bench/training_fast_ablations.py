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
import math
import statistics

import torch

from _common import data_root, machine, paired, record, spread
from book.layout import REPO
from book.scripts import arguments

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
    # batch 1024 at the linear scaling rule's 0.8, at the square-root rule's 0.4 and unscaled at 0.2:
    # a claim that the larger batch loses must hold at more than one learning rate
    *((f"batch 1024, peak lr {lr}", {"batch_size": 1024, "lr": lr}, True) for lr in (0.8, 0.4, 0.2)),
    ("one cycle, momentum held at 0.9", {"cycle_momentum": False}, True),
    *((f"constant lr {lr}", {"one_cycle": False, "lr": lr}, True) for lr in (0.2, 0.1, 0.05, 0.025, 0.0125)),
    ("without batch-norm", {"batchnorm": False}, True),
    ("with label smoothing 0.1", {"label_smoothing": 0.1}, True),
    ("without flips, evaluated plainly", {"flip": False}, False),
]


@torch.no_grad()
def overconfidence(model, images, labels, batch_size=1000) -> float:
    """Mean confidence (the largest softmax probability) minus accuracy, in points, plainly
    evaluated: above 0, the model is more sure than it is right (overconfident), below 0 less."""
    model.eval()
    probabilities = torch.cat(
        [model(images[i : i + batch_size]).float().softmax(1) for i in range(0, len(images), batch_size)]
    )
    confidence, predicted = probabilities.max(1)
    return 100.0 * float(confidence.mean() - (predicted == labels).float().mean())


def scores(change: dict, seed: int) -> dict[str, float]:
    """Validation accuracy with and without the test-time flip, and the overconfidence, of the
    recipe trained with `change` and `seed`, from the cache when this exact training ran before."""
    key = json.dumps([sorted(change.items()), seed, inspect.getsource(recipe), machine(), torch.__version__, 2])
    cached = CACHE / f"{hashlib.sha256(key.encode()).hexdigest()[:20]}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    change = dict(change)
    torch.manual_seed(seed)  # the initial weights
    model = fast_cnn(batchnorm=change.pop("batchnorm", True))
    train(model, train_x, train_y, epochs=EPOCHS, seed=seed, **change)
    result = {
        "tta": accuracy(model, val_x, val_y, tta=True),
        "plain": accuracy(model, val_x, val_y, tta=False),
        "overconfidence": overconfidence(model, val_x, val_y),
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(result))
    return result


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    accuracies: dict[str, list[float]] = {name: [] for name, _, _ in SETTINGS}
    overconfident: dict[str, list[float]] = {name: [] for name, _, _ in SETTINGS}
    for name, change, tta in SETTINGS:
        for seed in SEEDS:
            found = scores(change, seed)
            accuracies[name].append(found["tta" if tta else "plain"])
            overconfident[name].append(found["overconfidence"])
            print(f"  {name}, seed {seed}: {accuracies[name][-1]:.2f}%", flush=True)
    whole_recipe = accuracies["the whole recipe"]  # the paired baseline
    rows = []
    for name, _, _ in SETTINGS:
        values = accuracies[name]
        rows.append(
            {
                "setting": name,
                **spread(values),
                "vs the recipe, same seed (95% CI)": paired(values, whole_recipe),
                # a diverged run has no probabilities to be sure of (NaN): no mean for its row
                "confidence − accuracy": "—"
                if any(math.isnan(v) for v in overconfident[name])
                else f"{statistics.mean(overconfident[name]):+.2f}",
            }
        )
    record(
        "training_fast_ablations",
        rows,
        notes="The fast recipe of Training fast trained for 2 epochs (batch 256, peak learning rate 0.2 "
        "unless the row says otherwise) on the 55,000 training images of the seeded split, with seeds 0 "
        "to 4 (initial weights, batch order and flips); validation accuracy on the 5,000 held-out "
        "images as mean ± standard deviation over the seeds, the lowest and highest seed, and the "
        "mean difference from the whole recipe with the same seed, in points, with its 95% confidence "
        "interval; confidence − accuracy is the mean over the seeds of the model's average largest "
        "softmax probability minus its accuracy, in points, evaluated without the flip (above 0: "
        "overconfident).",
        per_seed=accuracies,
        extra={"confidence − accuracy per seed": overconfident},
    )


if __name__ == "__main__":
    main()

"""The Generalisation chapter's comparisons over 5 seeds: the small CNN trained on the same 1,000
images for 30 epochs without regularisation, with early stopping, random shifts, random affine
transforms (turns, zooms and shifts), weight decay and dropout, each scored on the 5,000
validation images (the test set is not touched). The chapter shows one run (seed 0); this table
shows how far another seed moves it, and compares each setting with no regularisation by the
book's one rule (book/compare.py: paired differences, 95% confidence interval).
    PYTHONPATH=snippets uv run python bench/generalisation_seeds.py
"""

import torch

from _common import data_root, machine, paired, record, spread
from book.scripts import arguments

data_root()  # ./data prepared before the chapter's split loads it
from generalisation.augmentation import random_affine, random_shift  # noqa: E402
from generalisation.split import val_x, val_y  # noqa: E402
from generalisation.training import train_small  # noqa: E402
from training_and_evaluation.fashion_mnist import evaluate  # noqa: E402

SEEDS = range(5)


def accuracies(seed):
    """Validation accuracy (%) of each setting, trained with `seed`."""
    plain, _, stopped = train_small(seed=seed, watch=True)
    models = {
        "no regularisation": plain,
        "early stopping": stopped,
        "random shifts": train_small(seed=seed, augment=random_shift)[0],
        "random affine": train_small(seed=seed, augment=random_affine)[0],
        "weight decay 0.5": train_small(seed=seed, weight_decay=0.5)[0],
        "dropout 0.5": train_small(seed=seed, dropout=0.5)[0],
    }
    return {name: evaluate(model, val_x, val_y)[1] for name, model in models.items()}


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    runs = {}
    for seed in SEEDS:
        for name, accuracy in accuracies(seed).items():
            runs.setdefault(name, []).append(accuracy)
            print(f"  seed {seed}, {name}: {accuracy:.2f}%", flush=True)
    plain = runs["no regularisation"]  # the paired baseline
    rows = [
        {"setting": name, **spread(values), "vs no regularisation, same seed (95% CI)": paired(values, plain)}
        for name, values in runs.items()
    ]
    record(
        "generalisation",
        rows,
        notes="The small CNN of the chapter, trained on the same 1,000 training images for 30 epochs "
        "(early stopping: the epoch of lowest validation loss) with seeds 0 to 4; validation "
        "accuracy on 5,000 held-out training images, as mean ± standard deviation over the seeds, "
        "the lowest and highest seed, and the mean difference from no regularisation with the same "
        "seed, in points, with its 95% confidence interval.",
        per_seed=runs,
    )


if __name__ == "__main__":
    main()

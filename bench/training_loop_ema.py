"""Does the average of the weights beat the weights? The training-loop chapter's run (fast_cnn, SGD,
one-cycle over 10 epochs, clipping, on the folder's 4,000 training images) with an exponential
moving average of the weights (decay 0.99, batch-norm's statistics averaged too), with seeds 0 to 4
and no early stopping; after every epoch both are scored on the 1,000 validation images. Validation
only: the test set is not touched. Every seed's accuracy is kept, so that the chapter compares the
two seed by seed (book/claims.py, with the book's one rule), at the end and in the middle of the run.
    PYTHONPATH=snippets uv run python bench/training_loop_ema.py
"""

import torch

from _common import data_root, machine, paired, record, spread
from book.scripts import arguments

data_root()  # ./data prepared before the chapter writes its folder of PNG files
from training_loop.loop import ema_of, new_run, train_one_epoch, validate  # noqa: E402

SEEDS = range(5)
EPOCHS = 10  # the budget the chapter's fit() is given
MIDDLE = 5  # after 5 epochs: the learning rate is still high


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    per_seed = {f"{what}, epoch {epoch}": [] for epoch in (MIDDLE, EPOCHS) for what in ("weights", "EMA")}
    for seed in SEEDS:
        run = new_run(seed, EPOCHS)
        ema = ema_of(run.model)
        for epoch in range(1, EPOCHS + 1):
            train_one_epoch(run, ema)
            if epoch in (MIDDLE, EPOCHS):
                per_seed[f"weights, epoch {epoch}"].append(validate(run.model, run.val_loader)[1])
                per_seed[f"EMA, epoch {epoch}"].append(validate(ema, run.val_loader)[1])
        print(
            f"  seed {seed}: " + ", ".join(f"{key} {values[-1]:.1f}%" for key, values in per_seed.items()), flush=True
        )
    rows = [
        {
            "model": key,
            **spread(values),
            "EMA minus weights, same seed (95% CI)": (
                paired(values, per_seed[key.replace("EMA", "weights")]) if key.startswith("EMA") else "—"
            ),
        }
        for key, values in per_seed.items()
    ]
    record(
        "training_loop_ema",
        rows,
        notes=f"The chapter's run for {EPOCHS} epochs with seeds 0 to 4, without early stopping: the trained "
        "weights and their exponential moving average (decay 0.99) scored on the 1,000 validation images "
        f"after epoch {MIDDLE} and after the last, as mean ± standard deviation over the seeds, the lowest and "
        "highest seed, and the EMA's mean difference from the weights with the same seed, in points, with "
        "its 95% confidence interval.",
        per_seed=per_seed,
    )


if __name__ == "__main__":
    main()

"""What does training on shifted images cost an epoch? The fast recipe's epoch (width 16, batch 256,
55,000 images of the seeded validation split) without shifts and with the recipe's `shift` of 1 and
2 pixels, one epoch each in turn, the order rotating from round to round, after an untimed epoch of
each: the median seconds of an epoch over the rounds, its ratio to the epoch without shifts, and
the difference from it round by round, with its 95% confidence interval (book/compare.py).
bench/records.py gives the shifted candidates the recipe's epochs on the strength of this table.
    PYTHONPATH=snippets uv run python bench/shift_cost.py
"""

import statistics

import torch

from _common import data_root, machine, paired, record, rotated
from book.scripts import arguments
from time_to_accuracy import normalised_split, validation_split
from training_fast.recipe import fast_cnn, train

ROUNDS = 5
SHIFTS = {"no shifts (the recipe)": 0, "shifts of up to 1 pixel": 1, "shifts of up to 2 pixels": 2}


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    train_x, train_y, *_ = normalised_split(*validation_split(data_root()))
    print(f"{machine()}, torch {torch.__version__}")
    names = list(SHIFTS)
    for name in names:  # the first use of each kernel pays for its creation
        train(fast_cnn(), train_x, train_y, epochs=1, shift=SHIFTS[name])
    took = {name: [] for name in names}
    for round_ in range(ROUNDS):
        for name in rotated(names, round_):
            torch.manual_seed(round_)
            took[name].append(train(fast_cnn(), train_x, train_y, epochs=1, shift=SHIFTS[name], seed=round_))
            print(f"  round {round_}, {name}: {took[name][-1]:.2f} s", flush=True)
    recipe = statistics.median(took[names[0]])
    rows = [
        {
            "training": name,
            "seconds per epoch": f"{statistics.median(took[name]):.2f}",
            "lowest to highest round": f"{min(took[name]):.2f} to {max(took[name]):.2f}",
            "vs no shifts": f"{statistics.median(took[name]) / recipe:.2f}x",
            "minus no shifts, same round, s (95% CI)": paired(took[name], took[names[0]]),
        }
        for name in names
    ]
    record(
        "shift_cost",
        rows,
        notes=f"One epoch of the fast recipe (width 16, batch 256, on the 55,000 training images of the "
        f"validation split) per setting and round, {ROUNDS} rounds, the settings' order rotating from round "
        "to round, after an untimed epoch of each; the median seconds over the rounds and its ratio to "
        "the recipe's, computed from the unrounded medians; and the mean difference in seconds from the "
        "epoch without shifts in the same round, with its 95% confidence interval.",
        per_seed=took,
    )


if __name__ == "__main__":
    main()

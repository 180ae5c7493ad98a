"""The Efficient CNNs chapter's blocks trained side by side on Fashion-MNIST: one small network per
block, all on one plan (snippets/efficient_cnns/small.py), each for 1 epoch with Adam on the seeded
55,000/5,000 split of Generalisation, with seeds 0 to 4. Validation accuracy only: the test set is
not touched. Every seed's accuracy is kept, so that the chapter compares the blocks seed by seed
(book/claims.py, with the book's one rule).
    PYTHONPATH=snippets uv run python bench/efficient_cnns_trained.py
"""

from functools import partial

import torch

from _common import data_root, machine, over_seeds, paired, record, side_by_side_notes, spread
from book import bench_figures
from book.scripts import arguments

data_root()  # ./data prepared before the chapter's split loads it
from efficient_cnns.small import BLOCKS, small_net  # noqa: E402
from modern_cnns.inception import macs  # noqa: E402

SEEDS = range(5)
EPOCHS = 1
BASELINE = "basic (ResNet-18)"  # the block of the networks before this chapter; trained first


def costs(block) -> int:
    """MACs per image of the block's network (FlopCounterMode: convolutions and linear layers)."""
    with torch.no_grad():
        return macs(small_net(block).eval(), torch.zeros(1, 1, 28, 28))


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    rows, per_seed = [], {}
    for name, block in BLOCKS.items():
        accuracies, seconds, parameters = over_seeds(name, partial(small_net, block), SEEDS, EPOCHS)
        per_seed[name] = accuracies
        rows.append(
            {
                "network": name,
                "parameters": parameters,
                "MACs": costs(block),
                **spread(accuracies),
                f"vs {BASELINE}, same seed (95% CI)": paired(accuracies, per_seed[BASELINE]),
                "training seconds": f"{seconds:.1f}",
            }
        )
    record(
        "efficient_cnns",
        rows,
        notes=side_by_side_notes(EPOCHS, len(SEEDS), "the basic block"),
        per_seed=per_seed,
    )
    bench_figures.write("efficient_cnns")  # the same rows as a figure, in both languages


if __name__ == "__main__":
    main()

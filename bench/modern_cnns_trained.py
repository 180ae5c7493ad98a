"""The Modern CNNs chapter's networks trained side by side on Fashion-MNIST: the
plain CNN of Generalisation and the chapter's small VGG-, NiN- and ResNet-style
networks, and a deep plain network of 31 convolutions against its residual
twin (the degradation problem), each for 2 epochs with Adam on the seeded
55,000/5,000 split of Generalisation, with seeds 0 to 2. Validation accuracy
only: the test set is not touched.
    PYTHONPATH=snippets uv run python bench/modern_cnns_trained.py
"""

import torch

from _common import data_root, machine, over_seeds, record, side_by_side_notes, spread
from book import bench_figures
from book.scripts import arguments

data_root()  # ./data prepared before the chapter's split loads it
from generalisation.training import small_cnn  # noqa: E402
from modern_cnns.nin import small_nin  # noqa: E402
from modern_cnns.residual import deep_net, small_resnet  # noqa: E402
from modern_cnns.vgg import small_vgg  # noqa: E402

SEEDS = range(3)
EPOCHS = 2
NETWORKS = {
    "plain CNN (Generalisation)": small_cnn,
    "VGG-style": small_vgg,
    "NiN-style": small_nin,
    "ResNet-style": small_resnet,
    "deep plain, 31 convolutions": lambda: deep_net(15, shortcut=False, batch_norm=True),
    "deep residual, 31 convolutions": lambda: deep_net(15, shortcut=True, batch_norm=True),
}


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    rows, per_seed = [], {}
    for name, build in NETWORKS.items():
        accuracies, seconds, parameters = over_seeds(name, build, SEEDS, EPOCHS)
        per_seed[name] = accuracies
        rows.append(
            {
                "network": name,
                "parameters": parameters,
                **spread(accuracies),
                "training seconds": f"{seconds:.1f}",
            }
        )
    record(
        "modern_cnns",
        rows,
        notes=side_by_side_notes(EPOCHS, len(SEEDS)),
        per_seed=per_seed,
    )
    bench_figures.write("modern_cnns")  # the same rows as a figure, in both languages


if __name__ == "__main__":
    main()

"""The Modern CNNs chapter's networks trained side by side on Fashion-MNIST: the
plain CNN of Generalisation and the chapter's small VGG-, NiN- and ResNet-style
networks, and a deep plain network of 31 convolutions against its residual
twin (the degradation problem), each for 2 epochs with Adam on the seeded
55,000/5,000 split of Generalisation, with seeds 0 to 2. Validation accuracy
only: the test set is not touched.
    PYTHONPATH=snippets uv run python bench/modern_cnns_trained.py
"""

import statistics
import time

import torch

from _common import data_root, machine, record, spread
from book import bench_figures
from book.scripts import arguments

data_root()  # ./data prepared before the chapter's split loads it
from generalisation.split import train_x, train_y, val_x, val_y  # noqa: E402
from generalisation.training import small_cnn  # noqa: E402
from modern_cnns.nin import small_nin  # noqa: E402
from modern_cnns.residual import deep_net, small_resnet  # noqa: E402
from modern_cnns.vgg import small_vgg  # noqa: E402
from training_and_evaluation.fashion_mnist import DEVICE, evaluate, train_epoch  # noqa: E402

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


def train(build, seed):
    """(validation accuracy in %, training seconds, parameters)."""
    torch.manual_seed(seed)  # the initial weights
    generator = torch.Generator().manual_seed(seed)  # the order of the batches
    model = build().to(DEVICE)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)
    start = time.perf_counter()
    for _ in range(EPOCHS):
        train_epoch(model, optimizer, train_x, train_y, batch_size=128, generator=generator)
    seconds = time.perf_counter() - start
    parameters = sum(p.numel() for p in model.parameters())
    return evaluate(model, val_x, val_y)[1], seconds, parameters


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    rows, per_seed = [], {}
    for name, build in NETWORKS.items():
        accuracies, seconds = [], []
        for seed in SEEDS:
            accuracy, elapsed, parameters = train(build, seed)
            accuracies.append(accuracy)
            seconds.append(elapsed)
            print(f"  {name}, seed {seed}: {accuracy:.2f}% in {elapsed:.1f} s", flush=True)
        per_seed[name] = accuracies
        rows.append(
            {
                "network": name,
                "parameters": parameters,
                **spread(accuracies),
                "training seconds": f"{statistics.median(seconds):.1f}",
            }
        )
    record(
        "modern_cnns",
        rows,
        notes="Each network trained for 2 epochs with Adam (learning rate 0.001, batch 128) on the "
        "55,000 training images of the seeded split, with seeds 0 to 2; validation accuracy on the "
        "5,000 held-out images as mean ± standard deviation over the seeds, the lowest and highest "
        "seed, and the median training seconds.",
        per_seed=per_seed,
    )
    bench_figures.write("modern_cnns")  # the same rows as a figure, in both languages


if __name__ == "__main__":
    main()

"""Time to reach seed 002's 89.65% test accuracy: the seed's recipe against the fast recipe, and
the best accuracy the fast recipe reaches within 60 s of training. One run, one machine.

Training time only: the clock stops while the test set is evaluated after each epoch.
    uv run python bench/time_to_accuracy.py [--skip-seed]
"""

import argparse
import math
import time

import torch
import torch.nn.functional as F
from torchvision import datasets, transforms

from _common import data_root, machine, record
from cnn_models.models import Seed002CNN
from training_and_evaluation.fashion_mnist import evaluate, load_fashion_mnist
from training_fast.recipe import accuracy, fast_cnn, train

TARGET = 89.65  # seed 002's final test accuracy
BUDGET = 60.0  # seconds of training


def seed_recipe(root, max_epochs=40):
    """Seed 002 as published (bugs fixed): DataLoader pipeline, batch 64, SGD 0.01 / 0.5."""
    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.2860,), (0.3530,))])
    loader = torch.utils.data.DataLoader(
        datasets.FashionMNIST(root, train=True, download=True, transform=transform),
        batch_size=64,
        shuffle=True,
        generator=torch.Generator().manual_seed(0),
    )
    _, _, test_x, test_y = load_fashion_mnist(root, device="cpu")
    torch.manual_seed(0)
    model = Seed002CNN()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
    seconds = 0.0
    for epoch in range(1, max_epochs + 1):
        start = time.perf_counter()
        model.train()
        for x, y in loader:
            loss = F.cross_entropy(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        seconds += time.perf_counter() - start
        test_accuracy = evaluate(model, test_x, test_y)[1]
        print(f"  seed recipe, epoch {epoch:2}: {seconds:6.1f} s, {test_accuracy:.2f}%", flush=True)
        if test_accuracy >= TARGET:
            return seconds, epoch, test_accuracy
    return math.inf, max_epochs, test_accuracy


def fast_recipe(data, epochs, tta=True, **options):
    """(epoch, training seconds so far, test accuracy) after each epoch of the fast recipe."""
    train_x, train_y, test_x, test_y = data
    history = []

    def after_epoch(epoch, seconds):
        history.append((epoch, seconds, accuracy(model, test_x, test_y, tta=tta)))
        print(f"  fast recipe ({epochs} epochs), epoch {epoch}: {seconds:5.1f} s, {history[-1][2]:.2f}%", flush=True)

    torch.manual_seed(0)
    model = fast_cnn()
    train(model, train_x, train_y, epochs=epochs, on_epoch=after_epoch, **options)
    return history


def epochs_that_fit(data, budget, **options):
    """How many epochs of the fast recipe fit in `budget` seconds here, timed on one full epoch of
    a throwaway model (a shorter sample underestimated the epoch and overran the budget)."""
    seconds = train(fast_cnn(), data[0], data[1], epochs=1, **options)
    return max(1, int(budget / seconds * 0.97))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--skip-seed", action="store_true", help="skip the seed recipe (~7 min)")
    args = parser.parse_args()
    root = data_root()
    data = load_fashion_mnist(root, device="cpu")
    print(f"{machine()}, torch {torch.__version__}")
    rows = []

    if not args.skip_seed:
        seconds, epoch, reached = seed_recipe(root)
        rows.append(
            {"recipe": "seed 002", "seconds": round(seconds, 1), "epochs": epoch, "accuracy": round(reached, 2)}
        )

    for epochs in (2, 3):
        history = fast_recipe(data, epochs)
        hits = [(seconds, epoch, acc) for epoch, seconds, acc in history if acc >= TARGET]
        if hits:
            seconds, epoch, reached = hits[0]
            rows.append(
                {
                    "recipe": f"fast, {epochs}-epoch schedule",
                    "seconds": round(seconds, 1),
                    "epochs": epoch,
                    "accuracy": round(reached, 2),
                }
            )
            break

    epochs = epochs_that_fit(data, BUDGET)
    history = fast_recipe(data, epochs)
    within = [(acc, epoch, seconds) for epoch, seconds, acc in history if seconds <= BUDGET]
    best, epoch, seconds = max(within) if within else (float("nan"), 0, 0.0)
    rows.append(
        {
            "recipe": f"fast, {epochs}-epoch schedule in a {BUDGET:.0f} s budget",
            "seconds": round(seconds, 1),
            "epochs": epoch,
            "accuracy": round(best, 2),
        }
    )

    # Two ingredients that the 2-epoch comparison of the chapter cannot judge: the same budgeted
    # schedule without flips (in training and at test time), and with label smoothing.
    for name, change in [
        ("without flip augmentation and test-time flip", dict(flip=False, tta=False)),
        ("with label smoothing 0.1", dict(label_smoothing=0.1)),
    ]:
        epoch, seconds, reached = fast_recipe(data, epochs, **change)[-1]
        rows.append(
            {
                "recipe": f"fast, {epochs}-epoch schedule, {name}",
                "seconds": round(seconds, 1),
                "epochs": epoch,
                "accuracy": round(reached, 2),
            }
        )

    # A speed-up only for the rows that stop at the target; the 60 s rows train past it.
    seed = next((row for row in rows if row["recipe"] == "seed 002"), None)
    for row in rows:
        stops_at_target = row["recipe"] == "seed 002" or row["recipe"].endswith("-epoch schedule")
        row["faster than seed 002"] = f"{seed['seconds'] / row['seconds']:.1f}x" if seed and stops_at_target else ""
    print()
    for row in rows:
        print(
            f"{row['recipe']:72} {row['seconds']:7.1f} s  {row['epochs']:2} epochs  "
            f"{row['accuracy']:.2f}%  {row['faster than seed 002']}"
        )
    record(
        "time_to_accuracy",
        rows,
        notes=f"Target {TARGET}% test accuracy, budget {BUDGET:.0f} s; "
        "training time only, the clock stops while the test set is evaluated after each epoch.",
    )


if __name__ == "__main__":
    main()

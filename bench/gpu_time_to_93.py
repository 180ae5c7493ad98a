"""On a CUDA GPU: seconds of training until the fast recipe reaches 93% test accuracy.
On the GPU the small model is limited by kernel launches, not arithmetic, so it is widened and
given more epochs than on a CPU. Without CUDA it says so and records nothing.
    uv run python bench/gpu_time_to_93.py
"""

import sys

import torch

from _common import data_root, machine, record
from training_and_evaluation.fashion_mnist import load_fashion_mnist
from training_fast.recipe import accuracy, fast_cnn, train

TARGET = 93.0
SCHEDULES = [(12, 64), (16, 64), (20, 96)]  # (epochs, width), tried in order until one reaches TARGET


def main():
    if not torch.cuda.is_available():
        print("no CUDA device: this benchmark needs a GPU (see bench/README.md); nothing recorded")
        return 0
    train_x, train_y, test_x, test_y = load_fashion_mnist(data_root())  # on the GPU, once
    print(f"{machine()}, torch {torch.__version__}")
    train(fast_cnn(64), train_x[:5120], train_y[:5120], epochs=1)  # warm-up: cuDNN autotuning, allocator
    rows = []
    for epochs, width in SCHEDULES:
        history = []
        torch.manual_seed(0)
        model = fast_cnn(width)

        def after_epoch(epoch, seconds):
            torch.cuda.synchronize()
            history.append((epoch, seconds, accuracy(model, test_x, test_y)))

        train(model, train_x, train_y, epochs=epochs, batch_size=512, lr=0.4, on_epoch=after_epoch)
        hit = next(((e, s, a) for e, s, a in history if a >= TARGET), None)
        epoch, seconds, reached = hit or history[-1]
        rows.append(
            {
                "schedule": f"{epochs} epochs, width {width}",
                "epochs run": epoch,
                "seconds": round(seconds, 2),
                "test accuracy": reached,
                "reached 93%": bool(hit),
            }
        )
        print(rows[-1], flush=True)
        if hit:
            break
    record(
        "gpu_time_to_93",
        rows,
        notes="training time only (the clock stops for evaluation); batch 512, bf16 autocast, channels_last",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Training throughput of post 002's model: the post's pipeline against the in-memory one.

Same model, same batch size (64), same optimiser, same number of steps; only the way batches are
made differs. Then the fast variants of the in-memory pipeline on the same model: larger batches,
channels_last, bf16 autocast, torch.compile (default and max-autotune-no-cudagraphs). Prints images
per second and each row's ratio to the post's.
    uv run python bench/throughput.py
"""

import time

import torch
import torch.nn.functional as F
from torchvision import datasets, transforms

from _common import data_root, machine, record
from book.scripts import arguments
from training_and_evaluation.fashion_mnist import load_fashion_mnist
from training_and_evaluation.post002_model import Post002CNN

STEPS = 300
WARMUP = 10
ROUNDS = 5


def contiguous_output(module, inputs, output):
    return output.contiguous()


def timed_steps(batches, steps, channels_last=False, bf16=False, compile_mode=None):
    """Images per second over `steps` SGD steps on batches drawn from the iterator."""
    torch.manual_seed(0)
    model = Post002CNN()
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
        # The post's forward flattens with `view`, which needs the default layout: its last
        # convolution hands the rest of the model a contiguous copy (one small tensor per step).
        model.conv2.register_forward_hook(contiguous_output)
    forward = torch.compile(model, mode=compile_mode) if compile_mode else model
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.5)
    model.train()
    images = 0
    for step in range(WARMUP + steps):
        if step == WARMUP:
            start, images = time.perf_counter(), 0
        x, y = next(batches)
        if channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
            loss = F.cross_entropy(forward(x), y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        images += len(y)
    return images / (time.perf_counter() - start)


def seed_batches(root, batch_size=64):
    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.2860,), (0.3530,))])
    loader = torch.utils.data.DataLoader(
        datasets.FashionMNIST(root, train=True, download=True, transform=transform),
        batch_size=batch_size,
        shuffle=True,
        generator=torch.Generator().manual_seed(0),
    )
    while True:
        yield from loader


def in_memory_batches(images, labels, batch_size):
    generator = torch.Generator().manual_seed(0)
    while True:
        order = torch.randperm(len(images), generator=generator)
        for first in range(0, len(images) - batch_size + 1, batch_size):
            batch = order[first : first + batch_size]
            yield images[batch], labels[batch]


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    root = data_root()
    train_x, train_y, _, _ = load_fashion_mnist(root, device="cpu")

    def in_memory(batch_size, **options):
        """Batches cut from the in-memory tensors; as many images per variant as at batch 64."""
        return in_memory_batches(train_x, train_y, batch_size), STEPS * 64 // batch_size, options

    variants = {  # name: (batches, steps, options)
        "seed: DataLoader + ToTensor + Normalize, batch 64": (seed_batches(root), STEPS, {}),
        "in memory, batch 64": in_memory(64),
        "in memory, batch 256": in_memory(256),
        "in memory, batch 1024": in_memory(1024),
        "in memory, batch 256, channels_last": in_memory(256, channels_last=True),
        "in memory, batch 64, bf16 autocast": in_memory(64, bf16=True),
        "in memory, batch 256, bf16 autocast": in_memory(256, bf16=True),
        "in memory, batch 256, bf16 + channels_last": in_memory(256, bf16=True, channels_last=True),
        "in memory, batch 512, bf16 + channels_last": in_memory(512, bf16=True, channels_last=True),
        "in memory, batch 256, torch.compile": in_memory(256, compile_mode="default"),
        "in memory, batch 256, torch.compile max-autotune-no-cudagraphs": in_memory(
            256, compile_mode="max-autotune-no-cudagraphs"
        ),
        "in memory, batch 512, bf16 + channels_last, torch.compile": in_memory(
            512, bf16=True, channels_last=True, compile_mode="default"
        ),
    }
    print(f"{machine()}, torch {torch.__version__}")
    # Rounds over all variants rather than one variant at a time, so that a slow minute on a shared
    # machine slows every variant a little instead of one a lot; each row is the median of its rounds.
    rates = {name: [] for name in variants}
    for round_number in range(1, ROUNDS + 1):
        for name, (batches, steps, options) in variants.items():
            rates[name].append(timed_steps(batches, steps, **options))
        print(f"round {round_number}: " + ", ".join(f"{r[-1]:,.0f}" for r in rates.values()), flush=True)
    rows = []
    for name, measured in rates.items():
        rate = sorted(measured)[ROUNDS // 2]
        rows.append({"pipeline": name, "images_per_second": round(rate)})
    for row in rows:
        row["vs seed pipeline"] = f"{row['images_per_second'] / rows[0]['images_per_second']:.2f}x"
        print(f"{row['pipeline']:52} {row['images_per_second']:9,} images/s {row['vs seed pipeline']:>7}")
    record(
        "throughput",
        rows,
        notes=f"Post 002's model and optimiser, {STEPS} training steps at batch 64 "
        f"(as many images at larger batches), median of {ROUNDS} interleaved rounds. With "
        "channels_last, the last convolution hands on a contiguous copy for the model's `view()`.",
    )


if __name__ == "__main__":
    main()

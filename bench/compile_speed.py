"""Does torch.compile speed up the fast recipe's training step here? Eager against compiled, in
float32 and in bf16 + channels_last, with the compile time reported apart.
    uv run python bench/compile_speed.py
"""

import os
import tempfile
import time

# A fresh cache, so the first steps show a cold compile rather than kernels cached by an earlier run.
os.environ["TORCHINDUCTOR_CACHE_DIR"] = tempfile.mkdtemp(prefix="inductor-")

import torch  # noqa: E402
import torch.nn.functional as F

from _common import data_root, machine, record  # noqa: E402
from book.scripts import arguments
from training_and_evaluation.fashion_mnist import load_fashion_mnist  # noqa: E402
from training_fast.recipe import bf16_is_fast, fast_cnn  # noqa: E402

BATCH = 256
STEPS = 120


def measure(images, labels, compiled, fast_formats):
    torch.manual_seed(0)
    memory_format = torch.channels_last if fast_formats else torch.contiguous_format
    model = fast_cnn().to(memory_format=memory_format).train()
    forward = torch.compile(model) if compiled else model
    optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9, nesterov=True)

    def step(i):
        first = (i * BATCH) % (len(images) - BATCH)
        x = images[first : first + BATCH].contiguous(memory_format=memory_format)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=fast_formats):
            loss = F.cross_entropy(forward(x), labels[first : first + BATCH])
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()

    start = time.perf_counter()
    for i in range(3):  # the first steps compile (or just warm up)
        step(i)
    warmup = time.perf_counter() - start
    start = time.perf_counter()
    for i in range(STEPS):
        step(i)
    return warmup, STEPS * BATCH / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    train_x, train_y, _, _ = load_fashion_mnist(data_root(), device="cpu")
    print(f"{machine()}, torch {torch.__version__}")
    rows = []
    variants = [(False, False), (True, False)]
    if bf16_is_fast():
        variants += [(False, True), (True, True)]
    for compiled, fast_formats in variants:
        warmup, rate = measure(train_x, train_y, compiled, fast_formats)
        name = ("compiled" if compiled else "eager") + (", bf16 + channels_last" if fast_formats else ", float32")
        rows.append(
            {
                "training step": name,
                "first 3 steps (s)": round(warmup, 1),
                "images per second": round(rate),
                "vs eager float32": None,
            }
        )
        print(f"{name:34} first 3 steps {warmup:5.1f} s, then {rate:7,.0f} images/s", flush=True)
    for row in rows:
        row["vs eager float32"] = f"{row['images per second'] / rows[0]['images per second']:.2f}x"
    record(
        "compile_speed",
        rows,
        notes=f"The fast recipe's model, batch {BATCH}, {STEPS} timed steps "
        "after 3 warm-up steps, which include compiling from an empty cache.",
    )


if __name__ == "__main__":
    main()

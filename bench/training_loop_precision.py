"""Is bfloat16 faster on this CPU? The training-loop chapter's loop (fast_cnn, SGD, one-cycle,
clipping) for one epoch of its 4,000 training images held as tensors in memory (no decoding, so
that only the arithmetic differs), at batch 64 and 256, in float32 and under
torch.autocast("cpu", dtype=torch.bfloat16), on all the process's threads: with the kernels PyTorch
picks for this processor, and again in a second process limited to AVX2 kernels (the instruction
set of the book's pinned mode, which has no bfloat16 arithmetic). Three rounds that take the
settings in turn: the median round's seconds, the lowest and highest, and the ratio to float32 at the
same batch size with the same kernels.
    PYTHONPATH=snippets uv run python bench/training_loop_precision.py
"""

import json
import os
import statistics
import subprocess
import sys
import time

import torch
from torch.utils.data import DataLoader

import training_loop.loop as loop
from _common import data_root, machine, record
from book.reproducible import PINNED_ENV
from book.scripts import command_line

data_root()  # ./data prepared before the chapter writes its folder of PNG files
from training_loop_loader import in_memory  # noqa: E402

ROUNDS = 3
FORMATS = {"float32": None, "bfloat16 autocast": torch.bfloat16}
BATCHES = (64, 256)
# the pinned mode's instruction set, without its single thread: the same threads as the first process
AVX2_ONLY = {key: PINNED_ENV[key] for key in ("ONEDNN_MAX_CPU_ISA", "ATEN_CPU_CAPABILITY")}


def measure() -> dict[str, list[float]]:
    """Seconds per epoch of each (batch, format), ROUNDS each, with this process's kernels."""
    dataset = in_memory()
    seconds = {f"{batch}, {name}": [] for batch in BATCHES for name in FORMATS}
    for _ in range(ROUNDS):
        for batch in BATCHES:
            for name, dtype in FORMATS.items():
                run = loop.new_run(seed=0, epochs=1)
                run.train_loader = DataLoader(
                    dataset, batch_size=batch, shuffle=True, generator=torch.Generator().manual_seed(0)
                )
                run.scheduler = torch.optim.lr_scheduler.OneCycleLR(
                    run.optimizer, max_lr=0.05, total_steps=len(run.train_loader)
                )
                loop.AMP_DTYPE = dtype  # the loop reads it at every step
                start = time.perf_counter()
                loop.train_one_epoch(run)
                seconds[f"{batch}, {name}"].append(time.perf_counter() - start)
    return seconds


def kernels_chosen() -> str:
    """The kernels PyTorch runs here: its capability and the bfloat16 instructions it finds."""
    found = [
        name.upper().replace("_", "-")
        for name, present in torch.cpu.get_capabilities().items()
        if "bf16" in name and present
    ]
    return f"PyTorch's choice ({', '.join([torch.backends.cpu.get_cpu_capability(), *found])})"


def main(argv: list[str] | None = None) -> None:
    parser = command_line(__doc__)
    parser.add_argument("--measure-only", action="store_true", help="print the seconds as JSON (the second process)")
    args = parser.parse_args(argv)
    if args.measure_only:
        print(json.dumps(measure()))
        return
    print(f"{machine()}, torch {torch.__version__}")
    kernels = {kernels_chosen(): measure()}
    second = subprocess.run(
        [sys.executable, __file__, "--measure-only"],
        env={**os.environ, **AVX2_ONLY, "OMP_NUM_THREADS": str(torch.get_num_threads())},
        capture_output=True,
        text=True,
        check=True,
    )
    kernels["AVX2 only"] = json.loads(second.stdout.strip().splitlines()[-1])
    rows = []
    for kernel, seconds in kernels.items():
        middle = {key: statistics.median(times) for key, times in seconds.items()}
        for batch in BATCHES:
            for name in FORMATS:
                key = f"{batch}, {name}"
                rows.append(
                    {
                        "kernels": kernel,
                        "batch": batch,
                        "format": name,
                        "seconds per epoch": f"{middle[key]:.2f}",
                        "lowest to highest round": f"{min(seconds[key]):.2f} to {max(seconds[key]):.2f}",
                        "vs float32": f"{middle[key] / middle[f'{batch}, float32']:.2f}x",
                    }
                )
    record(
        "training_loop_precision",
        rows,
        notes="One epoch of the chapter's loop over 4,000 images held in memory as normalised tensors, in "
        "seconds, on all the process's threads: the median of three rounds that take the settings in turn, "
        "the lowest and highest, and the ratio to float32 at the same batch size with the same kernels. "
        "PyTorch's choice: the kernels it picks on this processor; AVX2 only: a second process with "
        "ONEDNN_MAX_CPU_ISA=AVX2 and ATEN_CPU_CAPABILITY=avx2, the instruction set of the book's pinned "
        "mode.",
    )


if __name__ == "__main__":
    main()

"""The reproducible CPU mode: what the verification pins so that any x86-64 machine computes the
committed outputs bit for bit.

PyTorch's CPU wheel picks its kernels by CPU: oneDNN (convolutions) JIT-compiles for the widest
instruction set it finds, MKL (linear layers) picks a code path by CPU and vendor, and ATen's
element-wise kernels are compiled for AVX-512 and AVX2 and dispatched at run time. Each choice
changes the order of floating-point additions, and training amplifies a last-bit difference into
different accuracies. The pin below chooses the same code on every x86-64 CPU that has AVX2:

- `ONEDNN_MAX_CPU_ISA=AVX2` and `ATEN_CPU_CAPABILITY=avx2`: no AVX-512 kernels, even where the
  CPU has them (Intel Xeon since Skylake-SP, AMD since Zen 4);
- `MKL_CBWR=COMPATIBLE`: MKL's conditional numerical reproducibility mode that gives the same
  results on Intel and AMD processors (`MKL_CBWR=AVX2` is ignored on AMD);
- one thread per process (`OMP_NUM_THREADS=1`, `torch.set_num_threads(1)`): a parallel reduction
  splits its sum by thread, so the thread count changes results too; the test suite uses both
  cores by running two such processes side by side;
- no CUDA device (`CUDA_VISIBLE_DEVICES=""`), so a GPU machine verifies the same CPU numbers;
- `torch.use_deterministic_algorithms(True, warn_only=True)`: operations that have a deterministic
  implementation use it, and one that has none warns in the test output. Warn, not fail, because
  PyTorch flags `MaxUnpool2d` (Pooling shows it), which is deterministic whenever its indices come
  from a non-overlapping `MaxPool2d`, as they do there.

`records/reproducible_cpu.py` is the proof: it trains every model of the book for a few steps
natively and under `qemu-x86_64` emulating AMD and Intel CPUs, and compares parameter hashes
(`records/reproducible_cpu.md`); `--native` adds a real processor to the record. Emulated
AMD and Intel, a native Intel Xeon (AVX-512, pinned to AVX2) and a native AMD EPYC (AVX2) agree on
every model. The default Adam escaped the pin through `torch.sqrt` (MKL's vector math under
`MKL_CBWR=COMPATIBLE`), so the book's Adam optimisers are fused (tests/test_reproducible.py).

The environment must be set before torch is imported, because oneDNN, MKL and ATen read it once,
when they first run.
"""

from __future__ import annotations

import os
import sys

THREADS = 1
PINNED_ENV = {
    "ONEDNN_MAX_CPU_ISA": "AVX2",
    "ATEN_CPU_CAPABILITY": "avx2",
    "MKL_CBWR": "COMPATIBLE",
    "OMP_NUM_THREADS": str(THREADS),
    "MKL_NUM_THREADS": str(THREADS),
    "CUDA_VISIBLE_DEVICES": "",
}


class NotPinned(RuntimeError):
    pass


def pin() -> None:
    """Set the pinned environment for this process and its children. Must run before torch loads."""
    if "torch" in sys.modules and not is_pinned():
        raise NotPinned(
            "torch was imported before the reproducible CPU mode was pinned, so its kernels are "
            "already chosen: set the environment of book/reproducible.py before importing torch"
        )
    os.environ.update(PINNED_ENV)


def apply_in_torch() -> None:
    """The settings torch takes from Python, after the environment is pinned and torch imported."""
    import torch

    torch.set_num_threads(THREADS)
    torch.use_deterministic_algorithms(True, warn_only=True)
    check()


def check() -> None:
    """Fail unless torch really runs in the pinned mode (it may have been imported too early)."""
    import torch

    found = {
        "CPU capability": (torch.backends.cpu.get_cpu_capability(), "AVX2"),
        "threads": (torch.get_num_threads(), THREADS),
        "CUDA available": (torch.cuda.is_available(), False),
    }
    wrong = {name: got for name, (got, wanted) in found.items() if got != wanted}
    if wrong or not is_pinned():
        environment = {key: os.environ.get(key) for key in PINNED_ENV}
        raise NotPinned(f"not in the reproducible CPU mode: {wrong}, environment {environment}")


def describe() -> str:
    """One line naming the mode and the dispatch, for the test header and the last-verified record."""
    import torch

    mode = "reproducible CPU mode" if is_pinned() else "unpinned"
    settings = ", ".join(
        f"{key}={os.environ.get(key, '(unset)')}" for key in PINNED_ENV if key != "CUDA_VISIBLE_DEVICES"
    )
    return (
        f"{mode}: ATen {torch.backends.cpu.get_cpu_capability()}, {settings}, "
        f"{torch.get_num_threads()} thread(s), CUDA {'visible' if torch.cuda.is_available() else 'hidden'}, "
        f"deterministic algorithms {'on' if torch.are_deterministic_algorithms_enabled() else 'off'}, "
        f"on {cpu_model()}"
    )


def record() -> dict:
    """What the last-verified record stores about the machine and the mode (hooks/last_verified.py
    words it in each language)."""
    import torch

    return {
        "device": torch.cuda.get_device_name(0) if torch.cuda.is_available() else cpu_model(),
        "pinned": is_pinned() and not torch.cuda.is_available(),
        "kernels": torch.backends.cpu.get_cpu_capability(),
        "threads": torch.get_num_threads(),
        "verification": describe(),
    }


def is_pinned() -> bool:
    return all(os.environ.get(key) == value for key, value in PINNED_ENV.items())


def cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    import platform

    return platform.processor() or platform.machine()

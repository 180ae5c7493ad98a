"""The GPU tier (tests/test_gpu.py) run once on a CUDA machine and recorded: the date, the GPU, torch
and CUDA versions, each test's outcome and seconds, and every trained number the GPU printed beside
the page's and its tolerance from the rerun study. Writes records/gpu_tier.json and the
verification page's section rendered from it (book/gpu_record.py). Without CUDA it says so and
records nothing. Exits with pytest's exit code, after recording.

On a machine set up with `uv sync`:
    uv run python records/gpu_tier.py
On a lent GPU machine with its own torch and no network (the `device` tool of this workplace), two
steps. Here, gather what that machine lacks into .gpu-carry/ (ignored by git; about 35 MB): the
Fashion-MNIST files and the koreanize-matplotlib package the Korean figures are set in:
    uv run python records/gpu_tier.py --prepare
There, with .gpu-carry carried along (it puts the repository and .gpu-carry/site on that Python's
path with a .pth file, which is why it asks for --carried):
    python3 records/gpu_tier.py --carried --out "$OUT"
then copy gpu_tier.json, gpu_tier.md and gpu_tier.ko.md from the files that come back into
records/ and commit them.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import platform
import shutil
import signal
import site
import subprocess
import sys
import threading
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A lent GPU machine has the working tree but not the book installed: its modules come from the tree.
sys.path.insert(0, str(REPO))
from book.scripts import command_line  # noqa: E402

CARRY = REPO / ".gpu-carry"
WORK = REPO / "build" / "gpu-tier"


def prepare() -> None:
    """Fill .gpu-carry/: fashion-mnist/*.gz and site/koreanize_matplotlib."""
    from book.dataset import RAW_FILES, prepare_fashion_mnist
    from book.layout import DATA

    raw = prepare_fashion_mnist(DATA)
    (CARRY / "fashion-mnist").mkdir(parents=True, exist_ok=True)
    for name in RAW_FILES:
        with open(raw / name, "rb") as source, gzip.open(CARRY / "fashion-mnist" / f"{name}.gz", "wb") as target:
            shutil.copyfileobj(source, target)
    package = Path(importlib.util.find_spec("koreanize_matplotlib").submodule_search_locations[0])
    shutil.rmtree(CARRY / "site", ignore_errors=True)
    # book/figure_text.py sets the Korean figures in NanumGothic.ttf: its other weights stay here
    skipped = shutil.ignore_patterns("__pycache__", "NanumGothic?*.ttf")
    shutil.copytree(package, CARRY / "site" / package.name, ignore=skipped)
    size = sum(f.stat().st_size for f in CARRY.rglob("*") if f.is_file()) / 2**20
    print(f"{CARRY.relative_to(REPO)}: {size:.0f} MiB; carry it to the GPU machine with the working tree")


def put_on_path() -> None:
    """What `uv sync` does here for the pages' subprocesses (`python -I` ignores PYTHONPATH): a .pth
    file in this Python's site-packages naming the repository and .gpu-carry/site."""
    pth = Path(site.getsitepackages()[0]) / "verified_cnn_book_gpu_tier.pth"
    pth.write_text(f"{REPO}\n{CARRY / 'site'}\n")
    sys.path[:0] = [str(REPO), str(CARRY / "site")]


def run_tier(timeout: float) -> tuple[int, str]:
    """pytest -m gpu on tests/test_gpu.py; its exit code and output (also printed as it goes)."""
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    env = {**os.environ, "GPU_TIER_NUMBERS": str(WORK / "numbers"), "PYTHONUNBUFFERED": "1"}
    if (CARRY / "fashion-mnist").is_dir():
        env["FASHION_MNIST_DIR"] = str(CARRY / "fashion-mnist")
    command = [sys.executable, "-m", "pytest", "-m", "gpu", "tests/test_gpu.py", "-rs", "-v"]
    command += ["-p", "no:cacheprovider", f"--junitxml={WORK / 'junit.xml'}"]
    lines = []
    with subprocess.Popen(
        command, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        watchdog = threading.Timer(timeout, process.kill)  # also while a test prints nothing
        watchdog.start()
        for line in process.stdout:
            print(line, end="", flush=True)
            lines.append(line)
        watchdog.cancel()
        if process.wait() == -signal.SIGKILL:
            lines.append(f"\nrecords/gpu_tier.py: stopped after {timeout:.0f} s\n")
    return process.wait(), "".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = command_line(__doc__)
    parser.add_argument("--prepare", action="store_true", help="fill .gpu-carry/ for a GPU machine without network")
    parser.add_argument("--carried", action="store_true", help="on the GPU machine: use .gpu-carry/ (see above)")
    parser.add_argument("--out", type=Path, help="also copy the record, its rendering and the log here")
    # Not measured: the tier has never run on a GPU here. 480 s leaves a 10-minute call to a lent
    # GPU machine time to start, copy and record.
    parser.add_argument("--timeout", type=float, default=480, help="seconds the tier may run (default 480)")
    args = parser.parse_args(argv)
    if args.prepare:
        prepare()
        return 0
    import torch

    if not torch.cuda.is_available():
        print("no CUDA device: the GPU tier needs a GPU (see records/README.md); nothing recorded")
        return 0
    if args.carried:
        put_on_path()
    from book import gpu_record
    from book.layout import LANGUAGES

    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
    started = datetime.now(timezone.utc)
    exit_code, log = run_tier(args.timeout)
    junit = WORK / "junit.xml"
    if not junit.exists():
        print(f"records/gpu_tier.py: pytest wrote no report (exit code {exit_code}); nothing recorded")
        if args.out:
            (args.out / "gpu_tier.log").write_text(log)
        return 1
    tests = gpu_record.outcomes_of(junit.read_text())
    pages = [test["test"].split("[", 1)[1].rstrip("]") for test in tests if "[" in test["test"]]
    numbers_folder = WORK / "numbers"
    record = {
        "date": started.date().isoformat(),
        "gpu": torch.cuda.get_device_name(),
        "torch": torch.__version__,
        "cuda": torch.version.cuda,
        "cudnn": torch.backends.cudnn.version(),
        "python": platform.python_version(),
        "pytest_exit_code": exit_code,
        "tests": tests,
        "numbers": {
            page: json.loads((numbers_folder / f"{page}.json").read_text())
            if (numbers_folder / f"{page}.json").exists()
            else []
            for page in pages
        },
    }
    gpu_record.RECORD.write_text(json.dumps(record, indent=1) + "\n")
    gpu_record.write(record)
    print(gpu_record.render(record))
    if args.out:
        for path in (gpu_record.RECORD, *(gpu_record.path(language) for language in ("en", *LANGUAGES))):
            shutil.copy(path, args.out / path.name)
        (args.out / "gpu_tier.log").write_text(log)
    return exit_code  # recorded either way; a failed tier still fails the command (and the workflow)


if __name__ == "__main__":
    sys.exit(main())

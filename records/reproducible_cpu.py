"""Proof of the reproducible CPU mode (tests/reproducible.py): every model of the book, trained for a
few steps, ends with bit-identical parameters on this machine and on emulated AMD and Intel CPUs.

    make reproducibility    # needs Debian's qemu-user (apt-get install qemu-user)
    python records/reproducible_cpu.py --native    # seconds: add this machine's own CPU to the record

Each run is a fresh process that trains each model with the optimiser, batch size, memory format
and training mode its chapter uses, on a fixed batch of random 28x28 images, and prints a SHA-256
of every model's parameters and buffers. It runs natively (this CPU, whatever it is) and under
`qemu-x86_64 -cpu MODEL`, which executes the same Python and torch as another CPU: the emulated
CPUID says AMD or Intel, so MKL and oneDNN choose their code for that vendor and instruction set.
The emulator has no AVX-512, so the native run on an AVX-512 machine is the one that shows the
pin switching those kernels off. Runs unpinned are included to show the pin is what matters.
The native runs of every machine that recorded them are kept (one pair per CPU model), so the
record holds real AMD and Intel processors next to the emulated ones.

Writes records/reproducible_cpu.{json,md} and exits 1 if the pinned emulated CPUs disagree.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time

from book.layout import RECORDS as RESULTS
from book.layout import REPO, SNIPPETS
from book.reproducible import PINNED_ENV, cpu_model  # the pin has one source; imports no torch
from book.scripts import command_line

# QEMU's CPU models: AMD Zen (EPYC) and two Intel generations, all with AVX2 and FMA.
EMULATED = ("EPYC", "Skylake-Client", "Haswell")
STEPS = 3
BATCH = 32


def train_every_model() -> dict[str, str]:
    """The worker: a few training steps of each model of the book; a hash of each model's state."""
    import torch
    import torch.nn as nn
    import torch.nn.functional as F

    from cnn_models.models import ConfigurableCNN, D2LLeNet, LeNet5, Post000CNN
    from training_and_evaluation.post002_model import Post002CNN
    from training_fast.recipe import fast_cnn

    def adam(model):
        return torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)

    def sgd(lr, momentum=0.0, nesterov=False, weight_decay=0.0):
        return lambda model: torch.optim.SGD(
            model.parameters(), lr=lr, momentum=momentum, nesterov=nesterov, weight_decay=weight_decay
        )

    # (name, model factory, optimiser, number of classes, channels_last): as the chapters train them
    cases = [
        (
            "learn_kernel Conv2d(1, 1, 3)",
            lambda: nn.Conv2d(1, 1, 3, bias=False),
            lambda m: torch.optim.Adam(m.parameters(), lr=0.05, fused=True),
            None,
            False,
        ),
        ("Post000CNN", lambda: Post000CNN(), adam, 2, False),
        ("Post002CNN", lambda: Post002CNN(), sgd(0.01, momentum=0.5), 10, False),
        ("ConfigurableCNN", lambda: ConfigurableCNN(hdims=(32,)), adam, 10, False),
        ("ConfigurableCNN batchnorm", lambda: ConfigurableCNN(hdims=(32,), batchnorm=True), adam, 10, False),
        ("D2LLeNet", lambda: D2LLeNet(), sgd(0.9), 10, False),
        ("LeNet5", lambda: LeNet5(), adam, 10, False),
        ("fast_cnn (channels_last)", lambda: fast_cnn(), sgd(0.2, 0.9, True, 5e-4), 10, True),
        ("fast_cnn without batch-norm", lambda: fast_cnn(batchnorm=False), sgd(0.2, 0.9, True, 5e-4), 10, True),
    ]
    hashes = {"first_cnn.py (post 001, whole file)": state_hash(first_cnn())}
    for name, make, optimiser, classes, channels_last in cases:
        torch.manual_seed(0)
        model = make()
        images = torch.randn(BATCH, 1, 28, 28)
        if channels_last:
            model = model.to(memory_format=torch.channels_last)
            images = images.contiguous(memory_format=torch.channels_last)
        optimizer = optimiser(model)
        model.train()
        for _ in range(STEPS):
            output = model(images)
            if classes is None:  # the kernel chapter fits a convolution to a target map
                loss = F.mse_loss(output, torch.zeros_like(output) + 0.5)
            else:
                labels = torch.arange(BATCH) % classes
                loss = F.cross_entropy(output, labels)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            model.eval()
            model(images)  # evaluation mode too: batch-norm's running statistics, no dropout
        hashes[name] = state_hash(model)
    return {"capability": torch.backends.cpu.get_cpu_capability(), "hashes": hashes}


def state_hash(model) -> str:
    digest = hashlib.sha256()
    for key, tensor in model.state_dict().items():
        digest.update(key.encode())
        digest.update(tensor.detach().contiguous().numpy().tobytes())
    return digest.hexdigest()[:16]


def first_cnn():
    """Post 001's first CNN: the snippet file itself (500 Adam steps), run as the tests run it."""
    import contextlib
    import io
    import runpy

    import matplotlib

    matplotlib.use("Agg")
    with contextlib.redirect_stdout(io.StringIO()):
        namespace = runpy.run_path(str(REPO / "snippets" / "cnn_models" / "first_cnn.py"), run_name="__main__")
    return namespace["model"]


def run(cpu: str | None, pinned: bool) -> dict:
    """One worker process; `cpu` is a QEMU CPU model, or None for this machine's own CPU."""
    env = {key: value for key, value in os.environ.items() if key not in PINNED_ENV}
    env["PYTHONPATH"] = str(SNIPPETS)  # the worker imports the chapters' models
    if pinned:
        env.update(PINNED_ENV)
    command = [sys.executable, __file__, "--worker"]
    if cpu:
        command = ["qemu-x86_64", "-cpu", cpu, *command]
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    worker = json.loads(result.stdout.strip().splitlines()[-1])
    where = (
        {"cpu": cpu} if cpu else {"cpu": "native", "machine": cpu_model(), "date": datetime.date.today().isoformat()}
    )
    return {**where, "pinned": pinned, "seconds": round(time.perf_counter() - start, 1), **worker}


def machine(run: dict, record: dict) -> str:
    """The processor of a native run (records before per-run names: the recording machine's)."""
    return run.get("machine", record["machine"])


def natives_of_other_machines(record: dict | None) -> list[dict]:
    """Native runs recorded on other processors with this pin and this torch, to keep."""
    import torch

    if not record or record["pinned_env"] != PINNED_ENV or record["torch"] != torch.__version__:
        return []
    return [
        {**r, "machine": machine(r, record)}
        for r in record["runs"]
        if r["cpu"] == "native" and machine(r, record) != cpu_model()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = command_line(__doc__)
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--render", action="store_true", help="rewrite the .md from the recorded .json")
    parser.add_argument("--cpus", nargs="*", default=list(EMULATED), help="QEMU CPU models to emulate")
    parser.add_argument(
        "--native", action="store_true", help="add this CPU's native runs to the recorded proof (no emulator)"
    )
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(train_every_model()))
        return 0
    path = RESULTS / "reproducible_cpu.json"
    recorded = json.loads(path.read_text()) if path.exists() else None
    if args.render:
        write(recorded)
        return 0
    import torch

    natives = [run(None, pinned=True), run(None, pinned=False)]
    if args.native:
        if not recorded:
            raise SystemExit("no recorded proof to add to: run make reproducibility first")
        if recorded["pinned_env"] != PINNED_ENV or recorded["torch"] != torch.__version__:
            raise SystemExit("the recorded proof is for another pin or torch: run make reproducibility")
        emulated = [r for r in recorded["runs"] if r["cpu"] != "native"]
        record = {**recorded, "runs": natives_of_other_machines(recorded) + natives + emulated}
        write(record)
        return 0 if record["emulated_pinned_identical"] and not record["native_differs_from_emulated"] else 1
    if not shutil.which("qemu-x86_64"):
        raise SystemExit("needs qemu-x86_64: apt-get install qemu-user")

    # Unpinned runs natively and on the first emulated CPU show that the pin is what makes them agree.
    runs = natives_of_other_machines(recorded) + natives
    for number, cpu in enumerate(args.cpus):
        runs += [run(cpu, pinned=True)] + ([run(cpu, pinned=False)] if number == 0 else [])
        print(f"{cpu}: done", file=sys.stderr)
    record = {
        "benchmark": "reproducible_cpu",
        "date": datetime.date.today().isoformat(),
        "machine": cpu_model(),
        "torch": torch.__version__,
        "pinned_env": PINNED_ENV,
        "steps": STEPS,
        "batch": BATCH,
        "runs": runs,
    }
    write(record)
    return 0 if record["emulated_pinned_identical"] else 1


def write(record: dict) -> None:
    record.update(verdict(record))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "reproducible_cpu.json").write_text(json.dumps(record, indent=1) + "\n")
    render(record)


def verdict(record: dict) -> dict:
    """What the runs show: do the emulated CPUs agree, and which models does each real CPU match?"""
    emulated = [r for r in record["runs"] if r["pinned"] and r["cpu"] != "native"]
    reference = emulated[0]["hashes"]
    natives = {machine(r, record): r["hashes"] for r in record["runs"] if r["pinned"] and r["cpu"] == "native"}
    return {
        "emulated_pinned_identical": all(r["hashes"] == reference for r in emulated),
        "native_matches_emulated": {cpu: [m for m in reference if h[m] == reference[m]] for cpu, h in natives.items()},
        "native_differs_from_emulated": {
            cpu: differs for cpu, h in natives.items() if (differs := [m for m in reference if h[m] != reference[m]])
        },
    }


def render(record: dict) -> None:
    text = rendering(record)
    (RESULTS / "reproducible_cpu.md").write_text(text)
    print(text, end="")


def rendering(record: dict) -> str:
    """The verification page's table and verdict, from the record (tests/test_reproducible.py compares
    it with the committed reproducible_cpu.md)."""
    runs = record["runs"]
    reference = next(r for r in runs if r["pinned"] and r["cpu"] != "native")["hashes"]
    models = list(reference)
    env = " ".join(f"{k}={v}" for k, v in record["pinned_env"].items())

    def label(r):
        where = machine(r, record) if r["cpu"] == "native" else f"qemu -cpu {r['cpu']}"
        return f"{where}, {'pinned' if r['pinned'] else 'unpinned'} ({r['capability']})"

    lines = [
        f"Parameter hashes after {record['steps']} training steps (batch {record['batch']}) of each "
        f"model; ≠ marks a hash that differs from the pinned emulated CPUs'. Emulated on "
        f"{record['machine']} with torch {record['torch']}, {record['date']}; each native column was "
        f"run on the processor it names. Pinned: `{env}`.",
        "",
        "| model | " + " | ".join(label(r) for r in runs) + " |",
        "| --- |" + " --- |" * len(runs),
    ]
    for model in models:
        cells = [f"`{r['hashes'][model]}`" + ("" if r["hashes"][model] == reference[model] else " ≠") for r in runs]
        lines.append(f"| {model} | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Pinned, the emulated AMD and Intel CPUs agree on every model: "
        f"**{'yes' if record['emulated_pinned_identical'] else 'NO'}**.",
    ]
    for cpu, matches in record["native_matches_emulated"].items():
        differs = record["native_differs_from_emulated"].get(cpu, [])
        lines.append(
            f"{cpu}, natively and pinned, matches them on {len(matches)} of {len(models)} models"
            + (f"; it differs on {', '.join(differs)}." if differs else ".")
        )
    unpinned = [r for r in runs if not r["pinned"]]
    agreeing = [model for model in models if any(r["hashes"][model] == reference[model] for r in unpinned)]
    lines.append(
        f"Unpinned, {'every model differs' if not agreeing else 'the same bits only for ' + ', '.join(agreeing)}."
    )
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())

"""The suite runs in the reproducible CPU mode of book/reproducible.py, and the mode does what it
says. The cross-CPU proof itself is too slow for `make test` (qemu): `make reproducibility`."""

import ast
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import torch

from book import reproducible
from book.layout import RECORDS, REPO, SNIPPETS

TESTS = Path(__file__).parent


def python(code: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=TESTS)


def test_the_suite_runs_pinned():
    reproducible.check()  # raises, naming what is off
    assert torch.are_deterministic_algorithms_enabled()
    assert "reproducible CPU mode: ATen AVX2" in reproducible.describe()


def test_convolutions_and_elementwise_kernels_use_avx2_code():
    """oneDNN reports the instruction set it compiled for; without the pin it is AVX-512 wherever
    the CPU has it (Intel Xeon, AMD Zen 4)."""
    env = {**os.environ, **reproducible.PINNED_ENV, "ONEDNN_VERBOSE": "1"}
    code = "import torch; torch.nn.Conv2d(1, 4, 3)(torch.randn(2, 1, 8, 8)); print(torch.backends.cpu.get_cpu_capability())"
    result = python(code, env)
    assert result.returncode == 0, result.stderr
    assert "isa:Intel AVX2" in result.stdout and ",jit:avx2," in result.stdout
    assert result.stdout.strip().endswith("AVX2")


def test_pinning_after_torch_is_imported_fails_loudly():
    env = {key: value for key, value in os.environ.items() if key not in reproducible.PINNED_ENV}
    result = python("import torch; from book import reproducible; reproducible.pin()", env)
    assert result.returncode != 0 and "NotPinned" in result.stderr and "before importing torch" in result.stderr


def test_the_recorded_proof_covers_amd_and_intel_and_they_agree():
    """records/reproducible_cpu.json is for this pin and this torch, has an AMD and an Intel
    CPU model among the emulated runs and among the real processors that ran it natively, and all
    of them, pinned, trained every model to the same bits."""
    record = json.loads((RECORDS / "reproducible_cpu.json").read_text())
    assert record["pinned_env"] == reproducible.PINNED_ENV, "the proof is for another pin: make reproducibility"
    assert record["torch"].split("+")[0] == torch.__version__.split("+")[0], "proof recorded with another torch"
    emulated = [run for run in record["runs"] if run["pinned"] and run["cpu"] != "native"]
    assert "EPYC" in {run["cpu"] for run in emulated}
    assert {"Skylake-Client", "Haswell"} & {run["cpu"] for run in emulated}
    assert all(run["hashes"] == emulated[0]["hashes"] for run in emulated)
    assert record["emulated_pinned_identical"]
    natives = [run for run in record["runs"] if run["pinned"] and run["cpu"] == "native"]
    assert all(run["hashes"] == emulated[0]["hashes"] for run in natives), "a real CPU, pinned, trained other bits"
    assert not record["native_differs_from_emulated"]
    vendors = {run.get("machine", record["machine"]).split()[0] for run in natives}
    assert {"AMD", "Intel(R)"} <= vendors, f"real processors in the proof: {vendors}"


def test_the_verification_page_shows_what_the_proof_recorded():
    """reproducible_cpu.md, which the verification page includes, is the rendering of the .json as it
    is now (`make outputs` renders it again)."""
    spec = importlib.util.spec_from_file_location("reproducible_cpu", RECORDS / "reproducible_cpu.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    record = json.loads((RECORDS / "reproducible_cpu.json").read_text())
    assert (RECORDS / "reproducible_cpu.md").read_text() == script.rendering(record), (
        "records/reproducible_cpu.md differs from its record: run `make outputs`"
    )


def test_every_adam_of_the_book_is_fused():
    """The pin does not reach one kernel: the default Adam takes its square roots from MKL's vector
    math library (`torch.sqrt` on float32), whose last bit depends on the processor whatever
    `MKL_CBWR` says (measured: about 15% of 100,000 square roots not exactly rounded, and not the
    same ones natively on an Intel Xeon and under qemu as an AMD EPYC; records/reproducible_cpu.py).
    `fused=True` computes the update in one ATen kernel with exactly rounded square roots, which
    made every Adam-trained model of the proof identical on both."""
    unfused = []
    for path in sorted([*(REPO / "snippets").rglob("*.py"), *(REPO / "bench").glob("*.py"), *RECORDS.glob("*.py")]):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] in {"Adam", "AdamW"}:
                fused = next((k.value for k in node.keywords if k.arg == "fused"), None)
                if not (isinstance(fused, ast.Constant) and fused.value is True):
                    unfused.append(f"{path.relative_to(REPO)}:{node.lineno}: {ast.unparse(node)}")
    assert not unfused, "Adam without fused=True (its result depends on the CPU):\n" + "\n".join(unfused)


def test_this_cpu_trains_the_bits_the_proof_recorded():
    """The proof's worker, run here in the pinned mode (seconds, no emulator), gives the recorded
    hashes: the proof is about the book's models and optimisers as they are now, and this CPU
    computes what the recording CPU and the emulated AMD and Intel CPUs computed. A change to a
    model or an optimiser fails here until `make reproducibility` records the proof again."""
    record = json.loads((RECORDS / "reproducible_cpu.json").read_text())
    recorded = next(run for run in record["runs"] if run["pinned"] and run["cpu"] != "native")["hashes"]
    env = {**os.environ, **reproducible.PINNED_ENV, "PYTHONPATH": str(SNIPPETS)}
    result = subprocess.run(
        [sys.executable, str(RECORDS / "reproducible_cpu.py"), "--worker"],
        env=env,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    here = json.loads(result.stdout.strip().splitlines()[-1])["hashes"]
    differing = [model for model in recorded if here.get(model) != recorded[model]]
    assert here.keys() == recorded.keys() and not differing, f"trained other bits: {differing or 'other models'}"

"""The GPU tier: the training pages on a CUDA device, and the models' agreement between CPU and
GPU. `uv run pytest -m gpu` on a machine with CUDA (.github/workflows/gpu.yml); elsewhere every
test here is skipped, with the reason, because `torch.cuda.is_available()` is False.

The pages' numbers come from CPU runs in the pinned kernels. A GPU run of the same page takes
other, equally valid floating-point paths (other kernels, other summation orders, TF32), which
moves a trained number as another seed or CPU kernel does. So a GPU run must print the same lines,
and each number that the rerun study saw move (records/reruns.json) must lie within that
number's tolerance, book.rerun_record.tolerance: three of the study's standard deviations, never less than
its lowest-to-highest range.
Which pages train, and which of their numbers move, is the study's finding, not a list here. The
figures are written to build/gpu-figures/ for the workflow to upload instead of being compared: the
numbers they draw (the per-class counts of the confusion matrix, the first-layer kernels' shape
and norms) are printed and compared. records/gpu_tier.py runs this tier on a lent GPU machine and
records its outcome and every compared number (GPU_TIER_NUMBERS names the folder for them).
"""

import json
import os
from pathlib import Path

import pytest
import torch

from book import reproducible, rerun_record, rerun_study
from book.blocks import page_program
from book.layout import REPO, SNIPPETS, page_file
from book.outputs import as_output_lines, output_blocks
from book.program import figures_by_file, run_page

# Any run but `pytest -m gpu` pins the reproducible CPU mode (tests/conftest.py), which hides CUDA:
# on a machine with an NVIDIA driver (/dev/nvidiactl), say so rather than that there is no GPU.
WHY_NO_GPU = (
    "the reproducible CPU mode hides the GPU: run exactly `uv run pytest -m gpu` (or records/gpu_tier.py)"
    if reproducible.is_pinned() and Path("/dev/nvidiactl").exists()
    else "torch.cuda.is_available() is False: the GPU tier runs on the self-hosted GPU runner "
    "(.github/workflows/gpu.yml, `uv run pytest -m gpu`)"
)
pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not torch.cuda.is_available(), reason=WHY_NO_GPU)]

GPU_FIGURES = REPO / "build" / "gpu-figures"
STUDY = rerun_record.load() or {"blocks": []}


def pages_that_train() -> list[str]:
    """The pages whose output the rerun study saw move: those a GPU changes."""
    return list(dict.fromkeys(block["page"] for block in STUDY["blocks"] if block["lines"]))


@pytest.mark.parametrize("page", pages_that_train())
def test_training_page_runs_on_the_gpu(page, snippet_workdir, tmp_path):
    program = page_program(page_file(page))
    run = run_page(program, snippet_workdir, tmp_path)
    for file, figures in figures_by_file(program, run).items():
        for number, figure in enumerate(figures, start=1):
            path = GPU_FIGURES / page / f"{Path(file).stem}-{number}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(figure.png)

    studied = {  # the study's record of each block of this page, by where the block is
        (block["file"], block["section"], block["index"]): block for block in STUDY["blocks"] if block["page"] == page
    }
    places = rerun_study.output_places(program)
    blocks = output_blocks(program.text.splitlines())
    problems, numbers = [], []
    for anchor in sorted(set(blocks) | set(run.printed)):
        printed = as_output_lines(run.printed[anchor]) if anchor in run.printed else []
        block = studied.get(places[anchor]) if anchor in places else None
        differences, compared = rerun_record.compare(blocks.get(anchor, []), printed, block)
        problems += [f"{program.where(anchor)}: {problem}" for problem in differences]
        numbers += compared
    if os.environ.get("GPU_TIER_NUMBERS"):  # records/gpu_tier.py records them (book/gpu_record.py)
        record = Path(os.environ["GPU_TIER_NUMBERS"]) / f"{page}.json"
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps(numbers, indent=1))
    assert not problems, "GPU run differs from the page beyond the rerun study's ranges:\n" + "\n".join(problems)


@pytest.fixture
def ieee_float32():
    """Full float32 convolutions and matrix products, so CPU and GPU can be compared closely."""
    saved = torch.backends.cudnn.conv.fp32_precision, torch.backends.cuda.matmul.fp32_precision
    torch.backends.cudnn.conv.fp32_precision = torch.backends.cuda.matmul.fp32_precision = "ieee"
    yield
    torch.backends.cudnn.conv.fp32_precision, torch.backends.cuda.matmul.fp32_precision = saved


def all_models():
    from cnn_models.models import ConfigurableCNN, D2LLeNet, LeNet5, Post000CNN
    from training_and_evaluation.post002_model import Post002CNN
    from training_fast.recipe import fast_cnn

    return {
        "post000": (Post000CNN(), (8, 1, 28, 28)),
        "post000 at 200x200": (Post000CNN(image_size=200), (2, 1, 200, 200)),
        "post002": (Post002CNN(), (8, 1, 28, 28)),
        "post003 with batch-norm": (ConfigurableCNN(cdims=(32, 64), hdims=(32,), batchnorm=True), (8, 1, 28, 28)),
        "LeNet-5": (LeNet5(), (8, 1, 28, 28)),
        "d2l LeNet": (D2LLeNet(), (8, 1, 28, 28)),
        "fast recipe": (fast_cnn(), (8, 1, 28, 28)),
    }


def test_every_model_computes_the_same_logits_on_cpu_and_gpu(ieee_float32, monkeypatch):
    monkeypatch.syspath_prepend(str(SNIPPETS))
    torch.manual_seed(0)
    for name, (model, shape) in all_models().items():
        model.eval()
        images = torch.randn(shape)
        on_cpu = model(images)
        on_gpu = model.to("cuda")(images.to("cuda"))
        assert on_gpu.device.type == "cuda"
        torch.testing.assert_close(on_gpu.cpu(), on_cpu, rtol=1e-4, atol=1e-5, msg=name)


def test_weights_trained_on_the_gpu_predict_the_same_on_the_cpu(ieee_float32, monkeypatch, snippet_workdir):
    monkeypatch.syspath_prepend(str(SNIPPETS))
    monkeypatch.chdir(snippet_workdir)
    from training_and_evaluation.fashion_mnist import load_fashion_mnist, predict, train_epoch
    from training_and_evaluation.post002_model import Post002CNN

    train_x, train_y, test_x, _ = load_fashion_mnist(device="cuda")
    torch.manual_seed(0)
    model = Post002CNN().to("cuda")
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    train_epoch(model, optimizer, train_x, train_y, generator=torch.Generator().manual_seed(0))
    torch.save(model.state_dict(), "post002.pt")

    on_cpu = Post002CNN()
    on_cpu.load_state_dict(torch.load("post002.pt", map_location="cpu"))
    torch.testing.assert_close(predict(on_cpu, test_x.cpu()), predict(model, test_x).cpu(), rtol=1e-4, atol=1e-4)

"""The GPU tier: the model chapters' snippets on a CUDA device, and the models' agreement between
CPU and GPU. `uv run pytest -m gpu` on a machine with CUDA (.github/workflows/gpu.yml); elsewhere
every test here is skipped, with the reason, because `torch.cuda.is_available()` is False.

The pages' numbers come from CPU runs. A GPU run of the same snippet takes different, equally
valid floating-point paths (other kernels, other summation orders), so it is not held to the
CPU tolerance each snippet declares: it must print the same lines, with every accuracy within
GPU_ACCURACY_POINTS of the page's, and its figures are written to build/gpu-figures/ for the
workflow to upload instead of being compared.
"""

from pathlib import Path

import pytest
import torch

from book.harness import Tolerance, as_output_lines, output_blocks, run_snippet
from book.layout import REPO, SNIPPETS, chapter_of

pytestmark = [
    pytest.mark.gpu,
    pytest.mark.skipif(
        not torch.cuda.is_available(),
        reason="torch.cuda.is_available() is False: the GPU tier runs on the self-hosted GPU runner "
        "(.github/workflows/gpu.yml, `uv run pytest -m gpu`)",
    ),
]

CHAPTERS = ("cnn_models", "training_and_evaluation", "training_fast", "feature_maps")
GPU_FIGURES = REPO / "build" / "gpu-figures"
# A different floating-point path moves a short training run's accuracies: rerunning the CPU
# snippets with 1 thread instead of 2 moved them by up to 1.02 points (the 3-epoch model of
# training_and_evaluation/evaluation.py), and its per-class accuracies and error counts by far more.
# A GPU changes every summation order and uses TF32 convolutions, a perturbation of the same kind,
# so a GPU run is held to the page's overall accuracies within twice that, and to the same lines
# of output; per-class figures and counts are left to the eye (build/gpu-figures/).
GPU_ACCURACY_POINTS = 2.0


def device_snippets() -> list[Path]:
    """Snippets that put a model on DEVICE, themselves or through the fast recipe: those are the
    ones a GPU changes."""
    return [
        path
        for chapter in CHAPTERS
        for path in sorted((SNIPPETS / chapter).glob("*.py"))
        if any(word in path.read_text() for word in ("DEVICE", "training_fast.recipe"))
        and path.name != "fashion_mnist.py"
    ]


@pytest.fixture
def ieee_float32():
    """Full float32 convolutions and matrix products, so CPU and GPU can be compared closely."""
    saved = torch.backends.cudnn.conv.fp32_precision, torch.backends.cuda.matmul.fp32_precision
    torch.backends.cudnn.conv.fp32_precision = torch.backends.cuda.matmul.fp32_precision = "ieee"
    yield
    torch.backends.cudnn.conv.fp32_precision, torch.backends.cuda.matmul.fp32_precision = saved


@pytest.mark.parametrize("snippet", device_snippets(), ids=lambda p: str(p.relative_to(SNIPPETS)))
def test_snippet_runs_on_the_gpu(snippet, snippet_workdir):
    run = run_snippet(snippet, snippet_workdir)
    for number, png in enumerate(run.figures, start=1):
        path = GPU_FIGURES / chapter_of(snippet) / f"{snippet.stem}-{number}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(png)

    blocks = output_blocks(snippet.read_text().splitlines())
    accuracy = Tolerance(abs=GPU_ACCURACY_POINTS)
    problems = []
    for anchor in sorted(set(blocks) | set(run.printed)):
        expected = blocks.get(anchor, [])
        actual = as_output_lines(run.printed[anchor]) if anchor in run.printed else []
        if len(expected) != len(actual):
            problems.append(f"{snippet.name}:{anchor + 1}: {len(actual)} lines printed, {len(expected)} on the page")
            continue
        for page_line, gpu_line in zip(expected, actual):
            if "ccuracy" in page_line and not accuracy.accepts(page_line, gpu_line):
                problems.append(f"{snippet.name}:{anchor + 1}\n  page: {page_line}\n  GPU:  {gpu_line}")
    assert not problems, "GPU run differs from the page:\n" + "\n".join(problems)


def all_models():
    from cnn_models.models import ConfigurableCNN, D2LLeNet, LeNet5, Seed000CNN, Seed002CNN
    from training_fast.recipe import fast_cnn

    return {
        "seed000": (Seed000CNN(), (8, 1, 28, 28)),
        "seed000 at 200x200": (Seed000CNN(image_size=200), (2, 1, 200, 200)),
        "seed002": (Seed002CNN(), (8, 1, 28, 28)),
        "seed003 with batch-norm": (ConfigurableCNN(cdims=(32, 64), hdims=(32,), batchnorm=True), (8, 1, 28, 28)),
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
    from cnn_models.models import Seed002CNN
    from training_and_evaluation.fashion_mnist import load_fashion_mnist, predict, train_epoch

    train_x, train_y, test_x, _ = load_fashion_mnist(device="cuda")
    torch.manual_seed(0)
    model = Seed002CNN().to("cuda")
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    train_epoch(model, optimizer, train_x, train_y, generator=torch.Generator().manual_seed(0))
    torch.save(model.state_dict(), "seed002.pt")

    on_cpu = Seed002CNN()
    on_cpu.load_state_dict(torch.load("seed002.pt", map_location="cpu"))
    torch.testing.assert_close(predict(on_cpu, test_x.cpu()), predict(model, test_x).cpu(), rtol=1e-4, atol=1e-4)

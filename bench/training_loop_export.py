"""What does export change at inference time? The training-loop chapter's network (fast_cnn, in
evaluation mode) run eagerly, as the program torch.export saved and loaded, and as its ONNX file in
ONNX Runtime (CPUExecutionProvider), on one image and on a batch of 1,000, all on this process's
threads: torch.utils.benchmark's blocked_autorange (median) in three rounds that take the runners
in turn, each round starting with another, the median round, the lowest and highest, and the ratio to eager at the same batch size.
    PYTHONPATH=snippets uv run python bench/training_loop_export.py
"""

import statistics
import tempfile
from pathlib import Path

import onnxruntime
import torch
import torch.utils.benchmark as benchmark

from _common import machine, record
from book.scripts import arguments
from training_fast.recipe import fast_cnn

ROUNDS = 3
MIN_RUN_TIME = 1.0  # seconds of timed runs per runner, batch and round
BATCHES = (1, 1000)


def runners(folder: Path) -> dict:
    """name -> a function from a batch of images to logits, each made as the chapter makes it."""
    torch.manual_seed(0)
    model = fast_cnn().eval()
    example = torch.randn(8, 1, 28, 28)
    batch = torch.export.Dim("batch", min=1, max=1024)
    exported = torch.export.export(model, (example,), dynamic_shapes=({0: batch},))
    torch.export.save(exported, folder / "model.pt2")
    loaded = torch.export.load(folder / "model.pt2").module()
    torch.onnx.export(model, (example,), dynamic_shapes=({0: batch},), dynamo=True, verbose=False).save(
        folder / "model.onnx"
    )
    session = onnxruntime.InferenceSession(str(folder / "model.onnx"), providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    return {
        "eager": model,
        "torch.export, loaded": loaded,
        "ONNX Runtime": lambda images: session.run(None, {name: images.numpy()})[0],
    }


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}, onnxruntime {onnxruntime.__version__}")
    with tempfile.TemporaryDirectory() as folder:
        run = runners(Path(folder))
        seconds = {(name, size): [] for size in BATCHES for name in run}
        with torch.inference_mode():
            for round_ in range(ROUNDS):
                for size in BATCHES:
                    images = torch.randn(size, 1, 28, 28)
                    # each round starts with another runner: an order effect (a warm cache, a CPU
                    # clock that rises) does not always favour the same one
                    names = list(run)
                    for name in names[round_ % len(names) :] + names[: round_ % len(names)]:
                        runner = run[name]
                        timer = benchmark.Timer(
                            stmt="runner(images)",
                            globals={"runner": runner, "images": images},
                            num_threads=torch.get_num_threads(),  # Timer's default is one thread
                        )
                        seconds[name, size].append(timer.blocked_autorange(min_run_time=MIN_RUN_TIME).median)
    middle = {key: statistics.median(times) for key, times in seconds.items()}
    rows = [
        {
            "runner": name,
            **{
                column: value
                for size in BATCHES
                for column, value in (
                    (f"batch {size}, ms", f"{middle[name, size] * 1e3:.3f}"),
                    (
                        f"batch {size}, lowest to highest round",
                        f"{min(seconds[name, size]) * 1e3:.3f} to {max(seconds[name, size]) * 1e3:.3f}",
                    ),
                    (f"batch {size}, vs eager", f"{middle[name, size] / middle['eager', size]:.2f}x"),
                )
            },
        }
        for name in run
    ]
    record(
        "training_loop_export",
        rows,
        notes=f"The chapter's network in evaluation mode, float32, on one image and on 1,000, in milliseconds "
        "per call: torch.utils.benchmark's blocked_autorange (median over at least 1 s of calls) in three "
        "rounds that take the runners in turn, each round starting with another: the median round, the lowest and highest, and the ratio to "
        f"eager PyTorch at the same batch size. ONNX Runtime {onnxruntime.__version__} with its default "
        "threads; its time includes the conversion of the input to NumPy.",
    )


if __name__ == "__main__":
    main()

"""Do multiply-accumulates predict time? The Efficient CNNs chapter's networks at 224x224, batch 1,
float32, eager, in evaluation mode without autograd: each network's latency measured with
torch.utils.benchmark (blocked_autorange, median) on all of this process's threads, in three rounds
that take the networks in turn, beside its MACs; the median round and the lowest and highest, then
its MACs and its time as ratios to ResNet-50's, and the MACs it gets through per second.
    PYTHONPATH=snippets uv run python bench/efficient_cnns_latency.py
"""

import statistics

import torch
import torch.utils.benchmark as benchmark
import torchvision

from _common import machine, record
from book.scripts import arguments
from modern_cnns.inception import macs

NETWORKS = {
    "ResNet-18": torchvision.models.resnet18,
    "ResNet-50": torchvision.models.resnet50,
    "ResNeXt-50": torchvision.models.resnext50_32x4d,
    "MobileNetV2": torchvision.models.mobilenet_v2,
    "ConvNeXt-T": torchvision.models.convnext_tiny,
}
BASELINE = "ResNet-50"
MIN_RUN_TIME = 2.0  # seconds of timed runs per network and round, after blocked_autorange's warm-up
ROUNDS = 3


def timer(model, x) -> benchmark.Timer:
    # Timer runs on one thread unless told otherwise: give it the process's threads
    return benchmark.Timer(stmt="model(x)", globals={"model": model, "x": x}, num_threads=torch.get_num_threads())


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    torch.manual_seed(0)
    models = {name: build().eval() for name, build in NETWORKS.items()}
    x = torch.randn(1, 3, 224, 224)
    seconds = {name: [] for name in models}
    with torch.no_grad():
        work = {name: macs(model, x) for name, model in models.items()}
        for _ in range(ROUNDS):
            for name, model in models.items():
                seconds[name].append(timer(model, x).blocked_autorange(min_run_time=MIN_RUN_TIME).median)
    middle = {name: statistics.median(times) for name, times in seconds.items()}
    rows = [
        {
            "network": name,
            "GMACs": f"{work[name] / 1e9:.2f}",
            "milliseconds": f"{middle[name] * 1e3:.1f}",
            "lowest to highest round": f"{min(times) * 1e3:.1f} to {max(times) * 1e3:.1f}",
            "MACs vs ResNet-50": f"{work[name] / work[BASELINE]:.2f}x",
            "time vs ResNet-50": f"{middle[name] / middle[BASELINE]:.2f}x",
            "GMACs per second": f"{work[name] / 1e9 / middle[name]:.0f}",
        }
        for name, times in seconds.items()
    ]
    record(
        "efficient_cnns_latency",
        rows,
        notes="One image of 224x224, float32, eager, eval mode under torch.no_grad(), on all the "
        "process's threads; each network timed by torch.utils.benchmark's blocked_autorange (the median "
        "over at least 2 s of runs) in three rounds that take the networks in turn, in one process: "
        "the median round, and the lowest and highest.",
    )


if __name__ == "__main__":
    main()

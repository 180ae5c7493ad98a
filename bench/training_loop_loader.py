"""When do DataLoader workers help? The training-loop chapter's 4,000 training images, one epoch at
batch 64: loading only, and loading while the chapter's loop trains its network (fast_cnn, SGD,
one-cycle, clipping), from tensors in memory (the pipeline of the book's other chapters: no
per-image decoding or augmentation) and from the folder of PNG files with 0, 1 and 2 worker
processes, and 2 with pin_memory. Three rounds that take the settings in turn, in one process: the
median round's seconds, the lowest and highest, and the ratio to the folder with 0 workers.
    PYTHONPATH=snippets uv run python bench/training_loop_loader.py
"""

import statistics
import time
import warnings

import torch
from torch.utils.data import DataLoader, TensorDataset

from _common import data_root, machine, record
from book.scripts import arguments

data_root()  # ./data prepared before the chapter writes its folder of PNG files
from torchvision.io import ImageReadMode, decode_image  # noqa: E402
from torchvision.transforms import v2  # noqa: E402

from training_loop.image_files import to_input, train_set  # noqa: E402
from training_loop.loop import new_run, train_one_epoch  # noqa: E402

ROUNDS = 3
BASELINE = "folder, 0 workers"


def in_memory() -> TensorDataset:
    """The folder's images decoded once and normalised, as the chapters before this one hold them."""
    images = torch.stack([decode_image(str(path), mode=ImageReadMode.GRAY) for path, _ in train_set.files])
    labels = torch.tensor([label for _, label in train_set.files])
    return TensorDataset(v2.Compose(to_input)(images), labels)


def settings() -> dict[str, dict]:
    return {
        "tensors in memory": {"dataset": in_memory()},
        BASELINE: {"dataset": train_set, "num_workers": 0},
        "folder, 1 worker": {"dataset": train_set, "num_workers": 1},
        "folder, 2 workers": {"dataset": train_set, "num_workers": 2},
        "folder, 2 workers, pin_memory": {"dataset": train_set, "num_workers": 2, "pin_memory": True},
    }


def epoch_seconds(run, loader, train: bool) -> float:
    start = time.perf_counter()
    if train:
        run.train_loader = loader
        train_one_epoch(run)
    else:
        for _ in loader:
            pass
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> None:
    arguments(__doc__, argv)
    print(f"{machine()}, torch {torch.__version__}")
    warnings.filterwarnings("ignore", message=".*pin_memory.*")  # no accelerator: it warns, and does nothing
    seconds = {(name, train): [] for name in settings() for train in (False, True)}
    loaders = {
        name: DataLoader(batch_size=64, shuffle=True, generator=torch.Generator().manual_seed(0), **setting)
        for name, setting in settings().items()
    }
    run = new_run(seed=0, epochs=2 * ROUNDS * len(loaders))  # one schedule long enough for every epoch
    for _ in range(ROUNDS):
        for name, loader in loaders.items():
            for train in (False, True):
                seconds[name, train].append(epoch_seconds(run, loader, train))
    middle = {key: statistics.median(times) for key, times in seconds.items()}
    rows = [
        {
            "pipeline": name,
            "loading only, s": f"{middle[name, False]:.2f}",
            "loading only, lowest to highest": f"{min(seconds[name, False]):.2f} to {max(seconds[name, False]):.2f}",
            "loading and training, s": f"{middle[name, True]:.2f}",
            "loading and training, lowest to highest": (
                f"{min(seconds[name, True]):.2f} to {max(seconds[name, True]):.2f}"
            ),
            "vs folder, 0 workers": f"{middle[name, True] / middle[BASELINE, True]:.2f}x",
        }
        for name in loaders
    ]
    record(
        "training_loop_loader",
        rows,
        notes="One epoch of 4,000 images at batch 64, in seconds: iterating over the loader only, and "
        "iterating while the chapter's train_one_epoch trains fast_cnn on all the process's threads "
        "(worker processes run one thread each); the median of three rounds that take the settings in "
        "turn, the lowest and highest round of each, and the training epoch's ratio to the folder read "
        "without workers. Tensors in memory: decoded and normalised once, without the per-image "
        "crops and flips. Without a GPU, pin_memory does nothing.",
    )


if __name__ == "__main__":
    main()

"""Put Fashion-MNIST where `datasets.FashionMNIST("./data", download=True)` finds it, offline if possible."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

from book.layout import DATA

RAW_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)
DEBIAN_DIR = Path("/usr/share/datasets/fashion-mnist")


class DatasetUnavailable(RuntimeError):
    pass


def _copy_from(source: Path, raw: Path) -> bool:
    """Copy the four files from `source`, as .gz (decompressed here) or already decompressed."""
    found = {}
    for name in RAW_FILES:
        if (source / name).is_file():
            found[name] = source / name
        elif (source / f"{name}.gz").is_file():
            found[name] = source / f"{name}.gz"
    if len(found) < len(RAW_FILES):
        return False
    raw.mkdir(parents=True, exist_ok=True)
    for name, path in found.items():
        partial = raw / f"{name}.partial"
        opener = gzip.open if path.suffix == ".gz" else open
        with opener(path, "rb") as src, open(partial, "wb") as dst:
            shutil.copyfileobj(src, dst)
        partial.rename(raw / name)  # never leave a half-written file under its real name
    return True


def prepare_fashion_mnist(root: Path) -> Path:
    """Return `<root>/FashionMNIST/raw`, filled from the first source that works."""
    raw = root / "FashionMNIST" / "raw"
    if all((raw / name).is_file() for name in RAW_FILES):
        return raw
    tried = []
    for label, source in (
        ("$FASHION_MNIST_DIR", os.environ.get("FASHION_MNIST_DIR")),
        ("Debian's dataset-fashion-mnist", str(DEBIAN_DIR)),
    ):
        if source and _copy_from(Path(source), raw):
            return raw
        tried.append(f"{label}: {source or 'not set'}")
    try:
        from torchvision import datasets

        datasets.FashionMNIST(root, train=True, download=True)
        datasets.FashionMNIST(root, train=False, download=True)
        return raw
    except Exception as error:  # no network, a mirror down: say everything that was tried
        tried.append(f"torchvision download: {type(error).__name__}: {error}")
    raise DatasetUnavailable(
        "Fashion-MNIST is not available. Provide it in one of these ways:\n"
        "  1. set FASHION_MNIST_DIR to a folder holding the four *-ubyte(.gz) files;\n"
        "  2. install Debian's package: sudo apt-get install dataset-fashion-mnist;\n"
        "  3. allow torchvision to download it (network access).\n"
        "Tried:\n  " + "\n  ".join(tried)
    )


def data_folder_in(workdir: Path, root: Path) -> Path:
    """Give `workdir` a `./data` that holds the prepared dataset (a link to `<root>/FashionMNIST`) and
    nothing else: what a page writes under `./data` (Training loop's folder of PNG files) stays in its
    own working folder, and two runs at once cannot overwrite each other's files."""
    data = workdir / "data"
    data.mkdir(parents=True, exist_ok=True)
    (data / "FashionMNIST").symlink_to(root / "FashionMNIST", target_is_directory=True)
    return workdir


if __name__ == "__main__":
    print(prepare_fashion_mnist(DATA))

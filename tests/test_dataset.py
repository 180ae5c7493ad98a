"""book/dataset.py: Fashion-MNIST found offline in each place the README names, or a message that
names every way to get it; what it writes is byte for byte the dataset."""

import gzip
import shutil

import pytest

from book import dataset


def test_missing_dataset_names_every_way_to_get_it(tmp_path, monkeypatch):
    import torchvision

    monkeypatch.delenv("FASHION_MNIST_DIR", raising=False)
    monkeypatch.setattr(dataset, "DEBIAN_DIR", tmp_path / "no-debian-package")

    def offline(*args, **kwargs):
        raise OSError("network unreachable")

    monkeypatch.setattr(torchvision.datasets, "FashionMNIST", offline)
    with pytest.raises(dataset.DatasetUnavailable) as error:
        dataset.prepare_fashion_mnist(tmp_path / "data")
    message = str(error.value)
    assert "FASHION_MNIST_DIR" in message and "apt-get install dataset-fashion-mnist" in message
    assert "download" in message and "network unreachable" in message
    assert not (tmp_path / "data" / "FashionMNIST" / "raw").exists() or not any(
        (tmp_path / "data" / "FashionMNIST" / "raw").iterdir()
    )


def test_dataset_copied_from_a_folder_of_gz_files(tmp_path, monkeypatch, dataset_root):
    source = tmp_path / "gz"
    source.mkdir()
    for name in dataset.RAW_FILES:
        with (
            open(dataset_root / "FashionMNIST" / "raw" / name, "rb") as raw,
            gzip.open(source / f"{name}.gz", "wb", compresslevel=1) as gz,
        ):
            shutil.copyfileobj(raw, gz)
    monkeypatch.setenv("FASHION_MNIST_DIR", str(source))
    raw_dir = dataset.prepare_fashion_mnist(tmp_path / "data")
    for name in dataset.RAW_FILES:
        assert (raw_dir / name).read_bytes() == (dataset_root / "FashionMNIST" / "raw" / name).read_bytes()

"""requirements.txt (for pip users) is exactly what uv exports from the lock."""

import shutil
import subprocess

from book.layout import REPO

EXPORT = ["export", "--frozen", "--all-groups", "--no-hashes", "--no-emit-project", "-o", "requirements.txt"]


def test_requirements_txt_matches_the_lock(tmp_path):
    uv = shutil.which("uv")
    assert uv, "uv is not on PATH; `make test` installs it"
    for name in ("pyproject.toml", "uv.lock"):
        shutil.copy(REPO / name, tmp_path / name)
    subprocess.run([uv, *EXPORT], cwd=tmp_path, check=True, capture_output=True)
    exported = (tmp_path / "requirements.txt").read_text()
    assert (REPO / "requirements.txt").read_text() == exported, "run `make requirements` and commit the result"


def test_versions_typed_for_readers_are_the_locked_ones():
    """The install commands and pinned versions that README.md and the home page give a reader
    (`pip install torch==...`, "the book's pinned torch, `...`") are the versions of uv.lock."""
    import re

    from book.notebooks import locked_versions

    locked = locked_versions()
    typed = []
    for path in (REPO / "README.md", REPO / "docs" / "index.md", REPO / "docs" / "index.ko.md"):
        text = path.read_text()
        typed += [(path.name, name, version) for name, version in re.findall(r"\b(torch|torchvision)==([\w.+]+)", text)]
        typed += [(path.name, "torch", version) for version in re.findall(r"torch(?:은|,)? `(\d+\.\d+\.\d+)`", text)]
    assert {name for _, name, _ in typed} == {"torch", "torchvision"}, typed
    wrong = [entry for entry in typed if entry[2] != locked[entry[1]]]
    assert not wrong, f"versions typed for readers that are not uv.lock's ({locked}): {wrong}"

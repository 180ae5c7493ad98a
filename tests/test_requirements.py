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

"""Only a full run records a verification; a failing full run is recorded as failed."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).parent
PROJECT = {
    "pytest.ini": "[pytest]\ntestpaths = t\n",
    "conftest.py": f"""
import sys
from pathlib import Path
sys.path.insert(0, {str(TESTS)!r})
pytest_plugins = ["last_verified"]

def pytest_configure(config):
    sys.modules["last_verified"].RECORD = Path(__file__).parent / "record.json"
""",
    "t/test_a.py": """
import os, pytest
def test_one(): pass
def test_two(): assert not os.environ.get("FAIL")
@pytest.mark.skip("no GPU here")
def test_gpu(): pass
""",
}


def run(folder: Path, *args: str, fail: bool = False) -> dict | None:
    for name, text in PROJECT.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text)
    env = {"PATH": "/usr/bin:/bin", "FAIL": "1" if fail else ""}
    subprocess.run([sys.executable, "-m", "pytest", "-q", *args], cwd=folder, env=env, capture_output=True)
    record = folder / "record.json"
    return json.loads(record.read_text()) if record.exists() else None


def test_a_full_run_records_its_outcome(tmp_path):
    record = run(tmp_path)
    assert record and record["ok"] and (record["passed"], record["failed"], record["skipped"]) == (2, 0, 1)
    assert record["torch"] and record["device"] and record["finished"].endswith("+00:00")


def test_a_failing_full_run_is_recorded_as_failed(tmp_path):
    record = run(tmp_path, fail=True)
    assert record and not record["ok"] and record["failed"] == 1


@pytest.mark.parametrize(
    "args",
    [["-k", "one"], ["t/test_a.py"], ["--deselect", "t/test_a.py::test_two"]],
    ids=lambda args: " ".join(args),
)
def test_a_partial_run_records_nothing(tmp_path, args):
    assert run(tmp_path, *args) is None

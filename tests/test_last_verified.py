"""Only a full run records a verification; a failing full run is recorded as failed."""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from book.layout import REPO

PROJECT = {
    "pytest.ini": "[pytest]\ntestpaths = t\n",
    "conftest.py": """
from pathlib import Path

import book.record_plugin

pytest_plugins = ["book.record_plugin"]

def pytest_configure(config):
    book.record_plugin.RECORD = Path(__file__).parent / "record.json"
""",
    "t/test_a.py": """
import os, pytest
def test_one(): pass
def test_two(): assert not os.environ.get("FAIL")
@pytest.mark.skip("no GPU here")
def test_gpu(): pass
""",
}


def run(folder: Path, *args: str, fail: bool = False, exit_code: int = 0) -> dict | None:
    """Run pytest on the small project in `folder`; check it exits with `exit_code`; the record."""
    for name, text in PROJECT.items():
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(text)
    env = {"PATH": "/usr/bin:/bin", "FAIL": "1" if fail else ""}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *args], cwd=folder, env=env, capture_output=True, text=True
    )
    assert result.returncode == exit_code, result.stdout + result.stderr
    record = folder / "record.json"
    return json.loads(record.read_text()) if record.exists() else None


def test_a_full_run_records_its_outcome(tmp_path):
    record = run(tmp_path)
    assert record and record["ok"] and (record["passed"], record["failed"], record["skipped"]) == (2, 0, 1)
    assert record["torch"] and record["device"] and record["finished"].endswith("+00:00")


def test_a_failing_full_run_is_recorded_as_failed(tmp_path):
    record = run(tmp_path, fail=True, exit_code=pytest.ExitCode.TESTS_FAILED)
    assert record and not record["ok"] and record["failed"] == 1


@pytest.mark.parametrize(
    "args",
    [["-k", "one"], ["t/test_a.py"], ["--deselect", "t/test_a.py::test_two"]],
    ids=lambda args: " ".join(args),
)
def test_a_partial_run_records_nothing(tmp_path, args):
    assert run(tmp_path, *args) is None


def footer_hook():
    """hooks/last_verified.py, loaded the way MkDocs loads a hook: by path."""
    spec = importlib.util.spec_from_file_location("last_verified_hook", REPO / "hooks" / "last_verified.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_footer_says_when_there_is_no_record(tmp_path, monkeypatch):
    hook = footer_hook()
    monkeypatch.setattr(hook, "VERIFICATION_RECORD", tmp_path / "absent.json")
    hook.on_pre_build(config=None)
    assert "no verification record" in hook.sentence(hook._record, "en")
    assert "검사 기록이 없습니다" in hook.sentence(hook._record, "ko")


def test_a_damaged_record_stops_the_build_with_a_way_out(tmp_path, monkeypatch):
    hook = footer_hook()
    damaged = tmp_path / "last-verified.json"
    damaged.write_text('{"ok": tru')
    monkeypatch.setattr(hook, "VERIFICATION_RECORD", damaged)
    with pytest.raises(RuntimeError, match="run `make test`"):
        hook.on_pre_build(config=None)

"""Record the outcome of the last full verification run for the site's "Last verified" line.

The record lives in build/last-verified.json. /build/ is gitignored, so `make test` leaves
`git status` clean, and a checkout that never ran the whole suite has no record: its pages say
so instead of claiming anything (hooks/last_verified.py renders it). The Pages workflow carries
the file from its test job to its build job.

Only a full run writes it: the whole suite as `make test` selects it (testpaths, no -k, -m,
--lf, deselection or --update-outputs), so a partial run never passes for a full verification.
A full run that fails is recorded too, as failed: the last full verification is what it is.
"""

from __future__ import annotations

import json
import subprocess
from collections import Counter
from datetime import datetime, timezone

import pytest

from book import reproducible
from book.layout import REPO, VERIFICATION_RECORD

RECORD = VERIFICATION_RECORD
_deselected: list = []
_outcomes: Counter = Counter()


def pytest_deselected(items):
    _deselected.extend(items)


def pytest_runtest_logreport(report: pytest.TestReport):
    if report.when == "call" or report.outcome != "passed":  # a skip or error in setup counts too
        _outcomes[report.outcome] += 1


def is_full_run(config: pytest.Config) -> bool:
    option = config.option
    return (
        config.args_source == pytest.Config.ArgsSource.TESTPATHS
        and not (option.keyword or option.markexpr or option.collectonly or _deselected)
        and not getattr(option, "lf", False)  # absent under -p no:cacheprovider
        and not getattr(option, "deselect", None)  # under xdist, only the workers see deselection
        and not config.getoption("--update-outputs", False)
    )


def git(*args: str) -> str | None:
    try:
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None  # not a git checkout: the record just names no commit


def pytest_sessionfinish(session: pytest.Session, exitstatus: int):
    if hasattr(session.config, "workerinput"):
        return  # an xdist worker: the controller, which sees every report, writes the record
    if exitstatus not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED) or not is_full_run(session.config):
        return
    import torch

    record = {
        "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "ok": exitstatus == pytest.ExitCode.OK,
        **{outcome: _outcomes[outcome] for outcome in ("passed", "failed", "skipped")},
        "torch": torch.__version__,
        **reproducible.record(),
        "commit": git("rev-parse", "--short=12", "HEAD"),
        "uncommitted_changes": bool(git("status", "--porcelain")),
    }
    RECORD.parent.mkdir(exist_ok=True)
    RECORD.write_text(json.dumps(record, indent=1) + "\n")

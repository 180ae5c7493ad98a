import os
import subprocess
import sys
from pathlib import Path

import pytest

from dataset import prepare_fashion_mnist
from harness import REPO

DATA = REPO / "data"
pytest_plugins = ["last_verified"]


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> lines and figures of every snippet from a real run (make outputs)",
    )


@pytest.fixture(scope="session")
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")


@pytest.fixture(scope="session")
def dataset_root() -> Path:
    prepare_fashion_mnist(DATA)
    return DATA


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """One strict build of the whole site per session, shared by the site, translation, link and
    browser tests."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=REPO, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert not warnings, "\n".join(warnings)
    return site


@pytest.fixture
def snippet_workdir(tmp_path, dataset_root) -> Path:
    """A fresh cwd per snippet in which `./data` is the prepared dataset root."""
    (tmp_path / "data").symlink_to(dataset_root, target_is_directory=True)
    return tmp_path


def pytest_markdown_docs_markdown_it():
    """Fences that only include a snippet are tested as that snippet, not run twice."""
    from markdown_it import MarkdownIt

    def mark_includes_notest(state):
        for token in state.tokens:
            if token.type == "fence" and token.content.lstrip().startswith("--8<--"):
                token.info += " notest"

    parser = MarkdownIt("commonmark")
    parser.core.ruler.push("snippet_includes_notest", mark_includes_notest)
    return parser


def pytest_terminal_summary(terminalreporter):
    """Report translations that lag behind their English page (by git history); not a failure,
    since an English fix must be able to land before its translation."""
    from test_translations import stale_translations

    stale = stale_translations()
    if stale:
        terminalreporter.section("translations older than their English source")
        for line in stale:
            terminalreporter.line(line)

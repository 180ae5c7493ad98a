import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from book import reproducible
from book.dataset import data_folder_in, prepare_fashion_mnist
from book.harness import one_process_at_a_time
from book.layout import DATA, LANGUAGES, REPO, TRAINING_PAGES, english_pages, page_id, translation

pytest_plugins = ["book.record_plugin"]


def pytest_configure(config):
    """Pin the kernels before anything imports torch (book/reproducible.py). The GPU tier
    (`pytest -m gpu`) is the one run that keeps CUDA and the machine's own kernels."""
    if is_gpu_tier(config):
        return
    reproducible.pin()
    reproducible.apply_in_torch()


def is_gpu_tier(config) -> bool:
    return (config.option.markexpr or "").strip() == "gpu"


def training_page(item) -> str | None:
    """The page a test trains on, for a page program that tests/test_pages.py marks `training`
    (the pages of TRAINING_PAGES); None for every other test."""
    params = item.callspec.params if hasattr(item, "callspec") else {}
    if item.get_closest_marker("training") is None or not isinstance(params.get("page"), Path):
        return None
    return page_id(params["page"])


def pytest_collection_modifyitems(config, items):
    """Order the tests for two workers (`make test`: `-n 2 --dist worksteal`). xdist gives the first
    half of the list to one worker and the second half to the other, and an idle worker later
    takes queued tests from the end of the busy one's queue, but never the test after the running
    one. So the trainings, longest first (the order of TRAINING_PAGES), are dealt out in turn: the
    first, third, ... start the first half, the second, fourth, ... the second half, each followed
    by quick tests; a worker that runs out takes over quick tests from the other's queue, and
    neither is left waiting long at the end."""
    longest = [item for page in TRAINING_PAGES for item in items if training_page(item) == page]
    rest = [item for item in items if item not in longest]
    first, others = longest[0::2], longest[1::2]
    half = len(items) // 2
    items[:] = first + rest[: half - len(first)] + others + rest[half - len(first) :]


def pytest_report_header(config):
    return f"verification: {reproducible.describe()}"


def pytest_addoption(parser):
    parser.addoption(
        "--update-outputs",
        action="store_true",
        help="rewrite the #> lines and figures of every snippet from a real run (make outputs)",
    )


@pytest.fixture(scope="session")
def update_outputs(request) -> bool:
    return request.config.getoption("--update-outputs")


def shared_temp(tmp_path_factory) -> Path:
    """A temporary folder common to all workers of this run (each worker has its own basetemp
    under it), or this session's own when not run by xdist."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def shared_folder(tmp_path_factory) -> Path:
    """The folder both workers of this run see, for what one makes and both read."""
    return shared_temp(tmp_path_factory)


@pytest.fixture(scope="session")
def dataset_root(tmp_path_factory) -> Path:
    with one_process_at_a_time(shared_temp(tmp_path_factory) / "data.lock"):
        prepare_fashion_mnist(DATA)
    return DATA


@dataclass(frozen=True)
class SiteBuild:
    site: Path
    returncode: int
    log: str  # mkdocs' stderr: its INFO, WARNING and ERROR lines

    @property
    def warnings(self) -> list[str]:
        return [line for line in self.log.splitlines() if line.startswith(("WARNING", "ERROR"))]


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> SiteBuild:
    """One strict build of the whole site per run, shared by both workers: its folder, exit code
    and log, for test_site.py::test_strict_build_has_no_warnings to judge."""
    shared = shared_temp(tmp_path_factory)
    site, log, returncode = shared / "site", shared / "site.log", shared / "site.returncode"
    with one_process_at_a_time(shared / "site.lock"):
        if not returncode.exists():
            shutil.rmtree(site, ignore_errors=True)
            result = subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                cwd=REPO,
                capture_output=True,
                text=True,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
            log.write_text(result.stderr)
            returncode.write_text(str(result.returncode))
    return SiteBuild(site, int(returncode.read_text()), log.read_text())


@pytest.fixture(scope="session")
def built_site(site_build) -> Path:
    """The built site, for the tests that read or serve it. A failed build fails one test, the
    build's own, with mkdocs' message; the tests that need the site are skipped, not errors."""
    if site_build.returncode or site_build.warnings:
        pytest.skip("the site did not build: test_strict_build_has_no_warnings shows why")
    return site_build.site


@pytest.fixture
def relocated(monkeypatch):
    """Point the machinery at a throwaway book: `relocated(repo=..., snippets=..., figures=...)`
    (each module imported the real folders by name, so each gets the throwaway ones)."""
    from book import blocks, harness, layout, program

    def relocate(*, repo: Path | None = None, snippets: Path, figures: Path) -> None:
        for module in (harness, layout, program, blocks):
            if repo is not None:
                monkeypatch.setattr(module, "REPO", repo, raising=False)
            monkeypatch.setattr(module, "SNIPPETS", snippets, raising=False)
        for module in (harness, layout):
            monkeypatch.setattr(module, "FIGURES", figures)

    return relocate


@pytest.fixture
def snippet_workdir(tmp_path, dataset_root) -> Path:
    """A fresh cwd per snippet in which `./data` holds the prepared dataset."""
    return data_folder_in(tmp_path, dataset_root)


def last_change(path: Path) -> int:
    """Commit time of the file's last change; an uncommitted change counts as now."""
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", str(path)], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    stamp = subprocess.run(
        ["git", "log", "-1", "--format=%ct", "--", str(path)], cwd=REPO, capture_output=True, text=True
    ).stdout.strip()
    return sys.maxsize if dirty or not stamp else int(stamp)


def stale_translations() -> list[str]:
    """Translations whose last change is older than their English page's (by git history); the
    pytest summary lists them (tests/conftest.py)."""
    return [
        f"{translation(page, language).relative_to(REPO)} is older than {page.relative_to(REPO)}"
        for page in english_pages()
        for language in LANGUAGES
        if translation(page, language).exists() and last_change(translation(page, language)) < last_change(page)
    ]


def pytest_terminal_summary(terminalreporter):
    """Report translations that lag behind their English page (by git history); not a failure,
    since an English fix must be able to land before its translation."""
    stale = stale_translations()
    if stale:
        terminalreporter.section("translations older than their English source")
        for line in stale:
            terminalreporter.line(line)

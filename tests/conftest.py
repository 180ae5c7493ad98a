import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from book import reproducible
from book.dataset import prepare_fashion_mnist
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
    one. So the longest training (Training fast's) starts the first half, followed by quick tests;
    the other long trainings start the second half, longest first (the order of TRAINING_PAGES); a
    worker that runs out takes over quick tests from the other's queue, and neither is left waiting
    long at the end."""
    longest = [item for page in TRAINING_PAGES for item in items if training_page(item) == page]
    rest = [item for item in items if item not in longest]
    first, others = longest[:1], longest[1:]
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


SITE_FIXTURES = {"site_build", "built_site"}


def site_files(tmp_path_factory) -> tuple[Path, Path, Path]:
    """Where the run's one site build goes: the site, mkdocs' log, its exit code (written last)."""
    shared = shared_temp(tmp_path_factory)
    return shared / "site", shared / "site.log", shared / "site.returncode"


def build_command(site: Path, log: Path, returncode: Path) -> list[str]:
    """`mkdocs build --strict`, its log kept, its exit code written when it ends (through a
    temporary name, so that a reader never sees half of it)."""
    script = (
        "import os, subprocess, sys\n"
        "site, log, code = sys.argv[1:]\n"
        "with open(log, 'w') as stderr:\n"
        "    result = subprocess.run([sys.executable, '-m', 'mkdocs', 'build', '--strict', '--site-dir', site],"
        " stdout=subprocess.DEVNULL, stderr=stderr)\n"
        "open(code + '.part', 'w').write(str(result.returncode))\n"
        "os.replace(code + '.part', code)\n"
    )
    return [sys.executable, "-c", script, str(site), str(log), str(returncode)]


@pytest.fixture(scope="session", autouse=True)
def site_built_early(request, tmp_path_factory):
    """The first worker of `make test` starts the site build as its first test starts, in the
    background, when the run has tests that read the site: it then builds while the trainings run,
    instead of one worker building it late while the other waits for it (67 s idle in the run of
    2026-12-07). The worker waits for it before it ends, so the other never waits for a build that
    was stopped."""
    wanted = any(SITE_FIXTURES & set(item.fixturenames) for item in request.session.items)
    if os.environ.get("PYTEST_XDIST_WORKER") != "gw0" or not wanted:
        yield
        return
    site, log, returncode = site_files(tmp_path_factory)
    build = None
    with one_process_at_a_time(site.parent / "site.lock"):
        started = site.parent / "site.started"
        if not started.exists():  # else the other worker has built it already
            started.touch()
            build = subprocess.Popen(
                build_command(site, log, returncode), cwd=REPO, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            )
    yield
    if build is not None:
        build.wait()


@pytest.fixture(scope="session")
def site_build(tmp_path_factory) -> SiteBuild:
    """One strict build of the whole site per run, shared by both workers: its folder, exit code
    and log, for test_site.py::test_strict_build_has_no_warnings to judge. Started early in the
    background under xdist (site_built_early), else built here."""
    site, log, returncode = site_files(tmp_path_factory)
    with one_process_at_a_time(site.parent / "site.lock"):
        if not (site.parent / "site.started").exists():
            (site.parent / "site.started").touch()
            subprocess.run(
                build_command(site, log, returncode), cwd=REPO, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
            )
    deadline = time.monotonic() + 1800
    while not returncode.exists():  # the background build, still running
        assert time.monotonic() < deadline, f"the site build started in the background wrote no {returncode.name}"
        time.sleep(1)
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
    """A fresh cwd per snippet in which `./data` is the prepared dataset root."""
    (tmp_path / "data").symlink_to(dataset_root, target_is_directory=True)
    return tmp_path


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

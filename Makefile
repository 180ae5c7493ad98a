# Thin wrappers over uv. `make serve` installs the docs group and the book's own package (its hooks
# read book/layout.py), no torch: the site renders what `make test` verified and never runs code.
SHELL := /bin/bash
export PATH := $(HOME)/.local/bin:$(PATH)
export NO_MKDOCS_2_WARNING := 1
# Installed packages are compiled to bytecode once, at sync (13 s): where PYTHONDONTWRITEBYTECODE is
# set, as on the CI machines, Python otherwise compiles torch's sources again in every process that
# imports it (`import torch` 3.1 s instead of 1.9 s, AMD EPYC, 2026-12-07), and make test starts
# dozens of them.
export UV_COMPILE_BYTECODE := 1
UV = uv
PYTEST = $(UV) run --no-sync pytest
# The verification pins one thread per process (book/reproducible.py), so two worker processes
# use both cores; an idle worker takes queued tests from the busy one (worksteal).
WORKERS = -n 2 --dist worksteal

.PHONY: serve build test check format outputs long-runs bench reruns reproducibility requirements uv

uv:
	@command -v uv >/dev/null || python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv || { \
	  echo "uv is missing and pip could not install it (a Python without pip, or one marked externally managed):" >&2; \
	  echo "install uv (pipx install uv, or https://docs.astral.sh/uv/getting-started/installation/), then make again" >&2; \
	  exit 1; }

# Rebuilds only the pages that changed, or whose included snippets did (under a second; the first
# build takes the usual few). Navigation and search may lag until a restart: `make build` is exact.
serve: uv
	$(UV) sync --locked --inexact --no-default-groups --group docs
	$(UV) run --no-sync mkdocs serve --dirty -f mkdocs.serve.yml

build: uv
	$(UV) sync --locked --inexact --no-default-groups --group docs
	$(UV) run --no-sync mkdocs build --strict

test: uv
	$(UV) sync --locked
	$(PYTEST) $(WORKERS) --durations=15

# The inner loop: everything but the Fashion-MNIST trainings and the browser.
check: uv
	$(UV) sync --locked
	$(PYTEST) $(WORKERS) -m "not training and not browser"

# Ruff as tests/test_lint.py checks it: fix what it can, then format everything (the snippets at
# 80 characters, snippets/ruff.toml, with their `#>` output lines kept as they are).
format: uv
	$(UV) sync --locked
	$(UV) run --no-sync ruff check --fix .
	$(UV) run --no-sync ruff format book hooks bench records tests
	$(UV) run --no-sync python -m book.formatting

# Every file the book derives from its code and records, written again: each page's `#>` lines and
# figures from a run of its program, then the notebooks from the pages, the benchmark tables and
# figures from bench/results/*.json, and the verification page's sections from records/. The
# measurements themselves are made by `make bench`, `make reruns`, `make long-runs` and
# `make reproducibility` (records/README.md, bench/README.md).
outputs: uv
	$(UV) sync --locked
	$(PYTEST) $(WORKERS) tests/test_pages.py::test_page_runs_as_one_program --update-outputs
	$(UV) run --no-sync python -m book.notebooks
	$(UV) run --no-sync python -m book.bench_tables
	$(UV) run --no-sync python -m book.bench_figures
	$(UV) run --no-sync python -m book.gpu_record
	$(UV) run --no-sync python records/reproducible_cpu.py --render

# The trainings too long for `make test` (book/long_runs.py): run whole and checked against the page,
# then recorded with the short version `make test` compares. A whole
# run that differs from the page records nothing; `make long-runs UPDATE=1` writes its output into
# the page's snippets instead (then `git diff` shows what changed), as `make outputs` does.
long-runs: uv
	$(UV) sync --locked
	$(UV) run --no-sync python records/long_runs.py $(if $(UPDATE),--update-outputs)

# Timings depend on the machine, so they live here and not in `make test`: each script measures its
# variants side by side and writes bench/results/<name>.{json,md}, which the chapters show.
bench: uv
	$(UV) sync --locked
	PYTHONPATH=snippets $(UV) run --no-sync python bench/throughput.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/compile_speed.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/time_to_accuracy.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/generalisation_seeds.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/batchnorm_seeds.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/modern_cnns_trained.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/training_fast_ablations.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/efficient_cnns_latency.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/efficient_cnns_trained.py
	PYTHONPATH=snippets $(UV) run --no-sync python bench/gpu_time_to_93.py

# How far a reader's run moves each trained number (book/rerun_study.py): every training page again under
# four more seeds and PyTorch's default kernels. Writes
# records/reruns.json, whose ranges the pages show; tests/test_rerun_study.py says when it is stale.
reruns: uv
	$(UV) sync --locked
	$(UV) run --no-sync python records/rerun_study.py

# The proof behind the reproducible CPU mode: every model trained natively and under qemu-user as
# AMD and Intel CPUs (Debian's qemu-user). Writes records/reproducible_cpu.*
reproducibility: uv
	$(UV) sync --locked
	$(UV) run --no-sync python records/reproducible_cpu.py

requirements: uv
	$(UV) export --frozen --all-groups --no-hashes --no-emit-project -o requirements.txt

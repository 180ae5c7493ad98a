# Thin wrappers over uv. `make serve` installs only the docs group (no torch): the site renders
# what `make test` verified and never runs code.
SHELL := /bin/bash
export PATH := $(HOME)/.local/bin:$(PATH)
export NO_MKDOCS_2_WARNING := 1
UV = uv
PYTEST = $(UV) run --no-sync pytest

.PHONY: serve build test outputs bench requirements uv

uv:
	@command -v uv >/dev/null || python3 -m pip install --quiet --user uv || python3 -m pip install --quiet uv

serve: uv
	$(UV) sync --locked --only-group docs
	$(UV) run --no-sync mkdocs serve

build: uv
	$(UV) sync --locked --only-group docs
	$(UV) run --no-sync mkdocs build --strict

test: uv
	$(UV) sync --locked
	$(PYTEST) --durations=15

outputs: uv
	$(UV) sync --locked
	$(PYTEST) tests/test_snippets.py tests/test_notebooks.py::test_committed_notebooks_are_what_the_generator_makes --update-outputs

# Timings depend on the machine, so they live here and not in `make test`: each script measures its
# variants side by side and writes bench/results/<name>.{json,md}, which the Training fast chapter shows.
bench: uv
	$(UV) sync --locked
	$(UV) run --no-sync python bench/throughput.py
	$(UV) run --no-sync python bench/compile_speed.py
	$(UV) run --no-sync python bench/time_to_accuracy.py
	$(UV) run --no-sync python bench/gpu_time_to_93.py

requirements: uv
	$(UV) export --frozen --all-groups --no-hashes --no-emit-project -o requirements.txt

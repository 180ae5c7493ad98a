"""The English site's interface words, one table per place that shows them (the module that
uses a table is named above it). book/words_ko.py has every table here with the same keys
(tests/test_words.py); book/words.py looks them up. The pages, figures and tables are written in
English: only the Korean file translates them (FIGURE_TEXT, BENCH_TEXT, BENCH_PATTERNS, BENCH_UNITS).
"""

# book/gpu_record.py: the GPU tier's section of the verification page
GPU_RECORD = {
    None: (
        "No GPU run has been recorded yet: the machines that verified this book so far had no GPU. "
        "On one that has, `uv run python records/gpu_tier.py` runs the GPU tier and writes the record this "
        "section shows (`bench/README.md`)."
    ),
    "run": (
        "The last GPU run, {date}: {gpu}, torch {torch} (CUDA {cuda}), `records/gpu_tier.py`. "
        "{outcomes}, in {minutes} minutes."
    ),
    "outcomes": {"passed": "{n} passed", "failed": "{n} failed", "error": "{n} errors", "skipped": "{n} skipped"},
    "failures": "Failed: {names}.",
    "lead": (
        "Each training page's numbers that the rerun study saw move, as the GPU printed them, "
        "against the page's and the tolerance the study allows:"
    ),
    "columns": ("page", "numbers compared", "within tolerance", "farthest from the page (page, GPU, allowed)"),
    "farthest": "`{line}`: {page}, {other} (±{tolerance})",
    "none": "no run",
}


# hooks/last_verified.py: the footer's last verification
LAST_VERIFIED = {
    True: "Last verified {date} UTC: {passed} tests passed, {skipped} skipped, with torch {torch} on {device}{commit}.",
    False: "Last full verification {date} UTC: {failed} tests failed, {passed} passed, with torch {torch} on {device}{commit}.",
    None: "This build has no verification record (a full <code>make test</code> run writes one).",
    "commit": ", commit <code>{commit}</code>",
    "uncommitted": " with uncommitted changes",
    "pinned": " in the reproducible CPU mode ({kernels} kernels, {threads} thread)",
}


# hooks/rerun_ranges.py: the note of what another run prints
RERUN_NOTE = {
    "title": "What another run prints",
    "lead": (
        "Your run prints these lines with other numbers. Beside each, how far it moved over {count} runs "
        "of this page with other seeds and CPU kernels: its lowest and highest."
    ),
    "how": (
        "How it was measured ([the rerun study](../verification/index.md#reruns), `make reruns`): "
        "{samples}. {cpu}, {cores} cores, torch {torch}, {date}."
    ),
    "seeds": ("seed {seeds}", "seeds {seeds}"),
    "pinned": "{seeds} in the kernels of the verification (the output above)",
    "default": "{seeds} with PyTorch's default kernels on {threads} thread{s}",
    "here": "printed here",
    "range": "lowest\u2013highest over {count} runs",
    "variants": "other runs print",
}


# book/notebooks.py: a notebook's introduction, setup and exercise cells
NOTEBOOK_INTRO = {
    "title": "{title} (notebook)",
    "cells": "The code cells below are the blocks of the chapter [{title}]({url}), in the order the page "
    "shows them, each under the heading it has there, generated from the page (not edited by hand). Run "
    "them top to bottom in a fresh kernel: they need nothing but `torch`, `torchvision` and `matplotlib`, "
    "no clone of the repository. The `#>` comments under a statement are what it printed when the book's "
    "tests ran the same blocks as one program, with {versions}. Code that does not train prints the same "
    "on your machine; trained numbers differ in their later digits, sometimes in the first decimal of an "
    "accuracy ([why]({site}/#your-numbers)).",
    "data": "This notebook loads **Fashion-MNIST** with torchvision: the first run downloads it "
    "(about 30 MB) into `./data`. Offline, put the four files first, decompressed (`gunzip *.gz`), in "
    "`./data/FashionMNIST/raw/`: `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, "
    "`t10k-images-idx3-ubyte`, `t10k-labels-idx1-ubyte`; torchvision then finds them and downloads nothing.",
    "trains": "This chapter trains models: on a laptop's CPU the whole notebook takes minutes, as it "
    "does in the book's tests; a GPU runtime (in Colab: Runtime, Change runtime type) is faster.",
    "setup": "# The book's versions: uncomment and run this cell first in a fresh environment\n"
    "# (in Colab, restart the session afterwards).\n# %pip install {pins}\n",
    "exercise": "**Exercise {number}.** ",
    "pinned": "# The page's trained numbers to the digit, on an x86-64 CPU with AVX2: the tests' reproducible\n"
    "# CPU mode ({site}/verification/#reproducible-cpu-mode). Uncomment in a fresh kernel,\n"
    "# before anything imports torch:\n",
}


# hooks/notebooks.py: on a chapter page, its notebook; on a notebook page, where to take it and the way back
CHAPTER_NOTEBOOK_LINKS = ("This chapter as a Jupyter notebook", "view", "download", "open in Colab")
NOTEBOOK_PAGE_LINKS = ("Open in Colab", "Download the notebook", "Back to the chapter")


# book/bench_tables.py: a benchmark table's caption (the table's own words are the benchmark's)
BENCH_TABLE = {
    "caption": "`bench/{script}` on {machine}, torch {torch}, {date}. {notes}",
}

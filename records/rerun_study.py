"""The rerun study (`make reruns`): every training page run again as a whole program under the other
seeds and kernel settings of book/rerun_study.py's SAMPLES, each output line compared with the page's, and
every number that moves summarised in records/reruns.json (mean, standard deviation, lowest,
highest), with the machine, torch version and date. The pages render those ranges next to their
outputs; the GPU tier takes its tolerances from them.
    uv run python records/rerun_study.py [page ...]
With page names (e.g. `feature-maps`), only those pages run and the others keep their record.
"""

import concurrent.futures
import datetime
import hashlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from book import rerun_record, rerun_study
from book.blocks import Program, page_program
from book.dataset import data_folder_in, prepare_fashion_mnist
from book.layout import BUILD, DATA, DOCS, REPO, TRAINING_PAGES, page_id
from book.outputs import as_output_lines, output_blocks
from book.program import run_page
from book.reproducible import cpu_model
from book.scripts import command_line

CACHE = BUILD / "reruns"  # each sample's output, by program text, sample, processor and torch


def run_sample(program: Program, sample: rerun_study.Sample) -> dict:
    """What each `#>` anchor of the program printed under the sample, kept in build/reruns/ so that a
    run that stops (or a record made again) does not train it again: an entry is reused only for
    the same program text, sample, processor and torch version."""
    import torch

    text = rerun_study.reseeded(program.text, sample.seed)
    key = hashlib.sha256(json.dumps([text, sample.__dict__, cpu_model(), torch.__version__]).encode()).hexdigest()
    cached = CACHE / f"{page_id(program.page)}-seed{sample.seed}-{key[:16]}.json"
    if cached.exists():
        return json.loads(cached.read_text())
    started = time.perf_counter()
    # a working folder per sample: two samples of a page run at once, and a page may write under ./data
    with tempfile.TemporaryDirectory() as scratch, tempfile.TemporaryDirectory() as folder:
        workdir = data_folder_in(Path(folder), DATA)
        run = run_page(program, workdir, Path(scratch), text=text, env=sample.environment(dict(os.environ)), draw=False)
    entry = {
        "printed": {str(anchor): as_output_lines(printed) for anchor, printed in run.printed.items()},
        "seconds": round(time.perf_counter() - started, 1),
        "date": datetime.date.today().isoformat(),
    }
    CACHE.mkdir(parents=True, exist_ok=True)
    cached.write_text(json.dumps(entry))
    return entry


def study_page(page: str, program: Program, printed: dict[rerun_study.Sample, dict[str, list[str]]]) -> list[dict]:
    """One record per `#>` block of the page: where it is (snippet file, section, its number among
    the section's blocks), the page's lines, and each line's spreads, or None where nothing moved."""
    blocks, shown = [], output_blocks(program.text.splitlines())
    for anchor, (file, section, index) in rerun_study.output_places(program).items():
        page_lines = shown[anchor]
        samples = [page_lines] + [printed[sample].get(str(anchor), []) for sample in rerun_study.SAMPLES[1:]]
        blocks.append(
            {
                "page": page,
                "file": file,
                "section": section,
                "index": index,
                "printed": page_lines,
                "lines": rerun_record.summarise_block(samples),
            }
        )
    return blocks


def main(argv: list[str] | None = None) -> None:
    parser = command_line(__doc__)
    parser.add_argument("pages", nargs="*", help="training pages to study again (default: all of them)")
    pages = parser.parse_args(argv).pages
    import torch

    unknown = set(pages) - set(TRAINING_PAGES)
    if unknown:
        sys.exit(f"not a training page: {sorted(unknown)}; the training pages are {TRAINING_PAGES}")
    pages = pages or list(TRAINING_PAGES)
    prepare_fashion_mnist(DATA)

    # Each page's program read once, now: an edit made while the study runs cannot mix two versions.
    programs = {page: page_program(DOCS / page / "index.md") for page in pages}
    # One thread per process: two processes at once on two cores; the two-thread sample after them.
    jobs = [(page, sample) for sample in rerun_study.SAMPLES[1:] for page in pages]
    single = [job for job in jobs if job[1].threads == 1]
    double = [job for job in jobs if job[1].threads > 1]
    printed: dict[str, dict[rerun_study.Sample, dict[str, list[str]]]] = {page: {} for page in pages}
    seconds: dict[str, dict[str, float]] = {page: {} for page in pages}
    dates: dict[str, set[str]] = {page: set() for page in pages}
    started = time.perf_counter()
    for group, workers in ((single, 2), (double, 1)):
        with concurrent.futures.ThreadPoolExecutor(workers) as pool:
            futures = {pool.submit(run_sample, programs[page], sample): (page, sample) for page, sample in group}
            for future in concurrent.futures.as_completed(futures):
                page, sample = futures[future]
                entry = future.result()
                printed[page][sample] = entry["printed"]
                seconds[page][f"seed {sample.seed}"] = entry["seconds"]
                dates[page].add(entry["date"])
                setting = f"{sample.kernels} kernels, {sample.threads} thread(s)"
                print(f"{page}, seed {sample.seed}, {setting}: {entry['seconds']:.0f} s", flush=True)

    old = rerun_record.load() or {"blocks": [], "pages": {}}
    blocks = [block for block in old["blocks"] if block["page"] not in pages]
    for page in pages:
        blocks += study_page(page, programs[page], printed[page])
    blocks.sort(key=lambda block: TRAINING_PAGES.index(block["page"]))
    measured = {"cpu": cpu_model(), "cores": os.cpu_count(), "torch": torch.__version__}
    result = {
        "samples": [sample.__dict__ for sample in rerun_study.SAMPLES],
        "pages": {
            **old["pages"],
            **{page: {"date": max(dates[page]), **measured, "seconds": seconds[page]} for page in pages},
        },
        "blocks": blocks,
    }
    rerun_record.RESULTS.parent.mkdir(parents=True, exist_ok=True)
    rerun_record.RESULTS.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    moving = sum(block["lines"] is not None for block in blocks)
    took = time.perf_counter() - started  # a sample kept in build/reruns/ from an earlier run takes none
    print(f"{rerun_record.RESULTS.relative_to(REPO)}: {moving} of {len(blocks)} output blocks move; {took:.0f} s")


if __name__ == "__main__":
    main()

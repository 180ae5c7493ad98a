"""The rerun study: how far each trained number a page shows moves on a reader's machine.

The verification pins the kernels (book/reproducible.py), so a page prints the same digits on every
x86-64 CPU. A reader's machine does not pin them: PyTorch's default kernels (AVX-512 where the CPU
has it, MKL's own code path), another thread count, a GPU, take other floating-point paths, and a
training amplifies a last-bit difference into another run. How far that moves a number is measured
here, not guessed: each training page runs again as a whole program under other seeds and kernel
settings (SAMPLES), and every number of its output that changes is summarised (mean, standard
deviation, lowest, highest) in records/reruns.json, written by `make reruns` (records/rerun_study.py). This module says how
each page is run again (SAMPLES, reseeded) and where each output block sits; book/rerun_record.py
holds the record and what it allows.

Another seed is the measure of another floating-point path: a last-bit difference grows, step
after step, until the run is as different as one started from another seed (the seeds below also
draw other validation splits and augmentations, so the range is if anything wider than a
reader's). The pages show the ranges next to their outputs (hooks/rerun_ranges.py), and the GPU
tier (tests/test_gpu.py) holds a GPU run to them (book/rerun_record.py).

No torch or numpy at import.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from book.layout import sections_by_line
from book.outputs import output_blocks
from book.reproducible import PINNED_ENV

# The calls that seed a generator: torch.manual_seed, Generator.manual_seed, random.seed,
# np.random.seed, np.random.default_rng. Their first argument gets the sample's offset.
SEEDING = {"manual_seed", "seed", "default_rng"}
SEED_OFFSET = 1000  # seed k adds k * 1000 to every seed a page sets: far from the seeds pages use


@dataclass(frozen=True)
class Sample:
    seed: int  # 0: the page's own seeds
    kernels: str  # "pinned": book/reproducible.py's; "default": what PyTorch picks on this CPU
    threads: int

    @property
    def is_the_page(self) -> bool:
        """Seed 0 in the pinned kernels is what the page shows: `make test` checks it to the digit,
        so the study takes it from the `#>` lines instead of training it again."""
        return self.seed == 0 and self.kernels == "pinned"

    def environment(self, base: dict[str, str]) -> dict[str, str]:
        env = {key: value for key, value in base.items() if key not in PINNED_ENV}
        if self.kernels == "pinned":
            env.update(PINNED_ENV)
        env.update(OMP_NUM_THREADS=str(self.threads), MKL_NUM_THREADS=str(self.threads))
        env["CUDA_VISIBLE_DEVICES"] = ""  # a GPU machine measures the CPU too
        return env


# Five seeds, three kernel settings: the page (seed 0, pinned), PyTorch's default kernels on one
# thread (seeds 1-3) and on two (seed 4). Four trainings of every training page (each setting on its
# own seed, not each seed in each setting, which would take 15 trainings and more than three times as
# long: records/README.md has the time of the four).
SAMPLES = (
    Sample(0, "pinned", 1),
    Sample(1, "default", 1),
    Sample(2, "default", 1),
    Sample(3, "default", 1),
    Sample(4, "default", 2),
)


def reseeded(text: str, seed: int) -> str:
    """The program with every seed it sets moved by seed * SEED_OFFSET, on the same lines."""
    if seed == 0:
        return text
    lines = text.split("\n")
    arguments = [
        node.args[0]
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Call)
        and node.args
        and (node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")) in SEEDING
    ]
    if not arguments:
        raise ValueError("the program sets no seed: another seed cannot be sampled")
    # from the last argument to the first, so that earlier positions stay valid
    for argument in sorted(arguments, key=lambda node: (node.lineno, node.col_offset), reverse=True):
        end, start = (argument.end_lineno - 1, argument.end_col_offset), (argument.lineno - 1, argument.col_offset)
        lines[end[0]] = lines[end[0]][: end[1]] + ")" + lines[end[0]][end[1] :]
        lines[start[0]] = lines[start[0]][: start[1]] + f"{seed * SEED_OFFSET} + (" + lines[start[0]][start[1] :]
    return "\n".join(lines)


def output_places(program) -> dict[int, tuple[str | None, str | None, int]]:
    """Where each `#>` block of a page's program comes from, by its anchor (the program line above
    it): the snippet file, the section, and its number among that section's blocks. The study
    records blocks so, which goes stale only when the section itself changes, not with any edit above
    it. A block written in the page itself has no file or section."""
    places, counted = {}, {}
    for anchor in sorted(output_blocks(program.text.splitlines())):
        file, line = program.origins[anchor - 1] or (None, 0)
        section = section_of(file, line) if file else None
        counted[file, section] = counted.get((file, section), -1) + 1
        places[anchor] = (file, section, counted[file, section])
    return places


def section_of(file: str, line: int) -> str | None:
    """The section of a snippet file that holds a line (None outside every section)."""
    return sections_by_line(file).get(line)

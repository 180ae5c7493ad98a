"""The noise study: how far each trained number a page shows moves on a reader's machine.

The verification pins the kernels (book/reproducible.py), so a page prints the same digits on every
x86-64 CPU. A reader's machine does not pin them: PyTorch's default kernels (AVX-512 where the CPU
has it, MKL's own code path), another thread count, a GPU, take other floating-point paths, and a
training amplifies a last-bit difference into another run. How far that moves a number is measured
here, not guessed: each training page runs again as a whole program under other seeds and kernel
settings (SAMPLES), and every number of its output that changes is summarised (mean, standard
deviation, lowest, highest) in bench/results/noise.json, written by `make noise` (bench/noise_study.py).

Another seed is the measure of another floating-point path: a last-bit difference grows, step
after step, until the run is as different as one started from another seed (the seeds below also
draw other validation splits and augmentations, so the range is if anything wider than a
reader's). The pages show the ranges next to their outputs (hooks/noise_ranges.py), and the GPU
tier (tests/test_gpu.py) holds a GPU run to them (`tolerance`).

No torch or numpy at import: the MkDocs hook reads the results and renders them.
"""

from __future__ import annotations

import ast
import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from book.blocks import fences
from book.layout import BENCH_RESULTS, INCLUDE, NUMBER, sections_by_line
from book.outputs import output_blocks
from book.reproducible import PINNED_ENV

RESULTS = BENCH_RESULTS / "noise.json"
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
# thread (seeds 1-3) and on two (seed 4). Four trainings of every training page: 20 to 30 minutes
# on 2 cores, the most `make noise` may take (each setting on its own seed, not each seed in each
# setting, which would take 15 trainings).
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


# ---- the study's record: one entry per `#>` block whose numbers move ----------------------------


@dataclass(frozen=True)
class Spread:
    mean: float
    std: float
    lowest: float
    highest: float
    format: str  # as the page prints the number: ".2f", ".1e"
    values: tuple[float, ...]  # one per sample, in SAMPLES' order: for paired comparisons

    @property
    def range(self) -> float:
        return self.highest - self.lowest

    @classmethod
    def of(cls, values: list[float], format: str) -> Spread:
        return cls(statistics.fmean(values), statistics.stdev(values), min(values), max(values), format, tuple(values))

    def as_text(self) -> str:
        return f"{self.lowest:{self.format}}\u2013{self.highest:{self.format}}"


def number_format(token: str) -> str:
    """The format that prints a number as the page's token does: `89.78` .2f, `2.1e-16` .1e."""
    mantissa, _, exponent = token.lower().partition("e")
    places = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return f".{places}{'e' if exponent else 'f'}"


def summarise_line(lines: list[str]) -> dict:
    """One output line as each sample printed it (the page's first): its numbers' spreads, where
    every sample printed the same text around them; else the distinct lines."""
    page = lines[0]
    texts = {tuple(NUMBER.split(line)) for line in lines}
    if len(texts) > 1:
        return {"page": page, "variants": sorted(set(lines))}
    columns = list(zip(*(NUMBER.findall(line) for line in lines)))
    spreads = [
        None if len(set(map(float, column))) == 1 else Spread.of([float(v) for v in column], number_format(column[0]))
        for column in columns
    ]
    return {"page": page, "numbers": [spread and spread.__dict__ for spread in spreads]}


def moves(line: dict) -> bool:
    return "variants" in line or any(line["numbers"])


def summarise_block(samples: list[list[str]]) -> list[dict] | None:
    """A `#>` block as each sample printed it (the page's first); None where no sample differs."""
    if all(lines == samples[0] for lines in samples):
        return None
    if len({len(lines) for lines in samples}) > 1:
        raise ValueError(
            "a sample printed another number of lines than the page:\n" + "\n---\n".join(map("\n".join, samples))
        )
    return [summarise_line(list(lines)) for lines in zip(*samples)]


def load(path: Path = RESULTS) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def blocks_of(results: dict, page: str, file: str, section: str | None) -> list[dict]:
    """The study's blocks of a snippet section as one page runs it (another page that includes the
    same section runs it after other code, and was studied, or not, on its own)."""
    return [
        block
        for block in results["blocks"]
        if (block["page"], block["file"], block["section"]) == (page, file, section)
    ]


def spreads(line: dict) -> list[Spread | None]:
    return [
        Spread(**{**number, "values": tuple(number["values"])}) if number else None
        for number in line.get("numbers", [])
    ]


def tolerance(spread: Spread) -> float:
    """How far a run on other hardware (the GPU tier) may move a number: three standard deviations of
    the study, never less than its lowest-to-highest range."""
    return max(3 * spread.std, spread.range)


def unjustified(declared: float, spread: Spread, name: str) -> str | None:
    """A tolerance is justified by the study when it is at least the measured range (narrower, and
    a reader's own run fails it) and at most 4 times it (wider, and it would let a real change pass)."""
    if declared < spread.range:
        return f"{name}: tolerance {declared:g} is narrower than the measured range {spread.range:g}"
    if declared > 4 * spread.range:
        return f"{name}: tolerance {declared:g} is more than 4 times the measured range {spread.range:g}"
    return None


def beyond_tolerance(page_lines: list[str], other_lines: list[str], block: dict | None) -> list[str]:
    """Where another run's lines of one block (the GPU tier's) leave the page's: another number of
    lines, other text around the numbers, a number that moves beyond its tolerance, or any change
    in a line or number that the study saw stay the same. Only lines the study saw print other text
    (a kernel's name) are let be."""
    return compare(page_lines, other_lines, block)[0]


def compare(page_lines: list[str], other_lines: list[str], block: dict | None) -> tuple[list[str], list[dict]]:
    """beyond_tolerance's problems, and each number of the block that the study saw move, as the
    page and the other run print it, with its tolerance (the GPU tier's record shows them)."""
    if len(page_lines) != len(other_lines):
        return [f"{len(other_lines)} lines printed, {len(page_lines)} on the page"], []
    problems, numbers = [], []
    for index, (page_line, other_line) in enumerate(zip(page_lines, other_lines)):
        line = block["lines"][index] if block and block["lines"] else None
        if line is not None and "variants" in line:
            continue
        if line is None or NUMBER.split(page_line) != NUMBER.split(other_line):  # the study saw it stay
            if page_line != other_line:
                problems.append(f"page:      {page_line}\n  other run: {other_line}")
            continue
        for expected, actual, spread in zip(NUMBER.findall(page_line), NUMBER.findall(other_line), spreads(line)):
            if not spread:
                if actual != expected:
                    problems.append(f"page:      {page_line}\n  other run: {other_line}\n  {expected} never moved")
                continue
            within = abs(float(actual) - float(expected)) <= tolerance(spread)
            numbers.append(
                {"line": page_line, "page": expected, "other": actual, "tolerance": tolerance(spread), "within": within}
            )
            if not within:
                problems.append(
                    f"page:      {page_line}\n  other run: {other_line}\n  {actual} is more than "
                    f"{tolerance(spread):.3g} from {expected} (noise study: {spread.as_text()})"
                )
    return problems, numbers


# ---- what the pages show: the ranges next to each output block -----------------------------------

WORDS = {
    "en": {
        "title": "What another run prints",
        "lead": (
            "Your run prints these lines with other numbers. Beside each, how far it moved over {count} runs "
            "of this page with other seeds and CPU kernels: its lowest and highest."
        ),
        "how": (
            "How it was measured ([the noise study](../verification/index.md#noise), `make noise`): "
            "{samples}. {cpu}, {cores} cores, torch {torch}, {date}."
        ),
        "seeds": ("seed {seeds}", "seeds {seeds}"),
        "pinned": "{seeds} in the kernels of the verification (the output above)",
        "default": "{seeds} with PyTorch's default kernels on {threads} thread{s}",
        "here": "printed here",
        "range": "lowest\u2013highest over {count} runs",
        "variants": "other runs print",
    },
    "ko": {
        "title": "다른 실행에서 출력되는 값",
        "lead": (
            "여러분이 실행하면 이 줄들의 숫자는 달라집니다. 옆에는 이 페이지를 다른 시드와 CPU 커널로 {count}번 "
            "실행했을 때 각 숫자가 움직인 범위, 곧 최저와 최고를 적었습니다."
        ),
        "how": (
            "잰 방법([노이즈 측정](../verification/index.md#noise), `make noise`): {samples}. {cpu}, 코어 "
            "{cores}개, torch {torch}, {date}."
        ),
        "seeds": ("시드 {seeds}", "시드 {seeds}"),
        "pinned": "{seeds}: 테스트와 같은 연산 커널(위의 출력)",
        "default": "{seeds}: PyTorch 기본 커널, 스레드 {threads}개",
        "here": "이 페이지의 출력",
        "range": "{count}번 실행의 최저\u2013최고",
        "variants": "다른 실행의 출력",
    },
}


def sample_names(results: dict, language: str) -> str:
    """The samples in words, grouped by setting: `seeds 1-3 with PyTorch's default kernels...`."""
    words = WORDS[language]
    groups: list[tuple[Sample, list[int]]] = []
    for sample in (Sample(**entry) for entry in results["samples"]):
        setting = (sample.kernels, sample.threads)
        if groups and (groups[-1][0].kernels, groups[-1][0].threads) == setting:
            groups[-1][1].append(sample.seed)
        else:
            groups.append((sample, [sample.seed]))
    names = []
    for sample, seeds in groups:
        consecutive = seeds == list(range(seeds[0], seeds[-1] + 1))
        numbers = f"{seeds[0]}\u2013{seeds[-1]}" if consecutive and len(seeds) > 2 else ", ".join(map(str, seeds))
        label = words["seeds"][len(seeds) > 1].format(seeds=numbers)
        setting = "pinned" if sample.kernels == "pinned" else "default"
        names.append(words[setting].format(seeds=label, threads=sample.threads, s="s" * (sample.threads > 1)))
    return "; ".join(names)


def with_ranges(line: dict) -> str:
    """The page's line with each number that moves written as its range."""
    parts = NUMBER.split(line["page"])
    numbers = NUMBER.findall(line["page"])
    out = [parts[0]]
    for token, spread, text in zip(numbers, spreads(line), parts[1:]):
        out += [spread.as_text() if spread else token, text]
    return "".join(out)


def code(text: str) -> str:
    """Inline code in a Markdown table cell: a tab as the page's block shows it, a pipe escaped."""
    text = text.removeprefix("#>").strip().expandtabs(4).replace("|", "\\|")
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def render(results: dict, blocks: list[dict], language: str, indent: str = "") -> str:
    """A collapsed admonition for the blocks of one include: each line that moves, as printed here
    and as its range over the study's runs."""
    words = WORDS[language if language in WORDS else "en"]
    count = len(results["samples"])
    rows = []
    for block in blocks:
        for line in filter(moves, block["lines"]):
            other = (
                "<br>".join(code(variant) for variant in line["variants"] if variant != line["page"])
                if "variants" in line
                else code(with_ranges(line))
            )
            rows.append(f"| {code(line['page'])} | {other} |")
    if not rows:
        return ""
    variants = any("variants" in line for block in blocks for line in block["lines"])
    header = words["range"].format(count=count) + (f" / {words['variants']}" if variants else "")
    lead = words["lead"].format(count=count)
    how = words["how"].format(
        samples=sample_names(results, language),
        **{key: results["pages"][blocks[0]["page"]][key] for key in ("cpu", "cores", "torch", "date")},
    )
    text = [
        f'??? note "{words["title"]}"',
        "",
        f"    {lead}",
        "",
        f"    | {words['here']} | {header} |",
        "    | --- | --- |",
    ]
    text += [f"    {row}" for row in rows]
    text += ["", f"    {how}"]  # what a reader needs first, how it was measured last
    return "\n".join(indent + line if line else line for line in text) + "\n"


def annotate(markdown: str, results: dict, language: str, page: str) -> str:
    """The page's Markdown with a note after every fence whose includes print numbers that move."""
    lines = markdown.split("\n")
    out, done = [], 0
    for index, end, indent, _ in fences(lines):
        out += lines[done : end + 1]
        done = end + 1
        included = [INCLUDE.search(line) for line in lines[index + 1 : end]]
        blocks = [
            block
            for match in included
            if match
            for block in blocks_of(results, page, match["file"], match["section"])
            if block["lines"]
        ]
        if blocks:
            out += ["", render(results, blocks, language, indent).rstrip("\n"), ""]
    return "\n".join(out + lines[done:])

"""Next to each block whose output a training moves: what another run prints.

After a code fence that includes snippet sections whose `#>` lines change with the seed or the
kernels, a collapsed note shows each such line as the page prints it and as the range the rerun
study measured (book/rerun_record.py, records/reruns.json; `make reruns` writes it), in the
page's language. The record is read once per build; without one the build fails and says how to make it.
"""

from __future__ import annotations

import json
from pathlib import PurePosixPath

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from book.blocks import fences
from book.layout import INCLUDE, NUMBER, build_language
from book.rerun_record import RESULTS, blocks_of, moves, spreads
from book.rerun_study import Sample
from book.words import interface_words


def sample_names(results: dict, language: str) -> str:
    """The samples in words, grouped by setting: `seeds 1-3 with PyTorch's default kernels...`."""
    words = interface_words(language, "RERUN_NOTE")
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
    words = interface_words(language, "RERUN_NOTE")
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


_results: dict = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _results
    try:
        _results = json.loads(RESULTS.read_text())
    except (OSError, json.JSONDecodeError) as error:
        raise RuntimeError(
            f"{RESULTS} cannot be read ({error}): the pages show its ranges next to every "
            "trained number; `make reruns` writes it (records/README.md), or check it out from git"
        ) from error
    return config


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    folder = PurePosixPath(page.file.src_uri).parent.as_posix()  # the page's id, as book.layout.page_id
    return annotate(markdown, _results, build_language(config), folder)

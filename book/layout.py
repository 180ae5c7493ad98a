"""Where the book's parts live, and the rules that connect them. One definition of each.

No torch or numpy here: the MkDocs hooks and the docs-only environment import this module.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs"
SNIPPETS = REPO / "snippets"
FIGURES = DOCS / "assets" / "figures"
NOTEBOOKS = DOCS / "notebooks"
BENCH_RESULTS = REPO / "bench" / "results"  # the benchmarks' measurements: the tables the chapters include
# The records `make test` reads (the rerun study, the long runs, the reproducibility proof, the GPU
# tier), each beside the script that writes it; the verification page includes two of them.
RECORDS = REPO / "records"
BUILD = REPO / "build"  # ignored by git: the verification record, caches, screenshots
# Fashion-MNIST (book/dataset.py prepares it), ignored by git: the `./data` of every page's run
DATA = REPO / "data"
VERIFICATION_RECORD = BUILD / "last-verified.json"

# The one translation. Its code is written here only: the figures' and benchmark tables' words are
# translated into it by code made for Korean (book/figure_text.py: a Korean font and line spacing;
# book/bench_tables.py), so a second language needs those first (tests/test_words.py says so).
KOREAN = "ko"
LANGUAGES = (KOREAN,)  # translations: every file's version in one sits beside it (localized below)

# The pages that train on Fashion-MNIST, longest first: the tests mark them `training` (`make check`
# leaves them out) and deal them out to the two test workers in turn, longest first; the rerun study
# (book/rerun_study.py) trains them again. Each page's program as `make test` runs it, pinned, alone
# on an AMD EPYC, 2026-12-07: LeNet, post 000, the configurable CNN and d2l LeNet's first 2 epochs
# of 10 (a long run: book/long_runs.py) 96 s; the post-002 replication's first epoch of 40 and
# the evaluation model 71 s; the generalisation chapter's seven small trainings and three on 55,000
# images 66 s; the training loop's runs on 4,000 PNG files 52 s; Training fast's whole 2-epoch
# recipe (its ablations and 8-epoch recipe are a long run) 37 s. Beside the other worker in
# `make test`: the modern CNNs' one epoch and two networks on generated colour images 56 s, the
# filters 28 s.
TRAINING_PAGES = (
    "cnn-models",
    "training-and-evaluation",
    "generalisation",
    "training-loop",
    "modern-cnns",
    "training-fast",
    "feature-maps",
)

# The packages a page needs besides torch, torchvision and matplotlib, which every page needs (the home page
# says so): the page's code says `pip install` them where it first imports one, and its notebook installs
# them (book/notebooks.py). Distribution names, which here are also the names they import by.
PAGE_PACKAGES = {"training-loop": ("onnx", "onnxscript", "onnxruntime")}

# pymdownx.snippets' include line in a page, `--8<-- "chapter/file.py:section"`, and the section
# markers in a snippet file.
INCLUDE = re.compile(r'--8<--\s+"(?P<file>[^":]+)(?::(?P<section>[\w-]+))?"')
SECTION_MARKER = re.compile(r"^\s*# --8<-- \[(?P<edge>start|end):(?P<section>[\w-]+)\]\s*$")


# A number in an output line, as the verification reads it: the rerun study summarises these and the
# GPU tier compares them within its ranges (book/rerun_study.py); the text around them is exact.
NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")


def _mkdocs_setting(key: str) -> str:
    # A regex, not a YAML parser: mkdocs.yml may hold tags (!!python/name:...) that safe_load rejects.
    match = re.search(rf"^{key}:\s*(\S+)", (REPO / "mkdocs.yml").read_text(), re.M)
    if match is None:
        raise LookupError(f"mkdocs.yml has no {key}")
    return match[1].rstrip("/")


SITE_URL = _mkdocs_setting("site_url")
SITE_PATH = urlsplit(SITE_URL).path + "/"  # where GitHub Pages serves the site: /<repository>/
REPO_URL = _mkdocs_setting("repo_url")


def localized(path: Path, language: str = "en") -> Path:
    """A file's version in a language: the file itself in English, `<stem>.<language><suffix>` beside
    it otherwise (mkdocs-static-i18n's rule, which the pages, figures, benchmark tables, records and
    notebooks all follow: index.ko.md, pooling-1.ko.png, throughput.ko.md, pooling.ko.ipynb)."""
    return path if language == "en" else path.with_name(f"{path.stem}.{language}{path.suffix}")


def page_file(page: str, language: str = "en") -> Path:
    """The Markdown file of a page (`pooling`, or `home` for docs/index.md) in a language."""
    return localized(DOCS / "index.md" if page == "home" else DOCS / page / "index.md", language)


def page_of_folder(folder: str) -> str:
    """The page a snippets folder belongs to: `padding_and_stride` (a Python package name) is the page
    `padding-and-stride` (a URL)."""
    return folder.replace("_", "-")


def chapter_of(snippet: Path) -> str:
    """`snippets/padding_and_stride/x.py` belongs to the page folder `docs/padding-and-stride/`."""
    return page_of_folder(snippet.parent.relative_to(SNIPPETS).as_posix())


def figure_path(snippet: Path, number: int, language: str = "en") -> Path:
    """The `number`th figure a snippet shows (from 1): docs/assets/figures/<chapter>/<stem>-<n>.png,
    or its variant in another language, <stem>-<n>.<language>.png (served by mkdocs-static-i18n to
    that language's site under the English file's name)."""
    return localized(FIGURES / chapter_of(snippet) / f"{snippet.stem}-{number}.png", language)


def all_snippets() -> list[Path]:
    return sorted(path for path in SNIPPETS.rglob("*.py") if path.name != "__init__.py")


def pages() -> list[Path]:
    """Every Markdown page, in every language."""
    return sorted(DOCS.rglob("*.md"))


def english_pages() -> list[Path]:
    return sorted(page for page in pages() if not re.search(r"\.[a-z]{2}\.md$", page.name))


def translation(page: Path, language: str) -> Path:
    return localized(page, language)


def read_record(path: Path) -> dict | None:
    """A record the tests and the site read (records/*.json, bench/results/*.json): None when it is
    not there."""
    return json.loads(path.read_text()) if path.exists() else None


def includes(page: Path) -> list[tuple[str, str | None]]:
    """(file, section) of every include line of a page; section None for a whole file."""
    return [(match["file"], match["section"]) for match in INCLUDE.finditer(page.read_text())]


def section_lines(file: str, section: str | None) -> list[tuple[int, str]]:
    """(line number in the file, text) of what a page shows of a snippet: the lines between a
    section's start and end markers, or for a whole-file include every line but the markers."""
    lines, inside = [], section is None
    for number, line in enumerate((SNIPPETS / file).read_text().splitlines(), start=1):
        if match := SECTION_MARKER.match(line):
            if match["section"] == section:
                inside = match["edge"] == "start"
        elif inside:
            lines.append((number, line))
    return lines


def sections_by_line(file: str) -> dict[int, str]:
    """The section that holds each line of a snippet file, for the lines inside one."""
    found, current = {}, None
    for number, line in enumerate((SNIPPETS / file).read_text().splitlines(), start=1):
        if match := SECTION_MARKER.match(line):
            current = match["section"] if match["edge"] == "start" else None
        elif current:
            found[number] = current
    return found


def section_text(file: str, section: str | None) -> str:
    """A snippet's section as a page includes it (section None: the whole file)."""
    return "\n".join(line for _, line in section_lines(file, section))


INCLUDE_FOLDERS = (SNIPPETS, BENCH_RESULTS, RECORDS)  # mkdocs.yml's snippets base_path, in its order


def include_target(file: str) -> Path:
    """An included file: a snippet, a benchmark table or a record (the first folder that has it)."""
    return next((folder / file for folder in INCLUDE_FOLDERS if (folder / file).exists()), SNIPPETS / file)


def build_language(config) -> str:
    """The language a MkDocs build renders (mkdocs-static-i18n builds each in turn); for hooks."""
    i18n = config.plugins.get("i18n")
    return i18n.current_language if i18n else "en"


NAV_ENTRY = re.compile(r"^  - [^:]+: (?P<page>[\w-]+)/index\.md$", re.M)
MAP_ROW = re.compile(r"^\| \[[^\]]+\]\((?P<page>[\w-]+)/index\.md\) \|", re.M)


def navigation() -> list[str]:
    """The pages' folders in mkdocs.yml's navigation order (the home page aside)."""
    return [match["page"] for match in NAV_ENTRY.finditer((REPO / "mkdocs.yml").read_text().split("\nnav:\n")[1])]


def chapters() -> list[str]:
    """The chapters, in reading order: the pages the home page's map of the book lists (the errata,
    tools and glossary draw on them all and are not chapters)."""
    listed = set(MAP_ROW.findall((DOCS / "index.md").read_text()))
    return [page for page in navigation() if page in listed]


def language_home(files) -> str:
    """The URL of the home page a MkDocs build renders (docs/index.md, or its translation in a
    translated build: "ko/"); for hooks, given the build's Files."""
    return next(file.url for file in files.documentation_pages() if "/" not in file.src_uri and file.name == "index")


def page_title(page: Path) -> str:
    """A page's first heading, without its anchor: `# Pooling { #pooling }` is "Pooling"."""
    return re.search(r"^# (.+?)(?:\s*\{[^}]*\})?$", page.read_text(), re.M)[1]


def page_id(page: Path) -> str:
    """A page's folder under docs/ (`pooling`, `ko` pages aside), or `home` for docs/index.md: the
    inverse of page_file."""
    folder = page.parent.relative_to(DOCS).as_posix()
    return "home" if folder == "." else folder

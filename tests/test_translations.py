"""The Korean edition mirrors the English one: each translated page includes the same code in the
same order and has the same header anchors (so links and language switching land in the same place)."""

import re
from pathlib import Path

import pytest

from book.layout import DOCS, LANGUAGES, REPO, english_pages, includes, translation
from book.reader_text import ReaderText

HEADING_ID = re.compile(r'<h([1-6]) id="([^"]+)"')


def built_html(site: Path, page: Path, language: str | None = None) -> Path:
    relative = page.relative_to(DOCS).with_suffix("")
    folder = relative.parent if relative.name == "index" else relative
    return site / (language or "") / folder / "index.html"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_is_translated(language):
    missing = [str(p.relative_to(REPO)) for p in english_pages() if not translation(p, language).exists()]
    assert not missing, f"pages without a {language} translation: {missing}"


TRANSLATED = [(p, language) for p in english_pages() for language in LANGUAGES if translation(p, language).exists()]


@pytest.mark.parametrize(
    ("page", "language"), TRANSLATED, ids=lambda v: str(v.relative_to(DOCS)) if isinstance(v, Path) else v
)
def test_translation_includes_the_same_code(page, language):
    """The same snippet sections in the same order; a benchmark table in its own language
    (throughput.ko.md for throughput.md), rendered from the same numbers (test_bench_tables.py)."""
    translated = [
        (file.replace(f".{language}.md", ".md"), section) for file, section in includes(translation(page, language))
    ]
    assert translated == includes(page)
    tables = [file for file, _ in includes(translation(page, language)) if file.endswith(".md")]
    assert all(file.endswith(f".{language}.md") for file in tables), f"English tables on a {language} page: {tables}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_has_the_same_header_anchors(built_site, language):
    problems = []
    for page in (p for p, lang in TRANSLATED if lang == language):
        english = HEADING_ID.findall(built_html(built_site, page).read_text())
        translated = HEADING_ID.findall(built_html(built_site, page, language).read_text())
        if english != translated:
            problems.append(f"{page.relative_to(REPO)}:\n  en {english}\n  {language} {translated}")
    assert not problems, "\n".join(problems)


# English a Korean reader may see: names of things (products, datasets, models, people, the
# machine in the footer) and PyTorch's own API words. Anything else English on a Korean page fails.
NAMES = {
    "Actions",
    "ConvNeXt",
    "ONNX",
    "Runtime",
    "EMA",
    "GELU",
    "ResNeXt",
    "Adam",
    "AMD",
    "AMX",
    "Apple",
    "autocast",
    "AVX",
    "CAM",
    "compile",
    "CNN",
    "CPU",
    "CUDA",
    "DataLoader",
    "Deep",
    "Dive",
    "EPYC",
    "Fashion",
    "GitHub",
    "GPU",
    "Grad",
    "Intel",
    "into",
    "Kaiming",
    "Learning",
    "LeCun",
    "LeNet",
    "MNIST",
    "MobileNet",
    "MPS",
    "NCHW",
    "NiN",
    "Normalize",
    "PIL",
    "Processor",
    "PyTorch",
    "ReLU",
    "ResNet",
    "RGB",
    "same",
    "SGD",
    "ToTensor",
    "torch",
    "UTC",
    "valid",
    "VGG",
    "Waibel",
    "Xeon",
}
ENGLISH_WORD = re.compile(r"\b[A-Za-z][A-Za-z']{2,}\b")
CODE_WORD = re.compile(r"\S*[/_=]\S*")  # snippets/x/y.py, output_padding, padding="same": code
GLOSS = re.compile(r"\([^()]*\)")  # 합성곱(convolution): the English term beside its first use


def english_on(html_text: str, glossary: bool) -> set[str]:
    text = " ".join(ReaderText(html_text, skip_column=2 if glossary else None).parts)
    text = GLOSS.sub(" ", CODE_WORD.sub(" ", text))
    return {word for word in ENGLISH_WORD.findall(text) if word not in NAMES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_translated_page_shows_no_english_prose(built_site, language):
    """Outside code, outputs, math, source-post quotes and glosses, the words on a translated page are
    the language's own, or names in NAMES (rendered site: widget texts and figure alt texts too)."""
    found = {}
    for html in sorted((built_site / language).rglob("index.html")):
        if "notebooks" in html.relative_to(built_site).parts:
            continue  # the notebooks are the snippets' English code and comments
        words = english_on(html.read_text(), glossary=html.parent.name == "glossary")
        if words:
            found[str(html.parent.relative_to(built_site))] = sorted(words)
    assert not found, f"English on the {language} pages: {found}"

"""A Korean page glosses a term with its English word, 합성곱(convolution), once in the whole book:
at its first use in reading order, never twice on a page, and never after the chapter the glossary
says teaches it. A second gloss tells the reader the term is new when it is not."""

import re

from book.layout import KOREAN, chapters, navigation, page_file

# The chapters, then the other pages in navigation order (the glossary glosses every term on purpose).
READING_ORDER = [*chapters(), *(page for page in navigation() if page not in chapters() and page != "glossary")]
# 합성곱(convolution), 원 사이클 스케줄(one-cycle schedule, Smith와 Topin, 2017): a Korean word, then
# the English term in parentheses (what follows a comma is a citation or a second term's detail).
GLOSS = re.compile(r"(?P<korean>[가-힣]+)\s?\((?P<english>[A-Za-z][A-Za-z \-'/]{1,40}?)\s*(?:,[^)]*)?\)")
GLOSSARY_ROW = re.compile(r"^\| [^|]+ \| (?P<english>[^|]+) \| [^|]+ \| (?P<links>.+) \|$", re.M)


def prose(markdown: str) -> str:
    """A page's prose: without code, math and the source posts' quoted words."""
    for pattern in (r"```.*?```", r"`[^`\n]*`", r'<q class="post".*?</q>', r"\$\$.*?\$\$", r"\$[^$\n]*\$"):
        markdown = re.sub(pattern, " ", markdown, flags=re.S)
    return markdown


def glosses(text: str) -> list[str]:
    """The terms glossed, as "english (korean)": 대각합(trace) and 추적(trace) are two terms."""
    return [f"{m['english'].strip().lower()} ({m['korean']})" for m in GLOSS.finditer(prose(text))]


def taught_in() -> dict[str, str]:
    """English term -> the chapter the Korean glossary links it to."""
    taught = {}
    for row in GLOSSARY_ROW.finditer(page_file("glossary", KOREAN).read_text()):
        if chapter := re.search(r"\(\.\./([\w-]+)/index\.md", row["links"]):
            for term in row["english"].split(","):
                taught[term.strip().lower()] = chapter[1]  # matched on the English word alone
    return taught


def gloss_problems(pages: list[tuple[str, str]], taught: dict[str, str]) -> list[str]:
    """Every second gloss: on the same page, on a later page, or after the teaching chapter."""
    order = [slug for slug, _ in pages]
    first, problems = {}, []
    for slug, text in pages:
        for english in glosses(text):
            if english in first:
                where = "earlier on this page" if first[english] == slug else f"in {first[english]}"
                problems.append(f"{slug}: ({english}) is glossed {where} already")
            else:
                first[english] = slug
                chapter = taught.get(english.split(" (")[0])
                if chapter in order and order.index(slug) > order.index(chapter):
                    problems.append(
                        f"{slug}: ({english}) glossed after {chapter}, where the glossary says it is taught"
                    )
    return problems


def test_the_check_finds_a_second_gloss():
    pages = [("kernels", "합성곱(convolution)과 커널(kernel)."), ("pooling", "풀링(pooling), 합성곱(convolution).")]
    assert gloss_problems(pages, {}) == ["pooling: (convolution (합성곱)) is glossed in kernels already"]
    assert gloss_problems([("a", "층(layer)의 층(layer)")], {}) == [
        "a: (layer (층)) is glossed earlier on this page already"
    ]
    assert gloss_problems([("a", "x"), ("b", "샘플(sample)")], {"sample": "a"}) == [
        "b: (sample (샘플)) glossed after a, where the glossary says it is taught"
    ]
    assert glosses("`층(layer)` 원 사이클(one-cycle schedule, Smith와 Topin, 2017)") == ["one-cycle schedule (사이클)"]


def test_each_term_is_glossed_once_in_the_korean_book():
    pages = [(slug, page_file(slug, KOREAN).read_text()) for slug in READING_ORDER]
    assert sum(len(glosses(text)) for _, text in pages) > 100, "the gloss pattern finds nothing"
    problems = gloss_problems(pages, taught_in())
    assert not problems, "\n".join(problems)

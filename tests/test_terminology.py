"""The Korean edition uses one term per idea (book/terminology.py): no banned variant in the Korean
pages as the site shows them, nor in the Korean words of figures, tables, widgets and notebooks."""

import re

import pytest

from book.layout import REPO
from book.reader_text import ReaderText
from book.terminology import TERMS, Term

HANGUL = re.compile(r"[가-힣]")
# Where the Korean words of figures, tables, widgets, notebooks and the page footer are written:
# every machinery file with Korean in it, found rather than listed, so a new one is read too. Not
# book/claims.py (it quotes the pages' own sentences, read on the pages) nor the term list itself.
WORD_SOURCES = sorted(
    path.relative_to(REPO).as_posix()
    for path in [
        *(REPO / "book").glob("*.py"),
        *(REPO / "hooks").glob("*.py"),
        *(REPO / "docs" / "javascripts").glob("*.js"),
        REPO / "mkdocs.yml",
    ]
    if path.name not in {"claims.py", "terminology.py"} and HANGUL.search(path.read_text())
)
KOREAN_STRING = re.compile(
    r"\"[^\"\n]*[가-힣][^\"\n]*\"|'[^'\n]*[가-힣][^'\n]*'|`[^`\n]*[가-힣][^`\n]*`|^ +[^:\n]+: [^\n]*[가-힣][^\n]*$",
    re.M,
)
GLOSSARY_VARIANTS = re.compile(r"\([^()]*\)")  # the glossary lists the other spellings in parentheses


def variants(text: str) -> list[str]:
    return [f"{term.korean}: {found!r}" for term in TERMS for found in term.variants_in(text)]


def test_each_term_catches_its_variants():
    """Each term's patterns catch a variant (a dead pattern would let it through)."""
    examples = {
        "검증": "이 책을 검증하는 방법",
        "검증 세트": "검증 분할에서",
        "재실행 측정": "노이즈 측정의 모든 실행에서",
        "검사, 확인": "검증된 판",
        "연산 커널": "커널을 고정한 CPU",
        "데이터셋": "데이터 세트를 만듭니다",
        "torchvision": "토치비전의 모델",
        "편차, 표준편차": "시드가 더하는 흩어짐",
        "효과, 가치": "스케줄의 값어치",
        "절충": "이 맞바꿈을",
        "문": "장치는 문장 하나로 고릅니다",
        "샘플": "예제 10개를",
        "에지": "경계와 질감을",
        "합성곱": "컨볼루션 연산",
        "랩톱": "노트북 컴퓨터에서",
        "아니요": "아니오",
        "빠르게 학습하기": "빠른 학습 장",
        "뒤처지다": "5.64포인트 뒤집니다",
    }
    assert set(examples) == {term.korean for term in TERMS}
    for term in TERMS:
        assert term.variants_in(examples[term.korean]), f"{term.korean}: {term.banned} miss {examples[term.korean]!r}"


def test_a_term_passes_where_it_is_the_right_word():
    ok = "검증 세트에서 잰 검증 정확도와 검증 손실. 연산 커널을 고정한 CPU. 데이터셋. 이 문장은 틀렸습니다."
    assert not variants(ok), variants(ok)
    assert Term("x", "y", (r"z",)).variants_in("zz") == ["z", "z"]


@pytest.mark.parametrize("source", WORD_SOURCES)
def test_no_banned_variant_in_the_korean_words_of(source):
    text = (REPO / source).read_text()
    strings = "\n".join(match[0] for match in KOREAN_STRING.finditer(text))
    assert strings, f"no Korean words found in {source}: is the pattern still reading it?"
    assert not variants(strings), variants(strings)


def test_no_banned_variant_on_the_korean_pages(built_site):
    found = {}
    for html in sorted((built_site / "ko").rglob("index.html")):
        if "notebooks" in html.relative_to(built_site).parts:
            continue  # the snippets' English code and comments
        glossary = html.parent.name == "glossary"
        text = " ".join(ReaderText(html.read_text(), skip_column=2 if glossary else None).parts)
        if glossary:
            text = GLOSSARY_VARIANTS.sub(" ", text)
        if problems := variants(text):
            found[str(html.parent.relative_to(built_site))] = problems
    assert not found, "\n".join(f"{page}: {problems}" for page, problems in found.items())

"""Where a page quotes a seed post, it quotes the post's exact words.

A seed quote is marked `<q class="seed" data-seed="00N">...</q>`, in Korean on both the English and
the Korean page (the English page adds a translation outside the tag). The seed posts are kept in
tests/seeds/00N.txt, plain copies of the originals.
"""

import html
import re

import pytest

from book.layout import DOCS, REPO, pages

SEEDS = REPO / "tests" / "seeds"
SEED_QUOTE = re.compile(r'<q class="seed" data-seed="(\d{3})">(.*?)</q>', re.S)


def collapsed(text: str) -> str:
    return " ".join(text.split())


def quotes(page) -> list[tuple[str, str]]:
    """(seed, quoted text) in page order, the text HTML-unescaped and whitespace collapsed."""
    return [(seed, collapsed(html.unescape(text))) for seed, text in SEED_QUOTE.findall(page.read_text())]


QUOTES = [(page, seed, text) for page in pages() for seed, text in quotes(page)]


def test_pages_mark_their_seed_quotes():
    """Seed quotes are found at all, every `class="seed"` is one the pattern reads, and each names
    a seed kept in tests/seeds/."""
    marked = sum(page.read_text().count('class="seed"') for page in pages())
    assert marked == len(QUOTES), 'a seed quote is not written <q class="seed" data-seed="00N">'
    quoted = {seed for _, seed, _ in QUOTES}
    assert quoted, 'no <q class="seed"> on any page'
    missing = sorted(seed for seed in quoted if not (SEEDS / f"{seed}.txt").is_file())
    assert not missing, f"quoted seeds without tests/seeds/<seed>.txt: {missing}"


@pytest.mark.parametrize(
    ("page", "seed", "text"), QUOTES, ids=[f"{p.relative_to(DOCS)}:{s}:{t[:20]}" for p, s, t in QUOTES]
)
def test_quote_is_in_the_seed(page, seed, text):
    """The quoted words occur, exactly and contiguously (up to whitespace), in the seed's text."""
    assert text in collapsed((SEEDS / f"{seed}.txt").read_text()), (
        f"{page.relative_to(REPO)}: not in seed {seed}: {text!r}"
    )


KOREAN_PAGES = sorted(DOCS.glob("*/index.ko.md"))


@pytest.mark.parametrize("korean", KOREAN_PAGES, ids=lambda p: p.parent.name)
def test_both_languages_quote_the_same_words(korean):
    """The English page of a chapter has the same seed quotes as the Korean one, in the same order."""
    assert quotes(korean.with_name("index.md")) == quotes(korean)

"""Where a page quotes a source post, it quotes the post's exact words.

A quote of a source post is marked `<q class="post" data-post="00N">...</q>`, in Korean on both the English and
the Korean page (the English page adds a translation outside the tag). The source posts are kept in
tests/source_posts/00N.txt, plain copies of the originals.
"""

import html
import re

import pytest

from book.layout import DOCS, REPO, pages

POSTS = REPO / "tests" / "source_posts"
POST_QUOTE = re.compile(r'<q class="post" data-post="(\d{3})">(.*?)</q>', re.S)


def collapsed(text: str) -> str:
    return " ".join(text.split())


def quotes(page) -> list[tuple[str, str]]:
    """(post, quoted text) in page order, the text HTML-unescaped and whitespace collapsed."""
    return [(post, collapsed(html.unescape(text))) for post, text in POST_QUOTE.findall(page.read_text())]


QUOTES = [(page, post, text) for page in pages() for post, text in quotes(page)]


def test_pages_mark_their_post_quotes():
    """Post quotes are found at all, every `class="post"` is one the pattern reads, and each names
    a post kept in tests/source_posts/."""
    marked = sum(page.read_text().count('class="post"') for page in pages())
    assert marked == len(QUOTES), 'a post quote is not written <q class="post" data-post="00N">'
    quoted = {post for _, post, _ in QUOTES}
    assert quoted, 'no <q class="post"> on any page'
    missing = sorted(post for post in quoted if not (POSTS / f"{post}.txt").is_file())
    assert not missing, f"quoted posts without tests/source_posts/<post>.txt: {missing}"


@pytest.mark.parametrize(
    ("page", "post", "text"), QUOTES, ids=[f"{p.relative_to(DOCS)}:{s}:{t[:20]}" for p, s, t in QUOTES]
)
def test_quote_is_in_the_post(page, post, text):
    """The quoted words occur, exactly and contiguously (up to whitespace), in the post's text."""
    assert text in collapsed((POSTS / f"{post}.txt").read_text()), (
        f"{page.relative_to(REPO)}: not in post {post}: {text!r}"
    )


KOREAN_PAGES = sorted(DOCS.glob("*/index.ko.md"))


@pytest.mark.parametrize("korean", KOREAN_PAGES, ids=lambda p: p.parent.name)
def test_both_languages_quote_the_same_words(korean):
    """The English page of a chapter has the same post quotes as the Korean one, in the same order."""
    assert quotes(korean.with_name("index.md")) == quotes(korean)

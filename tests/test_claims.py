"""Every sentence of the training chapters that compares, ranks or names a cause from a measurement is
registered in book/claims.py with its check; this holds the pages to the checks.

Quick: no training, no browser (records only), so a reversed comparison word fails `make check`."""

import re

import pytest
from test_prose_numbers import prose_lines

from book import claims
from book.claims import CLAIMS
from book.layout import DOCS, LANGUAGES, TRAINING_PAGES, page_file

LANGUAGE_CODES = ("en", *LANGUAGES)
# The chapters whose sentences compare trainings: the pages that train, Training basics, whose
# small runs on made-up data compare optimisers and initialisations, and Efficient CNNs, whose
# benchmark trains its blocks side by side.
CHAPTERS = (*TRAINING_PAGES, "training-basics", "efficient-cnns", "verification")


def prose(page: str, language: str) -> str:
    """The page's prose as one line of single spaces: code, math and include lines left out, HTML
    tags dropped (a <q> quote's words stay)."""
    text = " ".join(line for _, line in prose_lines(page_file(page, language).read_text()))
    return " ".join(re.sub(r"<[^>]+>", "", text).split())


def normal(words: str) -> str:
    return " ".join(words.split())


def on_page(words: str, page: str, language: str) -> bool:
    return normal(words) in prose(page, language)


def ids(claim):
    return claim.id


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("claim", CLAIMS, ids=ids)
def test_the_claim_is_on_its_page(claim, language):
    """An edited sentence fails here until it is registered again, with a check that holds."""
    assert on_page(claim.words(language), claim.page, language), (
        f"{page_file(claim.page, language).relative_to(DOCS)} no longer says {claim.words(language)!r}"
    )


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("claim", CLAIMS, ids=ids)
def test_the_words_state_the_verdict(claim, language):
    """A claim's words hold a word of its verdict and none of the opposite's, so that reversing
    "above" into "below" on the page and in the registry still fails."""
    assert claims.states(claim.words(language), claim.says, language), (
        f"{claim.words(language)!r} does not say {claim.says!r} in the words of book/claims.py's WORDS"
    )


@pytest.mark.parametrize("claim", CLAIMS, ids=ids)
def test_the_record_gives_the_verdict(claim):
    found = claim.check.verdict(claim.check.record())
    assert found == claim.says, f"{claim.page} says {claim.says!r} ({claim.en!r}); its check finds {found!r}"


@pytest.mark.parametrize("claim", CLAIMS, ids=ids)
def test_a_record_that_contradicts_the_claim_fails_its_check(claim):
    """No check holds whatever the record says."""
    assert claim.check.verdict(claim.check.contradicting(claim.says)) != claim.says


@pytest.mark.parametrize("claim", [c for c in CLAIMS if getattr(c.check, "every", False)], ids=ids)
def test_one_run_the_other_way_fails_a_claim_about_every_run(claim):
    """'In every run' says more than the interval: one run that goes the other way contradicts it."""
    assert claim.check.verdict(claim.check.one_run_reversed(claim.says)) != claim.says


def test_a_claim_about_every_run_is_held_to_each_run():
    every = [claim for claim in CLAIMS if claims.EVERY.search(claim.en) and isinstance(claim.check, claims.Runs)]
    assert every and all(claim.check.every for claim in every)


def test_reversing_a_comparison_word_fails():
    """The reviewer's test: 'above' made 'below' on a page (and then in the registry) is caught."""
    higher = [claim for claim in CLAIMS if claim.says == "higher" and re.search(r"\babove\b", claim.en)]
    assert higher, "no registered claim says 'above' to reverse"
    for claim in higher:
        reversed_words = re.sub(r"\babove\b", "below", claim.en)
        assert not on_page(reversed_words, claim.page, "en") or reversed_words == claim.en
        assert not claims.states(reversed_words, claim.says, "en")


def test_every_verdict_has_its_words_in_every_language():
    for language in LANGUAGE_CODES:
        assert set(claims.WORDS[language]) == {claims.stated(verdict) for verdict in claims.OPPOSITE}


# A measured comparison: a sentence with a comparison word and a measured number (a percentage or a
# decimal). Every one on a training chapter must hold a registered claim's words, or be listed below
# with the reason it is no comparison.
COMPARISON = {
    "en": re.compile(
        r"\b(above|below|ahead|behind|higher|lower|better|worse|faster|slower|more than|less than|"
        r"wins?|loses?|beats?|outperforms?|noise|because|best|worst|highest|lowest)\b",
        re.I,
    ),
    "ko": re.compile(r"높|낮|앞서|뒤처|웃돌|밑돌|못 미|빠르|느리|노이즈|때문|가장 좋|가장 나쁜|최고|최저"),
}
MEASURED = re.compile(r"\d+(?:\.\d+)?%|\d+\.\d+")


PARAGRAPH_BREAK = re.compile(r"^\s*(?:$|#|!!!|\?\?\?|===|- |\d+\. |!\[|\|)")


def sentences(page: str, language: str) -> list[str]:
    """The prose's sentences, never across a paragraph, heading, list item, admonition or figure."""
    paragraphs, current = [], []
    for _, line in prose_lines(page_file(page, language).read_text()):
        if PARAGRAPH_BREAK.match(line):
            paragraphs.append(" ".join(current))
            current = [] if line.lstrip().startswith(("#", "!!!", "???", "===", "![", "|")) else [line]
        else:
            current.append(line)
    paragraphs.append(" ".join(current))
    found = []
    for paragraph in paragraphs:
        text = " ".join(re.sub(r"<[^>]+>", "", paragraph).split())
        found += [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9(가-힣`*\[])", text) if s]
    return found


@pytest.mark.parametrize("language", LANGUAGE_CODES)
@pytest.mark.parametrize("page", CHAPTERS)
def test_every_measured_comparison_is_registered(page, language):
    registered = [normal(claim.words(language)) for claim in CLAIMS if claim.page == page]
    registered += [normal(words) for p, words, _ in claims.NOT_CLAIMS[language] if p == page]
    unregistered = [
        sentence
        for sentence in sentences(page, language)
        if COMPARISON[language].search(sentence)
        and MEASURED.search(sentence)
        and not any(words in sentence for words in registered)
    ]
    assert not unregistered, (
        f"{page} ({language}): sentences that compare measurements without a registered claim "
        "(book/claims.py: CLAIMS, or NOT_CLAIMS with the reason):\n" + "\n".join(unregistered)
    )


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_every_exception_is_on_its_page(language):
    missing = [words for page, words, _ in claims.NOT_CLAIMS[language] if not on_page(words, page, language)]
    assert not missing, f"NOT_CLAIMS ({language}) lists words no longer on their page: {missing}"

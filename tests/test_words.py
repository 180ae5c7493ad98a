"""The interface words: one file per language (book/words_en.py, book/words_ko.py), every English
table and key with its Korean, and one rule for a missing word (an error, never English)."""

import pytest

from book import words_en, words_ko
from book.layout import KOREAN, LANGUAGES
from book.words import interface_words

# the Korean file's own tables: the Korean of what the figures and benchmark tables say in English
TRANSLATIONS = {"FIGURE_TEXT", "BENCH_TEXT", "BENCH_PATTERNS", "BENCH_UNITS", "RECORDS_CHANGES"}


def tables(module) -> set[str]:
    return {name for name in vars(module) if name.isupper()}


def shape(words):
    """The keys of a table, all the way down: what each language must have."""
    if isinstance(words, dict):
        return {key: shape(value) for key, value in words.items()}
    if isinstance(words, tuple):
        return tuple(shape(value) for value in words)
    return str


def test_every_english_table_and_key_has_its_korean():
    assert tables(words_en), "book/words_en.py has no tables"
    assert tables(words_ko) - TRANSLATIONS == tables(words_en)
    for table in sorted(tables(words_en)):
        assert shape(getattr(words_ko, table)) == shape(getattr(words_en, table)), table


@pytest.mark.parametrize("language", ["en", *LANGUAGES])
def test_every_language_of_the_site_has_its_words(language):
    assert interface_words(language, "RERUN_NOTE")["title"]


def test_a_missing_word_is_an_error_that_names_the_file():
    with pytest.raises(LookupError, match=r"book/words_ko.py has no NO_SUCH_TABLE"):
        interface_words("ko", "NO_SUCH_TABLE")
    with pytest.raises(LookupError, match=r"book/words_fr.py is missing"):
        interface_words("fr", "RERUN_NOTE")


def test_the_translation_is_the_one_the_figures_and_tables_are_translated_into():
    """Figures and benchmark tables are translated by code written for Korean (a Korean font, its line
    spacing, the Korean of each English label): a language added to LANGUAGES alone would get
    Korean-shaped figures or none. This fails until book/figure_text.py and book/bench_tables.py
    take it."""
    assert LANGUAGES == (KOREAN,), f"translated languages {LANGUAGES}: the figures and tables know only {KOREAN!r}"

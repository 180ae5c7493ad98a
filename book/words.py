"""The words of the site's interface (notes, captions, links, the footer, the notebooks'
introductions), one file per language: book/words_en.py and book/words_ko.py, one table each per
place that shows them. One lookup, one rule for a missing word: an error that names the file, never
another language's words (tests/test_words.py: every English table and key has its Korean).
"""

from __future__ import annotations

from importlib import import_module


def interface_words(language: str, table: str):
    """The table of interface words named `table` (e.g. "RERUN_NOTE") in `language`."""
    try:
        words = import_module(f"book.words_{language}")
    except ModuleNotFoundError:
        raise LookupError(f"no interface words in {language!r}: book/words_{language}.py is missing") from None
    try:
        return getattr(words, table)
    except AttributeError:
        raise LookupError(f"book/words_{language}.py has no {table}: add it (book/words_en.py has them all)") from None

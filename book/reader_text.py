"""The text a reader sees on a built page, for the tests that read the site as a reader would
(tests/test_translations.py, tests/test_terminology.py)."""

from html.parser import HTMLParser


class ReaderText(HTMLParser):
    """The text a reader sees in a page's article, without code, math, source-post quotes (the posts'
    own words), the footer's machine record and, on the glossary, its column of English terms;
    image alt texts included."""

    SKIPPED_CLASSES = {"arithmatex", "search-only", "highlight", "post", "last-verified"}
    VOID = {"img", "br", "hr", "input", "meta", "link", "wbr", "source"}

    def __init__(self, text: str, skip_column: int | None = None):
        super().__init__()
        self.skip_column, self.skipping, self.article, self.column, self.parts = skip_column, [], 0, 0, []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.article += tag == "article"
        self.column = 0 if tag == "tr" else self.column + (tag in {"td", "th"})
        if tag == "img" and self.article and attrs.get("alt"):
            self.parts.append(attrs["alt"])
        if tag not in self.VOID:
            classes = set((attrs.get("class") or "").split())
            self.skipping.append(
                tag in {"code", "pre", "script", "style"}
                or bool(classes & self.SKIPPED_CLASSES)
                or (tag in {"td", "th"} and self.column == self.skip_column)
            )

    def handle_endtag(self, tag):
        self.article -= tag == "article"
        if tag not in self.VOID and self.skipping:
            self.skipping.pop()

    def handle_data(self, data):
        if self.article and not any(self.skipping):
            self.parts.append(data)

"""Each chapter builds on the ones before it: a page shows code from its own chapter or from one
earlier in the navigation, never from a later one, and its "Helpers" box names exactly the
chapters whose code it shows."""

import re

import pytest

from book.layout import DOCS, MAP_ROW, chapters, includes, navigation, page_of_folder, pages

NAV = navigation()
HELPERS = re.compile(r'^\?\?\? info "[^"]*"\n((?:    .*\n|\n)+)', re.M)
LINKED_CHAPTER = re.compile(r"\]\(\.\./(?P<page>[\w-]+)/index\.md\)")
INCLUDED = re.compile(r'--8<-- "(?P<folder>\w+)/')

CHAPTERS = chapters()
CHAPTER_PAGES = [page for page in pages() if page.parent.name in CHAPTERS]


def test_the_navigation_and_the_map_are_read():
    assert NAV[:2] == ["images-as-matrices", "kernels-and-convolution"] and len(NAV) > 15, NAV
    assert len(CHAPTERS) > 10 and "errata" not in CHAPTERS, CHAPTERS


def test_the_map_lists_the_chapters_in_the_navigation_order():
    home = (DOCS / "index.md").read_text()
    table = home.split("## A map of the book")[1].split("\n## ")[0]
    rows = [line for line in table.splitlines() if line.startswith("| [")]
    assert len(rows) == len(MAP_ROW.findall(table)), f"a map row the pattern cannot read: {rows}"
    assert MAP_ROW.findall(table) == CHAPTERS


@pytest.mark.parametrize("page", CHAPTER_PAGES, ids=lambda page: str(page.relative_to(DOCS)))
def test_a_page_shows_no_code_from_a_later_chapter(page):
    here = CHAPTERS.index(page.parent.name)
    later = sorted({file for file, _ in includes(page) if page_of_folder(file.split("/")[0]) in CHAPTERS[here + 1 :]})
    assert not later, f"{page.parent.name} shows code from chapters after it: {later}"


@pytest.mark.parametrize("page", CHAPTER_PAGES, ids=lambda page: str(page.relative_to(DOCS)))
def test_the_helpers_box_names_the_chapters_whose_code_it_shows(page):
    boxes = [box for box in HELPERS.findall(page.read_text()) if INCLUDED.search(box)]
    for box in boxes[:1]:  # the page's first box with code is its helpers box
        shown = {page_of_folder(folder) for folder in INCLUDED.findall(box)} - {page.parent.name}
        named = set(LINKED_CHAPTER.findall(box))
        assert shown == named, f"shows code from {sorted(shown)}, names {sorted(named)}"

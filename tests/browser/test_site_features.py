"""Search (English and Korean), the language switcher, math, copy buttons and the colour toggle."""

import re

import pytest
from site_browser import assert_clean, screenshot, search

from book.layout import SITE_PATH, section_text


def pages_mentioning(site, word):
    """Folders (inside the site) of the built pages whose text, not navigation, contains word."""
    found = set()
    for html in site.rglob("*.html"):
        article = re.search(r"<article.*?</article>", html.read_text(), re.S)
        if article and word in re.sub(r"<[^>]+>", " ", article[0]).lower():
            found.add(html.relative_to(site).parent.as_posix())
    return found


@pytest.mark.parametrize("word", ["padding", "stride", "snippets"])
def test_search_finds_the_pages_that_mention_a_word(visit, context, built_site, word):
    expected = pages_mentioning(built_site, word)
    assert expected, f"no page mentions {word!r}"
    found = search(visit(""), word)[1]
    assert found & expected, f"search for {word!r} found {sorted(found)}, none of {sorted(expected)}"
    assert_clean(context)


@pytest.mark.parametrize("word", ["합성곱", "패딩", "스트라이드", "풀링"])
def test_korean_search_finds_korean_pages(visit, context, built_site, word):
    expected = {path for path in pages_mentioning(built_site, word) if path.split("/")[0] == "ko"}
    assert expected, f"no Korean page mentions {word!r}"
    found = search(visit("ko/"), word)[1]
    assert found & expected, f"search for {word!r} found {sorted(found)}, none of {sorted(expected)}"
    assert_clean(context)


def test_language_switcher_opens_the_same_page_in_the_other_language(visit, context):
    page = visit("ko/pooling/")
    assert page.locator("html").get_attribute("lang") == "ko"
    # Leaving a page while its search worker still loads lunr aborts that request: wait it out.
    page.wait_for_load_state("networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="en"]').click()
    page.wait_for_url(f"**{SITE_PATH}pooling/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator(".md-content h1").inner_text().removesuffix("¶") == "Pooling"  # ¶: the permalink
    page.wait_for_load_state("networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="ko"]').click()
    page.wait_for_url(f"**{SITE_PATH}ko/pooling/")
    assert page.locator(".md-content h1").inner_text().removesuffix("¶") == "풀링"
    assert_clean(context)


def test_math_renders_with_katex(visit, context):
    page = visit("calculator/")
    assert page.locator(".md-content .arithmatex .katex").count() >= 3
    assert page.locator(".katex-error").count() == 0
    assert_clean(context)


def copy_first_block(page) -> tuple[str, str]:
    """Click the copy button of the page's first visible code block (a page's helpers from earlier
    chapters come first, collapsed): (what it copied, what it shows)."""
    block = page.locator(".md-content pre").filter(visible=True).first
    block.hover()
    # Material 9.8 draws .md-code__button[data-md-type=copy]; earlier versions .md-clipboard
    block.locator(".md-code__button[data-md-type=copy], .md-clipboard").click()
    return page.evaluate("navigator.clipboard.readText()"), block.locator("code").inner_text()


def test_copy_button_copies_the_code(visit, context):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    copied, shown = copy_first_block(visit(""))
    assert copied.strip() == shown.strip() and "kernel" in copied
    assert_clean(context)


def test_copy_button_copies_a_snippet_with_its_outputs(visit, context):
    """What a reader pastes is the snippet's section, character for character: the `#>` outputs
    kept, no line numbers, no prompts."""
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    copied, _ = copy_first_block(visit("pooling/"))
    expected = section_text("pooling/max_and_average.py", "demo")
    assert "#>" in expected
    assert copied.strip() == expected.strip()
    assert_clean(context)


def test_colour_toggle_switches_to_dark_and_is_remembered(visit, context):
    def scheme(page):
        return page.evaluate("document.body.getAttribute('data-md-color-scheme')")

    page = visit("")
    assert scheme(page) == "default"
    screenshot(page, "home")
    page.get_by_title("Switch to dark mode").click()
    assert scheme(page) == "slate"
    chapter = visit("padding-and-stride/")
    assert scheme(chapter) == "slate"
    screenshot(chapter, "chapter-dark")
    chapter.get_by_title("Switch to light mode").click()
    assert scheme(chapter) == "default"
    assert_clean(context)

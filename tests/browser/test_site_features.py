"""Search (English and Korean), the language switcher, math, copy buttons and the colour toggle."""

import re
from pathlib import Path

import pytest
from site_browser import assert_clean, screenshot, search

from book.layout import FIGURES, SITE_PATH, section_text

pytestmark = pytest.mark.browser  # make check leaves it out


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


def result_texts(page) -> list[tuple[str, str]]:
    """(title, preview) of each search result as the reader sees them."""
    return page.locator(".md-search-result__item .md-search-result__article").evaluate_all(
        "articles => articles.map(a => [a.querySelector('h1, h2')?.innerText ?? '', a.innerText])"
    )


@pytest.mark.parametrize(
    ("language", "query", "chapter"),
    [("", "receptive field", "receptive-fields"), ("ko/", "수용 영역", "ko/receptive-fields")],
    ids=["en", "ko"],
)
def test_search_lists_the_chapter_first_with_clean_titles_and_previews(visit, context, language, query, chapter):
    """A chapter, not its notebook copy, is the first result; no notebook is listed, and no title or
    preview shows markup, a pilcrow, notebook prompts or TeX (hooks/search_index.py)."""
    page = visit(language)
    count, found = search(page, query)
    first = page.locator(".md-search-result__item a.md-search-result__link").first.get_attribute("href")
    assert chapter in first, f"first result for {query!r}: {first}"
    assert not [path for path in found if "notebooks/" in path], sorted(found)
    texts = result_texts(page)
    assert texts, "no result previews"
    leftovers = re.compile(r"¶|<\w|&[a-z]+;|In \[|Copied!|\\\(|\\frac|\\\[")
    assert not [text for pair in texts for text in pair if leftovers.search(text)], texts
    screenshot(page, f"search-{language.strip('/') or 'en'}")
    assert_clean(context)


@pytest.mark.parametrize("language", ["", "ko/"], ids=["en", "ko"])
def test_each_site_searches_its_own_language(visit, context, language):
    """ "CNN" is on every page of both sites: the English site lists English pages only, the Korean
    site Korean pages only."""
    count, found = search(visit(language), "CNN")
    assert count > 5 and found, f"{count} results"
    other = [path for path in found if (path.split("/")[0] == "ko") != (language == "ko/")]
    assert not other, f"results in the other language: {sorted(other)}"
    assert_clean(context)


def test_a_formula_is_searchable_as_plain_text(visit, context):
    """The index reads a formula as plain text (`(H + 2p_1 - ...)/(s_1)`), so a preview never shows TeX."""
    page = visit("")
    search(page, "OW")
    previews = " ".join(text for _, text in result_texts(page))
    assert "OW = (H + 2p_1" in previews, previews[:500]
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


@pytest.mark.parametrize("language", ["", "ko/"], ids=["en", "ko"])
def test_a_tapped_figure_opens_larger_on_a_phone(browser, origin, language):
    """On a phone a figure is shrunk to the screen, and its labels with it: a tap opens it in the
    lightbox (mkdocs-glightbox), the same image the page shows, wider than on the page."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{origin}{SITE_PATH}{language}modern-cnns/")
    figure = page.locator("article a.glightbox img").first
    figure.scroll_into_view_if_needed()
    inline_width, source = figure.evaluate("img => [img.getBoundingClientRect().width, img.currentSrc]")
    figure.tap()
    shown = page.locator(".glightbox-container .gslide.current .gslide-image img")
    shown.wait_for(state="visible")
    page.wait_for_function("img => img.complete && img.getBoundingClientRect().width > 0", arg=shown.element_handle())
    width, shown_source = shown.evaluate("img => [img.getBoundingClientRect().width, img.currentSrc]")
    assert shown_source == source
    assert width > inline_width, f"the lightbox shows the figure {width:.0f} px wide, the page {inline_width:.0f} px"
    screenshot(page, f"lightbox-phone-{language.strip('/') or 'en'}")
    page.locator(".gclose").tap()
    shown.wait_for(state="detached")
    context.close()


def pinch(page, centre: tuple[float, float], start: float, end: float, steps: int = 8) -> None:
    """Two fingers on either side of `centre`, moved from `start` to `end` px apart, as a phone sends them."""
    session = page.context.new_cdp_session(page)
    x, y = centre

    def fingers(apart):
        return [{"x": x - apart / 2, "y": y, "id": 0}, {"x": x + apart / 2, "y": y, "id": 1}]

    session.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": fingers(start)})
    for step in range(1, steps + 1):
        apart = start + (end - start) * step / steps
        session.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": fingers(apart)})
    session.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    session.detach()


def widest_figure() -> Path:
    """The English figure with the most pixels across: the one a phone shrinks most."""
    from PIL import Image

    def width(path):
        with Image.open(path) as image:
            return image.width

    return max((path for path in FIGURES.rglob("*.png") if not path.name.endswith(".ko.png")), key=width)


@pytest.mark.parametrize("language", ["", "ko/"], ids=["en", "ko"])
def test_a_pinch_in_the_lightbox_shows_the_widest_figure_as_drawn(browser, origin, language):
    """On a phone the widest figure shows at about a third of its size, its text with it. Opened in
    the lightbox and pinched, it reaches its drawn size, where no text is under 9 px (the harness
    refuses smaller: book/harness.py)."""
    figure_file = widest_figure()
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = context.new_page()
    page.goto(f"{origin}{SITE_PATH}{language}{figure_file.parent.name}/")
    name = figure_file.name.removesuffix(".png")
    figure = page.locator(
        f'article a.glightbox img[src$="/{name}.png"], article a.glightbox img[src$="/{name}.ko.png"]'
    )
    figure.scroll_into_view_if_needed()
    natural, inline = figure.evaluate("img => [img.naturalWidth, img.getBoundingClientRect().width]")
    assert inline < natural / 2, f"{name} shows {inline:.0f} of its {natural} px: not the case this test is for"
    figure.tap()
    shown = page.locator(".glightbox-container .gslide.current .gslide-image img")
    shown.wait_for(state="visible")
    page.wait_for_function("img => img.complete && img.getBoundingClientRect().width > 0", arg=shown.element_handle())
    opened = shown.evaluate("img => img.getBoundingClientRect().width")
    assert opened < natural, "opened, it already shows pixel for pixel: nothing for a pinch to do"
    box = shown.bounding_box()
    pinch(page, (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2), start=40, end=320)
    pinched = shown.evaluate("img => img.getBoundingClientRect().width")
    assert pinched >= natural, f"pinched, {name} is {pinched:.0f} px wide, drawn {natural} px"
    screenshot(page, f"lightbox-pinched-{language.strip('/') or 'en'}")
    context.close()


def test_a_clicked_figure_zooms_to_its_full_size(visit):
    """On a wide screen, a click opens the lightbox and a second click shows the figure pixel for
    pixel (its labels at the size they were drawn)."""
    page = visit("modern-cnns/")
    figure = page.locator("article a.glightbox img").first
    natural = figure.evaluate("img => img.naturalWidth")
    figure.click()
    shown = page.locator(".glightbox-container .gslide.current .gslide-image img")
    shown.wait_for(state="visible")
    shown.click()
    page.wait_for_function(
        "img => Math.abs(img.getBoundingClientRect().width - img.naturalWidth) < 1", arg=shown.element_handle()
    )
    assert shown.evaluate("img => img.naturalWidth") == natural

"""The five source posts have one name a newcomer cannot take for a random seed, and every mention
of one links to its row on the home page (hooks/source_posts.py)."""

import re

import pytest

from book.layout import SNIPPETS, pages
from hooks.source_posts import link_mentions

# "seed 002", "Seed000CNN", "seed posts": the old names, which read as random seeds.
OLD_NAME = re.compile(
    r"\b[Ss]eeds?[\s_-]?(?:00[0-4]|posts?\b)"  # seed 002 (across a line break too), Seed000CNN, seed posts
    # "the seed says": a post (a random seed "adds its spread", "moves", is "the seed of a run")
    r"|\b[Tt]he seeds?(?:'s)? (?:says|sets|shows|uses?|writes|computes|claims|calls|notation|ring|remarks?"
    r"|pipeline|recipe|DataLoader|model|text|transform)\b"
    r"|\bseed_(?:train|evaluate|model)\b"
)


@pytest.mark.parametrize(
    "path",
    [*pages(), *sorted(SNIPPETS.rglob("*.py"))],
    ids=lambda path: str(path.relative_to(path.parents[1])),
)
def test_a_source_post_is_never_called_a_seed(path):
    found = sorted({match[0] for match in OLD_NAME.finditer(path.read_text())})
    assert not found, f"{path.name}: {found}: a source post is 'post 00N' (원글 00N); 'seed' means a random seed"


def test_a_mention_in_the_text_links_to_the_post_on_the_home_page():
    html = "<p>Post 002 trains; as post 004 says, and 원글 001.</p>"
    assert link_mentions(html, "en", "../") == (
        '<p><a class="source-post" href="../#post-002">Post 002</a> trains; as '
        '<a class="source-post" href="../#post-004">post 004</a> says, and 원글 001.</p>'
    )
    assert link_mentions(html, "ko", "./").endswith('<a class="source-post" href="./#post-001">원글 001</a>.</p>')
    assert link_mentions("<p>posts\n000–004, 원글 002</p>", "en", "") == (
        '<p><a class="source-post" href="#source-posts">posts\n000–004</a>, 원글 002</p>'
    )
    assert link_mentions("<p>원글\n002와 원글 000–004</p>", "ko", "") == (
        '<p><a class="source-post" href="#post-002">원글\n002</a>와 '
        '<a class="source-post" href="#source-posts">원글 000–004</a></p>'
    )


@pytest.mark.parametrize(
    "html",
    [
        '<h2 id="post-002">Post 002, replicated</h2>',
        '<p><a href="#x">post 002\'s recipe</a></p>',
        "<pre><code># post 002's line</code></pre>",
        '<p><code>post 002</code> <q class="post" data-post="002">post 002</q></p>',
        "<details><summary>The images of post 001</summary><p>x</p></details>",
    ],
    ids=["heading", "link", "code", "inline code and quote", "a box's title"],
)
def test_headings_links_code_and_quotes_are_left_as_they_are(html):
    assert link_mentions(html, "en", "../") == html


def test_every_link_to_a_source_post_finds_its_row(built_site):
    """Each `source-post` link in either language's site points at an id on that site's home page
    (each home page read once)."""
    ids = {}  # home page -> the ids on it
    problems, linked = [], 0
    for html in built_site.rglob("index.html"):
        for href in re.findall(r'<a class="source-post" href="([^"]*)"', html.read_text()):
            path, anchor = href.split("#")
            home = (html.parent / path / "index.html").resolve()
            if home not in ids:
                ids[home] = set(re.findall(r'\bid="([^"]+)"', home.read_text())) if home.is_file() else set()
            linked += 1
            if anchor not in ids[home]:
                problems.append(f"{html.relative_to(built_site)}: {href}")
    assert not problems, "\n".join(problems)
    assert linked > 100, f"only {linked} links to source posts in the built site"

"""The site builds with zero warnings, every include and figure resolves, nothing is left unused."""

import re
from pathlib import Path

from book.layout import FIGURES, REPO, SNIPPETS, all_snippets, include_target, pages
from book.layout import includes as includes_of

FIGURE_REF = re.compile(r"[\w./-]*assets/figures/[\w./-]+\.(?:png|svg)")
EXTERNAL_RESOURCE = re.compile(
    r"<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc=\"(?:https?:)?//"
    r"|<link\b[^>]*\bhref=\"(?:https?:)?//[^\"]*\"[^>]*\brel=\"(?:stylesheet|preload|preconnect|icon)"
    r"|<link\b[^>]*\brel=\"(?:stylesheet|preload|preconnect|icon)\"[^>]*\bhref=\"(?:https?:)?//"
    r"|@import\s+url\((?:https?:)?//"
)


def includes() -> list[tuple[Path, str, str | None]]:
    return [(page, file, section) for page in pages() for file, section in includes_of(page)]


def test_strict_build_has_no_warnings(site_build):
    assert site_build.returncode == 0 and not site_build.warnings, site_build.log
    for language in ("", "ko/"):
        assert (site_build.site / language / "index.html").is_file(), f"no {language}index.html"


def test_built_site_requests_nothing_from_the_internet(built_site):
    offenders = [
        f"{path.relative_to(built_site)}: {match.group(0)}"
        for path in built_site.rglob("*")
        if path.suffix in {".html", ".css"}
        for match in EXTERNAL_RESOURCE.finditer(path.read_text(errors="replace"))
    ]
    assert not offenders, "\n".join(offenders)


def test_every_include_names_an_existing_file_and_section():
    problems = []
    for page, file, section in includes():
        target = include_target(file)
        if not target.is_file():
            problems.append(f"{page.relative_to(REPO)}: {file} does not exist")
        elif section and f"# --8<-- [start:{section}]" not in target.read_text():
            problems.append(f"{page.relative_to(REPO)}: {file} has no section {section!r}")
    assert not problems, "\n".join(problems)


def test_every_snippet_is_shown_on_some_page():
    included = {SNIPPETS / file for _, file, _ in includes()}
    unused = [str(p.relative_to(REPO)) for p in all_snippets() if p not in included]
    assert not unused, f"snippets no page includes: {unused}"


def test_every_referenced_figure_exists_and_none_is_orphaned():
    referenced = {
        (page.parent / ref).resolve(): page for page in pages() for ref in FIGURE_REF.findall(page.read_text())
    }
    missing = [f"{page.relative_to(REPO)} -> {path}" for path, page in referenced.items() if not path.exists()]
    korean_shown = {  # a Korean page linking `<name>-N.png` shows `<name>-N.ko.png` where there is one
        (page.parent / ref).resolve().with_suffix(".ko.png")
        for page in pages()
        if page.suffixes == [".ko", ".md"]
        for ref in FIGURE_REF.findall(page.read_text())
    }
    orphaned = [
        str(p.relative_to(REPO))
        for p in FIGURES.rglob("*.png")
        if p.resolve() not in referenced and p.resolve() not in korean_shown
    ]
    assert not missing, f"figures referenced but missing: {missing}"
    assert not orphaned, f"figures no page shows: {orphaned}"


def test_each_site_shows_the_figures_in_its_language(built_site):
    """The Korean site serves `<name>-N.ko.png` (the figure with its text in Korean, book/figure_text.py)
    where the page links `<name>-N.png`; the English site, and the Korean one where no variant exists,
    serve the English file. Checked on the images the built pages show."""
    problems, korean_shown = [], set()
    for html in built_site.rglob("index.html"):
        korean = html.relative_to(built_site).parts[0] == "ko"
        for source in re.findall(r'<img[^>]*\bsrc="([^"]*assets/figures/[^"]+\.png)"', html.read_text()):
            served = (html.parent / source).resolve()
            # .../assets/figures/<chapter>/<name>-N.png, under the site root or under ko/
            english = FIGURES.joinpath(*served.parts[-2:])
            variant = english.with_suffix(".ko.png")
            expected = variant if korean and variant.exists() else english
            if expected == variant:
                korean_shown.add(variant)
            if not served.is_file() or served.read_bytes() != expected.read_bytes():
                problems.append(f"{html.relative_to(built_site)}: {source} is not {expected.relative_to(REPO)}")
    assert not problems, "\n".join(problems)
    assert korean_shown == set(FIGURES.rglob("*.ko.png")), "not every Korean figure is shown"

"""Search that finds chapters, in the reader's language, with previews a reader can read.

- A chapter's notebook repeats the chapter's code: indexed, it outranked the chapter it copies
  (and previewed as "In [ ]: ... Copied!"). Notebook pages stay out of the index; each chapter
  links to its notebook.
- Math is typeset in the browser, so the index would preview its TeX source (`\\frac{H + 2p}{s}`).
  The index gets a plain-text reading of it instead (`(H + 2p)/s`), in an element only the indexer
  reads; the page shows KaTeX's rendering as before.
- mkdocs-static-i18n merges both languages into one index at the site's root, so a search on the
  Korean site returned English pages too. After the build the index is split: the root keeps the
  English pages, `ko/search/search_index.json` the Korean ones, and each Korean page's search
  looks there (Material's search reads the index under the page's `base`).
"""

from __future__ import annotations

import json
import re
from html import escape, unescape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from book.layout import language_home

INDEX = Path("search") / "search_index.json"
MATH = re.compile(r'<(span|div) class="arithmatex">(.*?)</\1>', re.S)
CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')
# TeX to the plain text a preview can show: the commands the book's formulas use; any other
# command loses its backslash (\log -> log).
TEX_WORDS = {
    r"\left": "",
    r"\right": "",
    r"\bigl": "",
    r"\bigr": "",
    r"\Bigl": "",
    r"\Bigr": "",
    r"\big": "",
    r"\Big": "",
    r"\,": " ",
    r"\;": " ",
    r"\!": "",
    r"\quad": " ",
    r"\qquad": " ",
    r"\cdot": "·",
    r"\times": "×",
    r"\le": "≤",
    r"\leq": "≤",
    r"\ge": "≥",
    r"\geq": "≥",
    r"\ne": "≠",
    r"\approx": "≈",
    r"\lfloor": "⌊",
    r"\rfloor": "⌋",
    r"\lceil": "⌈",
    r"\rceil": "⌉",
    r"\sum": "Σ",
    r"\sqrt": "√",
    r"\in": "∈",
    r"\to": "→",
    r"\leftarrow": "←",
    r"\rightarrow": "→",
    r"\infty": "∞",
    r"\mid": "|",
    r"\ldots": "…",
    r"\dots": "…",
    r"\partial": "∂",
    r"\top": "ᵀ",
    r"\ell": "ℓ",
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\epsilon": "ε",
    r"\eta": "η",
    r"\theta": "θ",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\sigma": "σ",
    r"\tau": "τ",
    r"\phi": "φ",
    r"\omega": "ω",
    r"\pi": "π",
    # a command that only styles its group: the group stays, the command goes
    r"\text": "",
    r"\mathrm": "",
    r"\mathcal": "",
    r"\mathbf": "",
    r"\boldsymbol": "",
    r"\operatorname": "",
    r"\bar": "",
    r"\tilde": "",
    r"\texttt": "",
    r"\underbrace": "",
    r"\overbrace": "",
}
COMMAND = re.compile(r"\\([a-zA-Z]+|[,;!])")
FRACTIONS = ("\\frac", "\\dfrac", "\\tfrac")


def braced(text: str, start: int) -> tuple[str, int]:
    """The group that opens at text[start] ("{...}", nested braces kept) and the index after it."""
    if start >= len(text) or text[start] != "{":
        return (text[start : start + 1], start + 1)  # \frac12: a one-character argument
    depth = 0
    for index in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[index], 0)
        if depth == 0:
            return text[start + 1 : index], index + 1
    return text[start + 1 :], len(text)


def plain_math(tex: str) -> str:
    """A readable one-line version of a formula's TeX, for search previews (not for display)."""
    text = tex.strip()
    for delimiter in (r"\(", r"\)", r"\[", r"\]", "$$"):
        text = text.replace(delimiter, "")
    text = re.sub(r"\\(?:begin|end)\{[^{}]*\}", " ", text)  # matrix environments: their cells stay
    text = text.replace("\\\\", "; ").replace("&", " ")  # a matrix's rows and columns
    text = re.sub(r"\\([_{}%#$])", r"\1", text)  # escaped characters: ceil\_mode is ceil_mode
    while (found := min((i for f in FRACTIONS if (i := text.find(f)) >= 0), default=-1)) >= 0:
        after = text.index("frac", found) + len("frac")
        numerator, after = braced(text, after)
        denominator, after = braced(text, after)
        text = f"{text[:found]}({numerator})/({denominator}){text[after:]}"
    # a hat over a symbol: the symbol, then the combining circumflex (\hat\mu is μ̂)
    text = re.sub(r"\\hat\s*(\\[a-zA-Z]+|\{[^{}]*\}|\w)", lambda m: m[1].strip("{}") + "\u0302", text)
    text = COMMAND.sub(lambda m: TEX_WORDS.get("\\" + m[1], m[1]), text)
    text = text.replace("{", "").replace("}", "")
    return " ".join(text.split())


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.src_uri.endswith(".ipynb"):
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        return html
    return MATH.sub(
        lambda m: (
            f'<{m[1]} class="arithmatex" data-search-exclude>{m[2]}</{m[1]}>'
            f'<span class="search-only" hidden>{escape(plain_math(unescape(m[2])))}</span>'
        ),
        html,
    )


_root = ""  # this build's home page URL: "" for the default language, "ko/" for Korean


# After mkdocs-static-i18n's own handlers (priority -100): it picks each language's files, and
# writes the merged index after building the other languages.
@event_priority(-110)
def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    global _root
    _root = language_home(files).removeprefix("./")
    return files


@event_priority(-110)
def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    """A translated page searches its own language's index, under its language's root."""
    if not _root:
        return output
    base = get_relative_url(_root, page.url).rstrip("/") or "."
    rewritten, found = CONFIG_BASE.subn(lambda m: m[1] + base + m[3], output, count=1)
    if not found:
        raise RuntimeError(f"{page.file.src_uri}: no Material config with a base to point at its language's index")
    return rewritten


@event_priority(-110)
def on_post_build(*, config: MkDocsConfig) -> None:
    """Split the merged index: each translation's entries under its own root."""
    i18n = config.plugins.get("i18n")
    if not i18n or i18n.building:
        return  # a language's own build: the merged index is written when the last one is done
    site = Path(config.site_dir)
    index = json.loads((site / INDEX).read_text())
    roots = tuple(f"{language.locale}/" for language in i18n.config.languages if not language.default)
    for root in roots:
        own = [
            {**entry, "location": entry["location"].removeprefix(root)}
            for entry in index["docs"]
            if entry["location"].startswith(root)
        ]
        (site / root / INDEX).parent.mkdir(parents=True, exist_ok=True)
        (site / root / INDEX).write_text(json.dumps({**index, "docs": own}, ensure_ascii=False, separators=(",", ":")))
    index["docs"] = [entry for entry in index["docs"] if not entry["location"].startswith(roots)]
    (site / INDEX).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")))

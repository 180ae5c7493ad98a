"""The search index the built site ships (hooks/search_index.py): chapters only, one language per
site, previews without markup or TeX."""

import json
import re

import pytest

from hooks.search_index import plain_math


@pytest.mark.parametrize(
    ("tex", "plain"),
    [
        (r"\(OW = \frac{H + 2p_1 - d_1(k_1 - 1) - 1}{s_1} + 1\)", "OW = (H + 2p_1 - d_1(k_1 - 1) - 1)/(s_1) + 1"),
        (r"\(\left\lfloor \frac{i + 2p - k}{s} \right\rfloor + 1\)", "⌊ (i + 2p - k)/(s) ⌋ + 1"),
        (r"\(k \times k \cdot c\)", "k × k · c"),
        (r"\[\sigma(x) = \frac{1}{1 + e^{-x}}\]", "σ(x) = (1)/(1 + e^-x)"),
        (r"\(\text{lr} \le 0.8\)", "lr ≤ 0.8"),
        (r"\(\frac{\partial \mathcal{L}}{\partial w} \leftarrow \log x\)", "(∂ L)/(∂ w) ← log x"),
        (r"\(\begin{bmatrix}1&0\\0&-1\end{bmatrix}\)", "1 0; 0 -1"),
        (r"\(\underbrace{y_{ij}}_{\texttt{nn.Conv2d}}\)", "y_ij_nn.Conv2d"),
        (r"\(\text{ceil\_mode}\)", "ceil_mode"),
        (r"\(\hat\mu \leftarrow 0.9\,\hat\mu\)", "μ\u0302 ← 0.9 μ\u0302"),
    ],
)
def test_a_formula_reads_as_plain_text(tex, plain):
    assert plain_math(tex) == plain


def index(site, root=""):
    return json.loads((site / root / "search" / "search_index.json").read_text())["docs"]


def test_each_language_has_its_own_index_of_chapters(built_site):
    english, korean = index(built_site), index(built_site, "ko")
    assert len(english) > 100 and len(korean) > 100
    for entries in (english, korean):
        assert not [e["location"] for e in entries if e["location"].startswith(("ko/", "notebooks/"))]
    hangul = re.compile(r"[가-힣]")
    # Korean titles in English are the errata's quotes of the posts' own words
    assert sum(bool(hangul.search(e["title"])) for e in english) < 0.1 * len(english)
    assert sum(bool(hangul.search(e["title"])) for e in korean) > 0.8 * len(korean)


def test_no_entry_shows_tex_or_a_pilcrow(built_site):
    # TeX commands (code's own backslashes, "\\n" and "\\t", are code and stay)
    leftovers = re.compile(r"\\(?:[(\[]|(?:frac|left|right|text|mathrm|hat|begin|end|underbrace|cdot|times)\b)|¶")
    found = [
        e["location"]
        for site in ("", "ko")
        for e in index(built_site, site)
        if leftovers.search(e["title"] + e["text"])
    ]
    assert not found, found

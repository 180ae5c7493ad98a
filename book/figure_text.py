"""The Korean variant of a figure: the same drawing, its English text replaced from a dictionary.

A page's code draws its figures with English text, and the Korean page shows the same code. When the
harness records a figure that shows English words, it also draws it again with each text translated by
FIGURE_TEXT (book/words_ko.py) and set in NanumGothic (the font koreanize-matplotlib ships, pinned by uv.lock, so the
pixels are the same on every machine), and saves it beside the English one as `<name>-N.ko.png`.
mkdocs-static-i18n serves that file to the Korean site in place of `<name>-N.png`, so both pages link
the same path. A figure text with English words and no entry there fails the page's run, naming it.
"""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path

from book.layout import KOREAN
from book.words import interface_words

# Two Latin letters in a row: a word. Single letters stay (the x of 3x3, the e of 1e-3, axis names).
ENGLISH = re.compile(r"[A-Za-z]{2,}")

# Texts with English words that stay as they are on the Korean figure: names the code uses.
KEPT = [
    r"RGB",
    r"(one|two)_image_\d+",  # CNN models: the names of post 001's hand-made images
    r"Conv2d|MaxPool2d|Flatten|Linear",  # CNN models: LeNet-5's layers, by class name
    r"VGG|NiN|ResNet|ConvNeXt",  # Modern and Efficient CNNs: the architectures' names
    r"\$\\mathdefault\{.*\}\$",  # a log axis's tick labels (10^-3): mathtext, no words
]

FONT_FAMILY = "NanumGothic"
KOREAN_LINE_SPACING = 1.5  # matplotlib's default is 1.2


def translate(text: str) -> str | None:
    """The Korean for a figure text, or None when the dictionary has no entry for it."""
    if not ENGLISH.search(text) or any(re.fullmatch(kept, text) for kept in KEPT):
        return text
    for english, korean in interface_words(KOREAN, "FIGURE_TEXT").items():
        if match := re.fullmatch(english, text, flags=re.S):
            parts = [translate(group) for group in match.groups()]
            return None if None in parts else korean.format(*parts)
    return None


def korean_font() -> Path:
    """NanumGothic from the koreanize-matplotlib package, found without importing it (its import
    would switch every figure's font)."""
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "the Korean figures need the NanumGothic font of the koreanize-matplotlib package: "
            "`uv sync` installs it (it is in the test group of pyproject.toml)"
        )
    return Path(spec.submodule_search_locations[0]) / "fonts" / "NanumGothic.ttf"


class UntranslatedFigureText(AssertionError):
    pass


def korean_variant(figure, dpi: int) -> bytes | None:
    """Draw `figure` again with its English text in Korean; None when it shows nothing to translate.
    Call after the English version is saved: the figure is changed in place."""
    from matplotlib import font_manager
    from matplotlib.text import Text

    figure.canvas.draw()  # tick labels get their text when the figure is drawn
    texts = [
        text
        for text in figure.findobj(Text)
        if text.get_visible() and translate(text.get_text()) != text.get_text()  # None: no entry
    ]
    if not texts:
        return None  # no English, or only names the code uses: one figure serves both sites
    missing = sorted({text.get_text() for text in texts if translate(text.get_text()) is None})
    if missing:
        raise UntranslatedFigureText(
            "figure text with no Korean in book/words_ko.py (FIGURE_TEXT): " + ", ".join(map(repr, missing))
        )
    if FONT_FAMILY not in {entry.name for entry in font_manager.fontManager.ttflist}:
        font_manager.fontManager.addfont(str(korean_font()))
    for axes in figure.get_axes():
        for axis in (axes.xaxis, axes.yaxis):
            # named ticks (class names) are written again by their formatter at every draw
            if any(text in texts for text in axis.get_ticklabels()):
                english_labels = axis.get_major_formatter().format_ticks
                axis.get_major_formatter().format_ticks = lambda values, english_labels=english_labels: [
                    translate(label) for label in english_labels(values)
                ]
    for text in texts:
        text.set_text(translate(text.get_text()))
        # DejaVu Sans, matplotlib's default, draws what NanumGothic lacks (the minus sign, arrows)
        text.set_fontfamily([FONT_FAMILY, "DejaVu Sans"])
        if "\n" in text.get_text():
            # Hangul stands taller than the Latin letters matplotlib's 1.2 was made for: at 1.2 the
            # two lines of a label touch. Multi-line texts only: spacing also enlarges a one-line
            # text's box, and would shift it.
            text.set_linespacing(KOREAN_LINE_SPACING)
    png = io.BytesIO()
    figure.savefig(png, format="png", dpi=dpi, metadata={"Software": None})
    return png.getvalue()

"""The Korean pages as a Korean reader sees them: Hangul in real glyphs, and the widgets' messages
in Korean."""

import re

import pytest
from site_browser import assert_clean, calculator_shows, screenshot, search

pytestmark = pytest.mark.browser  # make check leaves it out


def test_korean_text_renders_with_korean_glyphs(visit, context):
    """Without a Korean font Chromium draws every Hangul syllable as the same missing-glyph box
    (the screenshots show boxes): draw two syllables in the Korean page's own font and compare."""
    page = visit("ko/")
    drawn = page.evaluate("""() => {
      const style = getComputedStyle(document.querySelector(".md-typeset p"));
      const pixels = (text) => {
        const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 64 });
        const pen = canvas.getContext("2d");
        pen.font = `32px ${style.fontFamily}`;
        pen.fillText(text, 8, 44);
        return Array.from(pen.getImageData(0, 0, 64, 64).data).join();
      };
      return { family: style.fontFamily, blank: pixels("가") === pixels(" "), same: pixels("가") === pixels("힣") };
    }""")
    assert not (drawn["blank"] or drawn["same"]), (
        "Hangul is drawn as missing-glyph boxes: install a Korean font (apt-get install fonts-noto-cjk)"
    )
    assert drawn["family"].startswith('"Apple SD Gothic Neo", "Malgun Gothic"'), drawn["family"]
    screenshot(page, "home-ko", full_page=False)
    assert_clean(context)


# Words of the English messages; none may reach a Korean reader.
ENGLISH_MESSAGE_WORD = re.compile(r"\b(?:must|got|empty|enter|spans|only|needs|means|drops|the|is|at)\b")


def test_the_widgets_speak_the_pages_language(visit, context):
    """The calculator and the stepper on the Korean pages explain refusals and notes in Korean,
    from a catalogue with the same entries as the English one."""
    page = visit("ko/calculator/")
    catalogues = page.evaluate("[Object.keys(OutputSize.MESSAGES.en), Object.keys(OutputSize.MESSAGES.ko)]")
    assert catalogues[0] == catalogues[1]
    assert calculator_shows(page) == (28, None)
    bad = {"stride": ["0", "1.5", "", "two"], "size": [""], "kernel": ["40"], "padding": ["full"]}
    for name, values in bad.items():
        for text in values:
            page.fill(f"[name={name}]", text)
            size, message = calculator_shows(page)
            assert size is None and re.search("[가-힣]", message), f"{name}={text!r}: {message!r}"
            assert not ENGLISH_MESSAGE_WORD.search(message), message
            page.fill(f"[name={name}]", {"stride": "1", "size": "28", "kernel": "3", "padding": "1"}[name])
    page.fill("[name=kernel]", "40")
    assert calculator_shows(page)[1] == "커널은 40픽셀에 걸치는데, 패딩한 입력은 28 + 2·1 = 30픽셀뿐입니다."
    page.fill("[name=kernel]", "3")
    page.fill("[name=stride]", "")
    assert calculator_shows(page)[1] == "스트라이드 칸이 비어 있습니다. 정수를 넣으세요."
    page.fill("[name=stride]", "1")
    page.fill("[name=padding]", "valid")
    assert page.locator(".calc-note").inner_text() == "padding='valid'는 패딩을 넣지 않는다는 뜻입니다"
    page.select_option("[name=layer]", "pool")
    page.fill("[name=padding]", "0")
    assert page.locator(".calc-note").inner_text() == (
        "nn.MaxPool2d(3, stride=1)의 결과입니다. 스트라이드를 주지 않은 nn.MaxPool2d(3)에서는 스트라이드가 커널 크기와 같은 3입니다"
    )
    page.select_option("[name=layer]", "conv")
    page.fill("[name=padding]", "valid")
    screenshot(page, "calculator-ko-note", full_page=True)

    page = visit("ko/convolution-stepper/")
    widget = page.locator("#stepper-widget")
    assert widget.locator(".stepper-sum").inner_text() == "다음을 누르면 커널이 첫 번째 윈도우에 놓입니다."
    for padding, stride, expected in [
        ("4", "1", "이 도구는 패딩을 3까지만 그립니다. 입력값: 4."),
        ("", "1", "패딩 칸이 비어 있습니다. 정수를 넣으세요."),
        ("0", "0", "스트라이드에는 1 이상을 넣어야 합니다. 입력값: 0."),
    ]:
        page.fill(".stepper-padding", padding)
        page.fill(".stepper-stride", stride)
        assert widget.locator(".stepper-error").inner_text() == expected
    assert_clean(context)


# What a learner types (a word with its particle) and the word itself.
LEARNER_QUERIES = [
    ("합성곱", "합성곱이란"),
    ("합성곱", "합성곱을"),
    ("합성곱", "합성곱의"),
    ("패딩", "패딩이란"),
    ("패딩", "패딩을"),
    ("커널", "커널의"),
    ("커널", "커널을"),
    ("스트라이드", "스트라이드가"),
    ("스트라이드", "스트라이드를"),
    ("풀링", "풀링은"),
    ("풀링", "풀링이란"),
    ("채널", "채널을"),
    ("채널", "채널이"),
    ("텐서", "텐서를"),
    ("텐서", "텐서의"),
    ("정확도", "정확도가"),
    ("이미지", "이미지를"),
    ("이미지", "이미지에서"),
    ("가중치", "가중치를"),
    ("특징", "특징을"),
    ("배치", "배치를"),
    ("손실", "손실이"),
    ("학습", "학습이란"),
    ("드롭아웃", "드롭아웃은"),
    ("옵티마이저", "옵티마이저로"),
    ("수용 영역", "수용 영역이란"),
]


def test_korean_search_understands_particles(visit, context):
    """A query with a particle attached finds what the bare word finds: the search index and the
    query split a Korean particle off the end of a word (mkdocs.yml, search separator)."""
    page = visit("ko/")
    short = []
    for word, typed in LEARNER_QUERIES:
        (bare_count, bare_pages), (typed_count, typed_pages) = search(page, word), search(page, typed)
        assert bare_count, f"{word!r} finds nothing"
        if typed_count < 0.9 * bare_count or len(typed_pages & bare_pages) < 0.9 * len(bare_pages):
            short.append(f"{typed!r}: {typed_count} documents, {word!r}: {bare_count}")
    assert not short, "particle forms that miss what the bare word finds:\n" + "\n".join(short)
    assert_clean(context)

"""The Korean variant of a figure: the same drawing, its English text replaced from a dictionary.

A page's code draws its figures with English text, and the Korean page shows the same code. When the
harness records a figure that shows English words, it also draws it again with each text translated by
KOREAN below and set in NanumGothic (the font koreanize-matplotlib ships, pinned by uv.lock, so the
pixels are the same on every machine), and saves it beside the English one as `<name>-N.ko.png`.
mkdocs-static-i18n serves that file to the Korean site in place of `<name>-N.png`, so both pages link
the same path. A figure text with English words and no entry here fails the page's run, naming it.
"""

from __future__ import annotations

import importlib.util
import io
import re
from pathlib import Path

# Two Latin letters in a row: a word. Single letters stay (the x of 3x3, the e of 1e-3, axis names).
ENGLISH = re.compile(r"[A-Za-z]{2,}")

# English text -> Korean, tried in order. A key matches the whole text; each group it captures is
# translated in turn (a class name inside a title) and takes the place of {0}, {1}, ... in the value.
# The words are the ones the Korean pages and their glossary use.
KOREAN: dict[str, str] = {
    # Fashion-MNIST's classes, as the Korean pages name them
    r"T-shirt/top": "티셔츠/탑",
    r"Trouser": "바지",
    r"Pullover": "풀오버",
    r"Dress": "드레스",
    r"Coat": "코트",
    r"Sandal": "샌들",
    r"Shirt": "셔츠",
    r"Sneaker": "스니커즈",
    r"Bag": "가방",
    r"Ankle boot": "앵클 부츠",
    r"(.+) \((\d+ x \d+)\)": "{0} ({1})",
    # images as matrices, channels
    r"the red square, pixel by pixel": "빨간 사각형 안의 픽셀 값",
    r"red": "빨강",
    r"green": "초록",
    r"blue": "파랑",
    r"(\w+) channel": "{0} 채널",
    r"input \(RGB\)": "입력 (RGB)",
    r"input": "입력",
    r"input: (\d+x\d+)": "입력: {0}",
    r"input channel (\d+)": "입력 채널 {0}",
    r"output (\d+)": "출력 채널 {0}",
    r"conv\.weight, shape (.+)": "conv.weight, 모양 {0}",
    r"sum = output \(scale (.+)\)": "합 = 출력 (범위 {0})",
    r"(\w+) \* its slice \((.+)\)": "{0} × 해당 조각 ({1})",
    # kernels and convolution
    r"original": "원본",
    r"box blur": "박스 블러",
    r"Gaussian blur": "가우시안 블러",
    r"sharpen": "샤프닝",
    r"emboss": "엠보스",
    r"outline": "윤곽선",
    r"Sobel ([xy])": "소벨 {0}",
    r"Sobel magnitude": "소벨 기울기 크기",
    r"image, window at column (\d+)": "이미지 (윈도우: {0}열)",
    r"feature map": "특징 맵",
    # padding, stride and dilation
    r"padding": "패딩",
    r"inserted zero": "끼워 넣은 0",
    r"kernel window": "커널 윈도우",
    r"its output cell": "해당 출력 칸",
    r"never read": "읽히지 않음",
    r"output\[(\d+), (\d+)\]": "출력[{0}, {1}]",
    r"i = (\d+), k = (\d+): the window fits in (\d+) places per axis": (
        "i = {0}, k = {1}: 윈도우가 축마다 {2}곳에 놓입니다"
    ),
    r"i = (\d+), k = (\d+), p = (\d+): the output keeps the size (\d+)": (
        "i = {0}, k = {1}, p = {2}: 출력 크기가 {3} 그대로입니다"
    ),
    r"i = (\d+), k = (\d+), padding='same': (\d+) pixels? before, (\d+) after": (
        "i = {0}, k = {1}, padding='same': 앞에 {2}픽셀, 뒤에 {3}픽셀"
    ),
    r"i = (\d+), k = (\d+), s = (\d+): the last row and column are never read": (
        "i = {0}, k = {1}, s = {2}: 마지막 행과 열은 읽히지 않습니다"
    ),
    r"i = (\d+), k = (\d+), d = (\d+): (\d+) taps spread over a (\d+x\d+) area": (
        "i = {0}, k = {1}, d = {2}: 탭 {3}개가 {4} 영역에 퍼집니다"
    ),
    r"ConvTranspose2d\(k=(\d+), s=(\d+)\) on (\d+x\d+) = convolution on the spread input": (
        "{2} 입력의 ConvTranspose2d(k={0}, s={1}) = 펼친 입력 위의 합성곱"
    ),
    # pooling
    r"(\d+x\d+) max-pool": "{0} 최대 풀링",
    r"max-pool (\d+x\d+): (\d+x\d+)": "최대 풀링 {0}: {1}",
    r"avg-pool (\d+x\d+): (\d+x\d+)": "평균 풀링 {0}: {1}",
    r"no pooling": "풀링 없음",
    r"Fashion-MNIST, (\d+) test images": "Fashion-MNIST 테스트 이미지 {0}장",
    r"shift to the right \(pixels\)": "오른쪽으로 옮긴 거리 (픽셀)",
    r"values unchanged": "그대로인 값의 비율",
    # receptive fields
    r"(\d+) x conv 3x3: (\d+x\d+)": "3x3 합성곱 {0}개: {1}",
    r"input pixels that reach one output pixel \(brighter: more paths\)": (
        "출력 픽셀 하나에 닿는 입력 픽셀 (밝을수록 경로가 많음)"
    ),
    # training and evaluation
    r"predicted class": "예측한 클래스",
    r"true class": "실제 클래스",
    r"fraction of the true class": "실제 클래스 가운데 비율",
    r"(.+)\nas (.+)": "{0}\n예측: {1}",
    r"test loss": "테스트 손실",
    r"test accuracy \(%\)": "테스트 정확도 (%)",
    r"this run": "이 실행",
    r"the post": "원글",
    # training fast
    r"training step \(batch of (\d+)\)": "학습 단계 (배치 {0})",
    r"learning rate": "학습률",
    # feature maps
    r"initial": "학습 전",
    r"trained": "학습 후",
    r"map (\d+)": "맵 {0}",
    r"vertical edges": "세로 에지",
    r"horizontal edges": "가로 에지",
    # generalisation
    r"training \((\S+) images\)": "학습 ({0}장)",
    r"validation \((\S+) images\)": "검증 ({0}장)",
    r"lowest validation loss": "가장 낮은 검증 손실",
    r"epoch": "에폭",
    r"loss": "손실",
    r"validation accuracy \(%\)": "검증 정확도 (%)",
    r"fully connected": "완전 연결 신경망",
    r"CNN": "CNN",
    r"CNN, random shifts": "CNN, 무작위 이동",
    r"random affine": "무작위 아핀 변환",
    # modern CNNs
    r"convolution layer \(1 = next to the input\)": "합성곱 층 (1 = 입력 쪽)",
    r"gradient norm": "기울기 노름",
    r"plain": "일반 신경망",
    r"residual": "잔차 신경망",
    r"plain, batch-norm": "일반 신경망, 배치 정규화",
    r"residual, batch-norm": "잔차 신경망, 배치 정규화",
    r"image": "이미지",
    r"saliency": "돌출 맵",
    r"Grad-CAM": "Grad-CAM",
    r"(saliency|Grad-CAM),\nrandom weights": "{0},\n무작위 가중치",
    r"square": "사각형",
    r"disc": "원",
    r"cross": "십자",
    r"red (\w+)": "빨간 {0}",
    r"green (\w+)": "초록 {0}",
    r"blue (\w+)": "파란 {0}",
    # the networks trained side by side (bench/modern_cnns_trained.py, book/bench_figures.py)
    r"plain CNN \(Generalisation\)": "일반 CNN (일반화 장)",
    r"(VGG|NiN|ResNet)-style": "{0} 방식",
    r"deep plain, (\d+) convolutions": "깊은 일반 신경망, 합성곱 {0}개",
    r"deep residual, (\d+) convolutions": "깊은 잔차 신경망, 합성곱 {0}개",
    r"parameters \(log scale\)": "파라미터 수 (로그 눈금)",
    r"training seconds \(median\)": "학습 시간 (초, 중앙값)",
    r"accuracy against size": "파라미터 수에 따른 정확도",
    r"accuracy against training time": "학습 시간에 따른 정확도",
}

# Texts with English words that stay as they are on the Korean figure: names the code uses.
KEPT = [
    r"RGB",
    r"(one|two)_image_\d+",  # CNN models: the names of post 001's hand-made images
    r"Conv2d|MaxPool2d|Flatten|Linear",  # CNN models: LeNet-5's layers, by class name
    r"VGG|NiN|ResNet",  # Modern CNNs: the architectures' names
    r"\$\\mathdefault\{.*\}\$",  # a log axis's tick labels (10^-3): mathtext, no words
]

FONT_FAMILY = "NanumGothic"
KOREAN_LINE_SPACING = 1.5  # matplotlib's default is 1.2


def translate(text: str) -> str | None:
    """The Korean for a figure text, or None when the dictionary has no entry for it."""
    if not ENGLISH.search(text) or any(re.fullmatch(kept, text) for kept in KEPT):
        return text
    for english, korean in KOREAN.items():
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
            "figure text with no Korean in book/figure_text.py (KOREAN): " + ", ".join(map(repr, missing))
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

"""The Korean edition's words: one term per idea, and the variants it must not use.

A reader who meets 데이터 세트 on one page and 데이터셋 on the next wonders whether they are two
things; a word the book uses for two ideas (검증 for both validation and the book's own checks)
is worse. Each entry names the idea, the one term the Korean pages use for it, and the variants
that are banned, as regular expressions over Korean reader text: the pages as the site shows them
(code, math and the source posts' quoted words aside), the figures' Korean text, the tables' and
the widgets' words. tests/test_terminology.py fails on a banned variant anywhere.

The glossary (docs/glossary/index.ko.md) explains the terms; this list only keeps them single.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Term:
    idea: str  # in English, what the word means here
    korean: str  # the one term the Korean pages use
    banned: tuple[str, ...]  # regular expressions: variants, and the term used for another idea
    why: str = ""

    def variants_in(self, text: str) -> list[str]:
        return [match[0] for pattern in self.banned for match in re.finditer(pattern, text)]


# 검증 is validation; what follows it on a page when it means validation.
VALIDATION_NOUNS = r"(?:\(\{?\d|세트|손실|정확도|이미지|데이터|용|점수|\*손실|\*정확도|곡선|결과|샘플|분할)"

TERMS = (
    Term(
        "validation (held-out data for choosing)",
        "검증",
        (r"검증(?!\s*" + VALIDATION_NOUNS + r")",),
        "검증 is only ever validation; the book's own checks are 검사 or 확인",
    ),
    Term("validation set", "검증 세트", (r"검증 분할",)),
    # "noise" is the verdict of the book's rule (노이즈); the study that reruns the pages is another idea
    Term("the rerun study", "재실행 측정", (r"노이즈 측정",)),
    Term("the book's checks, verifying", "검사, 확인", (r"검증(?:된 판|하는 방법|합니다|한 머신|기록)",)),
    Term(
        "compute kernel (a library's routine)",
        "연산 커널",
        (r"(?<!연산 )커널을 고정", r"고정한 커널", r"(?<!연산 )다른 커널로", r"(?<!연산 )같은 커널\("),
        "커널 alone is the convolution's kernel in a CNN book",
    ),
    Term("dataset", "데이터셋", (r"데이터 ?세트",)),
    Term("torchvision (the library)", "torchvision", (r"토치비전",)),
    Term("spread (of results over seeds)", "편차, 표준편차", (r"흩어짐",)),
    Term("what something is worth", "효과, 가치", (r"값어치",)),
    Term("trade-off", "절충", (r"맞바꿈",)),
    Term("a statement of code", "문", (r"(?:코드의?|파이썬의?) 문장", r"문장 하나로 고릅", r"문장마다 출력")),
    Term(
        "sample (one image and its label)",
        "샘플",
        (
            r"(?:학습|훈련|테스트|새롭고도 올바른) 예제",
            r"예제 \d+개",
            r"예제 묶음",
            r"예제 \*\*배치",
            r"예제별로",
            r"(?:첫 번째|두) 예제",
        ),
    ),
    Term("edge (in an image)", "에지", (r"경계와 질감", r"부츠의 경계", r"엣지(?!\))")),
    Term(
        "convolution",
        "합성곱",
        (r"컨볼루션(?![)\"”’])",),
        "the posts' 컨볼루션 is named once, at first use, and in the glossary",
    ),
    Term("laptop", "랩톱", (r"노트북 컴퓨터", r"Apple 노트북")),
    Term("no (in a table)", "아니요", (r"아니오",)),
    Term("the chapter Training fast", "빠르게 학습하기", (r"빠른 학습 장",)),
    Term("falls behind (by points)", "뒤처지다", (r"포인트 뒤집",)),
)

"""The benchmark tables the pages show (CNN models, Modern CNNs, Generalisation, Training fast), rendered from bench/results/<name>.json:
<name>.md for the English page and <name>.ko.md for the Korean one, the same numbers in both.

The Korean words live in KOREAN, one entry per column, row label and note a benchmark writes; a
benchmark that writes a new one fails to render until the entry is added, so no English reaches
the Korean page. No torch here: the tests render the tables to compare them with the committed ones.
"""

from __future__ import annotations

import json
import re

from book.layout import BENCH_RESULTS

# The benchmarks whose tables a page includes (reproducible_cpu.py renders its own proof table).
TABLES = (
    "throughput",
    "compile_speed",
    "time_to_accuracy",
    "accuracy_in_a_minute",
    "generalisation",
    "modern_cnns",
    "training_fast_ablations",
    "batchnorm_seeds",
)

KOREAN = {
    # columns
    "pipeline": "파이프라인",
    "images per second": "초당 이미지 수",
    "vs seed pipeline": "원글 파이프라인 대비",
    "training step": "학습 단계",
    "first 3 steps (s)": "처음 3단계 (초)",
    "vs eager float32": "즉시 실행 float32 대비",
    "recipe": "레시피",
    "seconds": "초",
    "epochs": "에폭",
    "accuracy": "정확도 (%)",
    "faster than post 002": "원글 002 대비 속도",
    "schedule": "스케줄",
    "epochs run": "실행한 에폭",
    "test accuracy": "테스트 정확도 (%)",
    "reached 93%": "93% 도달",
    "True": "예",
    "False": "아니요",
    # rows
    "seed: DataLoader + ToTensor + Normalize, batch 64": "원글: DataLoader + ToTensor + Normalize, 배치 64",
    "in memory, batch 64": "메모리에 올린 텐서, 배치 64",
    "in memory, batch 64, bf16 autocast": "메모리에 올린 텐서, 배치 64, bf16 autocast",
    "in memory, batch 256": "메모리에 올린 텐서, 배치 256",
    "in memory, batch 1024": "메모리에 올린 텐서, 배치 1024",
    "in memory, batch 256, torch.compile": "메모리에 올린 텐서, 배치 256, torch.compile",
    "eager, float32": "즉시 실행(eager), float32",
    "compiled, float32": "컴파일, float32",
    "eager, bf16 + channels_last": "즉시 실행(eager), bf16 + channels_last",
    "compiled, bf16 + channels_last": "컴파일, bf16 + channels_last",
    "in memory, batch 256, channels_last": "메모리에 올린 텐서, 배치 256, channels_last",
    "in memory, batch 256, bf16 autocast": "메모리에 올린 텐서, 배치 256, bf16 autocast",
    "in memory, batch 256, bf16 + channels_last": "메모리에 올린 텐서, 배치 256, bf16 + channels_last",
    "in memory, batch 512, bf16 + channels_last": "메모리에 올린 텐서, 배치 512, bf16 + channels_last",
    "in memory, batch 256, torch.compile max-autotune-no-cudagraphs": "메모리에 올린 텐서, 배치 256, "
    "torch.compile `max-autotune-no-cudagraphs`",
    "in memory, batch 512, bf16 + channels_last, torch.compile": "메모리에 올린 텐서, 배치 512, "
    "bf16 + channels_last, torch.compile",
    "post 002": "원글 002",
    "fast, 1-epoch schedule, batch 128, learning rate 0.1": "빠른 레시피, 1 에폭 스케줄, 배치 128, 학습률 0.1",
    # columns of time_to_accuracy and accuracy_in_a_minute
    "seeds that reached the target": "목표에 이른 시드",
    "median seconds to the target": "목표까지의 시간 중앙값 (초)",
    "epochs to the target": "목표까지의 에폭",
    "seeds": "시드 수",
    "training seconds": "학습 시간 (초)",
    "validation accuracy": "검증 정확도 (%)",
    "lowest test accuracy": "가장 낮은 테스트 정확도 (%)",
    "slowest run (s)": "가장 느린 실행 (초)",
    # columns and rows of generalisation
    "setting": "설정",
    "lowest": "최저 (%)",
    "highest": "최고 (%)",
    "no regularisation": "규제 없음",
    "early stopping": "조기 종료",
    "random shifts": "무작위 이동",
    "random affine": "무작위 아핀 변환",
    "weight decay 0.5": "가중치 감쇠 0.5",
    "dropout 0.5": "드롭아웃 0.5",
    "vs no regularisation, same seed (95% CI)": "같은 시드의 규제 없음 대비 (%p, 95% 신뢰구간)",
    # columns and rows of modern_cnns
    "network": "신경망",
    "parameters": "파라미터 수",
    "plain CNN (Generalisation)": "일반 CNN (일반화 장)",
    "VGG-style": "VGG 방식",
    "NiN-style": "NiN 방식",
    "ResNet-style": "ResNet 방식",
    "deep plain, 31 convolutions": "깊은 일반 신경망, 합성곱 31개",
    "deep residual, 31 convolutions": "깊은 잔차 신경망, 합성곱 31개",
    # columns and rows of training_fast_ablations
    "vs the recipe, same seed (95% CI)": "같은 시드의 전체 레시피 대비 (%p, 95% 신뢰구간)",
    "confidence − accuracy": "확신도 − 정확도 (%p)",
    "—": "—",
    "the whole recipe": "전체 레시피",
    "without the test-time flip": "테스트 시 뒤집기 없이",
    "one cycle, momentum held at 0.9": "원 사이클, 모멘텀 0.9 고정",
    "without batch-norm": "배치 정규화 없이",
    "with label smoothing 0.1": "레이블 스무딩 0.1",
    "without flips, evaluated plainly": "뒤집기 증강 없이, 테스트 시 뒤집기 없이 평가",
    "The fast recipe of Training fast trained for 2 epochs (batch 256, peak learning rate 0.2 "
    "unless the row says otherwise) on the 55,000 training images of the seeded split, with seeds 0 "
    "to 4 (initial weights, batch order and flips); validation accuracy on the 5,000 held-out "
    "images as mean ± standard deviation over the seeds, the lowest and highest seed, and the "
    "mean difference from the whole recipe with the same seed, in points, with its 95% confidence "
    "interval; confidence − accuracy is the mean over the seeds of the model's average largest "
    "softmax probability minus its accuracy, in points, evaluated without the flip (above 0: "
    "overconfident).": "빠르게 "
    "학습하기 장의 빠른 레시피를 시드를 고정한 분할의 학습 이미지 55,000장으로 2 에폭씩(행에 따로 적지 "
    "않았다면 배치 256, 최고 학습률 0.2), 시드 0부터 4까지(초기 가중치, 배치 순서, 뒤집기) 바꿔 가며 "
    "학습했습니다. 정확도는 떼어 둔 5,000장의 검증 정확도이며, 시드에 걸친 평균 ± 표준편차, 가장 낮은 "
    "시드와 가장 높은 시드의 값, 같은 시드의 전체 레시피와의 차이의 평균(%p)과 그 95% 신뢰구간입니다. "
    "확신도 − 정확도는 뒤집기 없이 평가한 모델의 가장 큰 소프트맥스 확률의 평균에서 정확도를 뺀 값(%p)을 "
    "시드에 걸쳐 평균한 것입니다(0보다 크면 지나치게 확신함).",
    # notes
    "Post 002's model and optimiser, 300 training steps at batch 64 (as many images at larger "
    "batches), median of 5 interleaved rounds. With channels_last, the last convolution hands on a "
    "contiguous copy for the model's `view()`.": "원글 002의 모델과 옵티마이저로 배치 64에서 "
    "300단계(더 큰 배치에서는 같은 수의 이미지)를 학습하며, 번갈아 실행한 5회의 중앙값입니다. "
    "channels_last에서는 모델의 `view()`를 위해 마지막 합성곱이 연속 메모리 복사본을 넘깁니다.",
    "The fast recipe's model, batch 256, 120 timed steps after 3 warm-up steps, which include "
    "compiling from an empty cache.": "빠른 레시피의 모델, 배치 256. 워밍업 3단계(빈 캐시에서 컴파일하는 시간 포함) 뒤 120단계를 "
    "쟀습니다.",
    "Target 89.65% validation accuracy, checked after each epoch; training time only, the clock "
    "stops while the validation images are scored. 5,000 training images held out for validation, "
    "the models trained on the other 55,000; the test set scored once per model, after its last "
    "epoch, and reported as mean ± standard deviation over the seeds.": "목표는 검증 정확도 89.65%이며 "
    "에폭마다 확인합니다. 학습 시간만 재며, 검증 이미지를 평가하는 동안에는 시계를 멈춥니다. 학습 "
    "이미지 중 5,000장을 검증용으로 떼어 두고 나머지 55,000장으로 학습했습니다. 테스트 세트는 모델마다 "
    "마지막 에폭 뒤에 한 번만 평가했고, 시드에 걸친 평균 ± 표준편차로 적었습니다.",
    "Budget 60 s of training; seconds are the median over the seeds, accuracies mean ± standard "
    "deviation. 5,000 training images held out for validation, the models trained on the other "
    "55,000; the test set scored once per model, after its last epoch.": "학습 예산은 60초입니다. "
    "시간은 시드에 걸친 중앙값, 정확도는 평균 ± 표준편차입니다. 학습 이미지 중 5,000장을 검증용으로 "
    "떼어 두고 나머지 55,000장으로 학습했습니다. 테스트 세트는 모델마다 마지막 에폭 뒤에 한 번만 "
    "평가했습니다.",
    "The small CNN of the chapter, trained on the same 1,000 training images for 30 epochs (early "
    "stopping: the epoch of lowest validation loss) with seeds 0 to 4; validation accuracy on 5,000 "
    "held-out training images, as mean ± standard deviation over the seeds, the lowest and highest "
    "seed, and the mean difference from no regularisation with the same seed, in points, with its 95% "
    "confidence interval.": "이 장의 작은 CNN을 같은 학습 이미지 1,000장으로 시드 0부터 4까지 바꿔 가며 30 에폭씩 "
    "학습했습니다(조기 종료는 검증 손실이 가장 낮은 에폭). 정확도는 학습 이미지에서 떼어 둔 5,000장의 "
    "검증 정확도이며, 시드에 걸친 평균 ± 표준편차, 가장 낮은 시드와 가장 높은 시드의 값, 같은 시드의 "
    "규제 없음과의 차이의 평균(%p)과 그 95% 신뢰구간입니다.",
    "Each network trained for 2 epochs with Adam (learning rate 0.001, batch 128) on the 55,000 "
    "training images of the seeded split, with seeds 0 to 2; validation accuracy on the 5,000 "
    "held-out images as mean ± standard deviation over the seeds, the lowest and highest seed, and "
    "the median training seconds.": "각 신경망을 시드를 고정한 분할의 학습 이미지 55,000장으로 "
    "Adam(학습률 0.001, 배치 128)을 써서 2 에폭씩, 시드 0부터 2까지 바꿔 가며 학습했습니다. 정확도는 "
    "떼어 둔 5,000장의 검증 정확도이며, 시드에 걸친 평균 ± 표준편차와 가장 낮은 시드, 가장 높은 "
    "시드의 값입니다. 학습 시간은 시드에 걸친 중앙값입니다.",
    # batchnorm_seeds
    "vs without batch-norm, same seed (95% CI)": "같은 시드의 배치 정규화 없는 신경망 대비 (%p, 95% 신뢰구간)",
    "Post 003's configurable CNN (two convolution blocks of 32 and 64 channels, a dense layer "
    "of 32) trained with Adam, batch 128, for 5 epochs on 10,000 images of the seeded training "
    "split, each variant at its best learning rate of 3e-4, 1e-3 and 3e-3 on seed 0; validation "
    "accuracy on the 5,000 held-out images with seeds 0 to 4, as mean ± standard deviation, the "
    "lowest and highest seed, and the mean difference from the network without batch-norm with "
    "the same seed, in points, with its 95% confidence interval.": "원글 003의 설정 가능한 CNN(채널 32개와 64개의 합성곱 블록 둘, "
    "크기 32의 완전 연결 층 하나)을 시드를 고정한 학습 분할의 이미지 10,000장으로 Adam, 배치 128을 써서 "
    "5 에폭씩 학습했습니다. 두 변형은 저마다 시드 0에서 3e-4, 1e-3, 3e-3 가운데 가장 좋은 학습률을 "
    "씁니다. 정확도는 떼어 둔 5,000장의 검증 정확도이며, 시드 0부터 4까지의 평균 ± 표준편차, 가장 낮은 "
    "시드와 가장 높은 시드의 값, 같은 시드의 배치 정규화 없는 신경망과의 차이의 평균(%p)과 그 95% "
    "신뢰구간입니다.",
    "training time only (the clock stops for evaluation); batch 512, bf16 autocast, channels_last; target "
    "and schedule chosen on the 5,000 validation images, the test set scored once per schedule, after "
    "its last epoch": "학습 시간만 쟀습니다(평가하는 동안에는 시계를 멈춤). 배치 512, bf16 autocast, "
    "channels_last. 목표 도달과 스케줄은 검증 이미지 5,000장으로 판단했고, 테스트 세트는 스케줄마다 마지막 "
    "에폭 뒤에 한 번만 평가했습니다.",
}
# Labels with numbers in them: (pattern, Korean with the pattern's groups).
KOREAN_PATTERNS = [
    (re.compile(r"^(\d+) epochs, width (\d+)$"), r"\1 에폭, 너비 \2"),
    (re.compile(r"^(\d+) of (\d+)$"), r"\2개 중 \1개"),
    (re.compile(r"^fast, (\d+)-epoch schedule$"), r"빠른 레시피, \1 에폭 스케줄"),
    (re.compile(r"^fast, (\d+)-epoch schedule in a (\d+) s budget$"), r"빠른 레시피, \2초 예산 안의 \1 에폭 스케줄"),
    (
        re.compile(r"^fast, (\d+)-epoch schedule in a (\d+) s budget, batch 128, learning rate 0\.1$"),
        r"빠른 레시피, \2초 예산 안의 \1 에폭 스케줄, 배치 128, 학습률 0.1",
    ),
    (
        re.compile(r"^fast, (\d+)-epoch schedule, without flip augmentation and test-time flip$"),
        r"빠른 레시피, \1 에폭 스케줄, 뒤집기 증강과 테스트 시 뒤집기 없이",
    ),
    (
        re.compile(r"^fast, (\d+)-epoch schedule, with label smoothing 0\.1$"),
        r"빠른 레시피, \1 에폭 스케줄, 레이블 스무딩 0.1",
    ),
    (re.compile(r"^constant lr (\d+(?:\.\d+)?)$"), r"고정 학습률 \1"),
    (re.compile(r"^with batch-norm, lr (\S+)$"), r"배치 정규화 있음, 학습률 \1"),
    (re.compile(r"^without batch-norm, lr (\S+)$"), r"배치 정규화 없음, 학습률 \1"),
    (re.compile(r"^([+-]\d+\.\d+) to ([+-]\d+\.\d+)$"), r"\1 ~ \2"),
    # a mean difference and its 95% confidence interval (book/compare.py)
    (re.compile(r"^([+-]\d+\.\d+) \(([+-]\d+\.\d+) to ([+-]\d+\.\d+)\)$"), r"\1 (\2 ~ \3)"),
    (re.compile(r"^batch (\d+), peak lr (\d+(?:\.\d+)?)$"), r"배치 \1, 최고 학습률 \2"),
]
RATIO = re.compile(r"^(\d+(?:\.\d+)?)x$")  # "2.41x" is "2.41배"
THREADS = re.compile(r", (\d+) threads?$")  # "AMD EPYC, 2 threads" is "AMD EPYC, 스레드 2개"


def korean(text: str, name: str) -> str:
    if text == "":
        return text
    if match := RATIO.match(text):
        return f"{match[1]}배"
    for pattern, replacement in KOREAN_PATTERNS:
        if pattern.match(text):
            return pattern.sub(replacement, text)
    try:
        return KOREAN[text]
    except KeyError:
        raise KeyError(
            f"bench/results/{name}.json: no Korean for {text!r}; add it to KOREAN in book/bench_tables.py"
        ) from None


def render(name: str, language: str = "en") -> str:
    """The table and its caption (where and when it was measured) in `language`."""
    result = json.loads((BENCH_RESULTS / f"{name}.json").read_text())
    columns = list(result["rows"][0])
    cells = [[str(row[column]) for column in columns] for row in result["rows"]]
    headers = [column.replace("_", " ") for column in columns]
    notes = result["notes"].strip()
    script = result.get("script", f"{name}.py")  # the script that wrote it
    if language == "ko":
        headers = [korean(header, name) for header in headers]
        cells = [[cell if _is_number(cell) else korean(cell, name) for cell in row] for row in cells]
        machine = THREADS.sub(lambda match: f", 스레드 {match[1]}개", result["machine"])
        caption = (
            f"`bench/{script}`로 {machine}에서 잰 값입니다(torch {result['torch']}, "
            f"{result['date']}). {korean(notes, name) if notes else ''}"
        )
    else:
        caption = f"`bench/{script}` on {result['machine']}, torch {result['torch']}, {result['date']}. {notes}"
    table = [
        "| " + " | ".join(headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
        *("| " + " | ".join(row) + " |" for row in cells),
    ]
    return "\n".join(table) + "\n\n" + caption.strip() + "\n"


def _is_number(text: str) -> bool:
    """A number, or a mean ± standard deviation."""
    try:
        for part in text.split(" ± ", 1):
            float(part)
    except ValueError:
        return False
    return True


def path(name: str, language: str = "en"):
    return BENCH_RESULTS / (f"{name}.md" if language == "en" else f"{name}.{language}.md")


def write(name: str) -> None:
    """Render <name>.md and <name>.ko.md from <name>.json."""
    for language in ("en", "ko"):
        path(name, language).write_text(render(name, language))


if __name__ == "__main__":  # `python -m book.bench_tables`: re-render every table from its .json
    for table in TABLES:
        write(table)

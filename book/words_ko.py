"""The Korean site's interface words: every table of book/words_en.py with the same keys
(tests/test_words.py), and the Korean of the English the figures and benchmark tables are drawn
in. The words are those of the Korean pages and their glossary (book/terminology.py checks them).
"""

import re

# book/gpu_record.py: 검사 페이지의 GPU 단계 절
GPU_RECORD = {
    None: (
        "아직 기록된 GPU 실행은 없습니다. 지금까지 이 책을 검사한 머신에는 GPU가 없었습니다. "
        "GPU가 있는 머신에서 `uv run python records/gpu_tier.py`를 실행하면 GPU 단계를 돌리고 이 절에 보일 "
        "기록을 남깁니다(`bench/README.md`)."
    ),
    "run": (
        "마지막 GPU 실행은 {date}, {gpu}, torch {torch}(CUDA {cuda}), `records/gpu_tier.py`입니다. "
        "{outcomes}, {minutes}분 걸렸습니다."
    ),
    "outcomes": {"passed": "{n}개 통과", "failed": "{n}개 실패", "error": "{n}개 오류", "skipped": "{n}개 건너뜀"},
    "failures": "실패한 테스트: {names}.",
    "lead": (
        "학습하는 페이지에서 재실행 측정이 움직인다고 본 숫자마다, GPU가 출력한 값을 페이지의 값과 "
        "견주어 측정이 허용하는 오차 안에 드는지 확인했습니다."
    ),
    "columns": ("페이지", "비교한 숫자", "허용 오차 안", "페이지와 가장 먼 값 (페이지, GPU, 허용 오차)"),
    "farthest": "`{line}`: {page}, {other} (±{tolerance})",
    "none": "실행 안 됨",
}


# hooks/last_verified.py: 꼬리말의 마지막 검사
LAST_VERIFIED = {
    True: "마지막 검사 {date} UTC: 테스트 {passed}개 통과, {skipped}개 건너뜀 (torch {torch}, {device}{commit}).",
    False: "마지막 전체 검사 {date} UTC: 테스트 {failed}개 실패, {passed}개 통과 (torch {torch}, {device}{commit}).",
    None: "이 빌드에는 검사 기록이 없습니다 (전체 <code>make test</code> 실행이 기록을 남깁니다).",
    "commit": ", 커밋 <code>{commit}</code>",
    "uncommitted": " + 커밋하지 않은 변경",
    "pinned": ", 재현 가능한 CPU 모드({kernels} 커널, 스레드 {threads}개)",
}


# hooks/rerun_ranges.py: 다른 실행에서 출력되는 값 상자
RERUN_NOTE = {
    "title": "다른 실행에서 출력되는 값",
    "lead": (
        "여러분이 실행하면 이 줄들의 숫자는 달라집니다. 옆에는 이 페이지를 다른 시드와 CPU 커널로 {count}번 "
        "실행했을 때 각 숫자가 움직인 범위, 곧 최저와 최고를 적었습니다."
    ),
    "how": (
        "잰 방법([재실행 측정](../verification/index.md#reruns), `make reruns`): {samples}. {cpu}, 코어 "
        "{cores}개, torch {torch}, {date}."
    ),
    "seeds": ("시드 {seeds}", "시드 {seeds}"),
    "pinned": "{seeds}: 테스트와 같은 연산 커널(위의 출력)",
    "default": "{seeds}: PyTorch 기본 커널, 스레드 {threads}개",
    "here": "이 페이지의 출력",
    "range": "{count}번 실행의 최저\u2013최고",
    "variants": "다른 실행의 출력",
}


# book/notebooks.py: 노트북의 소개, 준비, 연습 문제 셀
NOTEBOOK_INTRO = {
    "title": "{title} (노트북)",
    "cells": "아래의 코드 셀은 [{title}]({url}) 장의 블록을 페이지에 나오는 순서대로, 페이지에서와 같은 제목 "
    "아래에 담은 것으로, 페이지에서 생성했습니다(손으로 고치지 않았습니다). 새 커널에서 위에서부터 차례로 "
    "실행하세요. `torch`, `torchvision`, `matplotlib` 말고는 필요한 것이 없고, 저장소를 복제할 필요도 "
    "없습니다. 문장 아래의 `#>` 주석은 이 책의 테스트가 같은 블록을 하나의 프로그램으로 실행했을 때 그 "
    "문장이 출력한 내용입니다({versions}). 학습하지 않는 코드는 여러분의 컴퓨터에서도 똑같이 출력합니다. "
    "학습한 숫자는 뒷자리가, 때로는 정확도의 소수 첫째 자리까지 다를 수 있습니다"
    "([이유]({site}/ko/#your-numbers)). 코드는 영어판과 같으므로, 노트북이 그리는 그림의 글자도 영어입니다"
    "(사이트의 한국어 그림은 같은 그림을 한국어로 옮겨 그린 것입니다).",
    "data": "이 노트북은 torchvision으로 **Fashion-MNIST**를 불러옵니다. 처음 실행할 때 `./data`에 "
    "내려받습니다(약 30 MB). 오프라인이라면 먼저 파일 네 개의 압축을 풀어(`gunzip *.gz`) "
    "`./data/FashionMNIST/raw/`에 넣어 두세요. `train-images-idx3-ubyte`, `train-labels-idx1-ubyte`, "
    "`t10k-images-idx3-ubyte`, `t10k-labels-idx1-ubyte`가 있으면 torchvision은 아무것도 내려받지 않습니다.",
    "trains": "이 장은 모델을 학습합니다. 노트북 전체를 랩톱의 CPU에서 실행하면 이 책의 테스트에서처럼 "
    "몇 분이 걸립니다. GPU 런타임(Colab에서는 런타임, 런타임 유형 변경)을 쓰면 더 빠릅니다.",
    "setup": "# 이 책과 같은 버전으로 실행하려면, 새 환경에서 주석을 풀고 이 셀을 먼저 실행하세요\n"
    "# (Colab에서는 실행한 뒤 세션을 다시 시작하세요).\n# %pip install {pins}\n",
    "exercise": "**연습 문제 {number}.** ",
    "pinned": "# 학습한 숫자까지 페이지와 똑같이 얻으려면(AVX2가 있는 x86-64 CPU): 이 책의 테스트가 쓰는 재현 가능한\n"
    "# CPU 모드입니다({site}/ko/verification/#reproducible-cpu-mode). 새 커널에서, torch를 import하기 전에\n"
    "# 주석을 푸세요.\n",
}


# hooks/notebooks.py: 장 페이지에서는 그 노트북, 노트북 페이지에서는 가져갈 곳과 돌아갈 길
CHAPTER_NOTEBOOK_LINKS = ("이 장을 주피터 노트북으로", "보기", "내려받기", "Colab에서 열기")
NOTEBOOK_PAGE_LINKS = ("Colab에서 열기", "노트북 내려받기", "장으로 돌아가기")


# book/figure_text.py: a figure's English text -> Korean, tried in order (English is the figure's own).
# A key matches the whole text; each group it captures is
# translated in turn (a class name inside a title) and takes the place of {0}, {1}, ... in the value.
# The words are the ones the Korean pages and their glossary use.
FIGURE_TEXT: dict[str, str] = {
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
    # the efficient CNNs' blocks trained side by side (bench/efficient_cnns_trained.py)
    r"basic \(ResNet-18\)": "기본 블록 (ResNet-18)",
    r"bottleneck \(ResNet-50\)": "병목 블록 (ResNet-50)",
    r"grouped \(ResNeXt\)": "그룹 병목 블록 (ResNeXt)",
    r"bottleneck \+ SE": "병목 블록 + SE",
    r"inverted \(MobileNetV2\)": "역잔차 블록 (MobileNetV2)",
}


# book/bench_tables.py: a benchmark's columns, row labels and notes, one entry each
BENCH_TEXT = {
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
    "seconds vs the recipe, same seed (95% CI)": "같은 시드의 레시피 대비 시간 (초, 95% 신뢰구간)",
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
    # columns, rows and notes of efficient_cnns and efficient_cnns_latency
    "MACs": "곱셈-누산 횟수",
    "basic (ResNet-18)": "기본 블록 (ResNet-18)",
    "bottleneck (ResNet-50)": "병목 블록 (ResNet-50)",
    "grouped (ResNeXt)": "그룹 병목 블록 (ResNeXt)",
    "bottleneck + SE": "병목 블록 + SE",
    "inverted (MobileNetV2)": "역잔차 블록 (MobileNetV2)",
    "ConvNeXt": "ConvNeXt",
    "Each network trained for 1 epoch with Adam (learning rate 0.001, batch 128) on the 55,000 "
    "training images of the seeded split, with seeds 0 to 4; validation accuracy on the 5,000 "
    "held-out images as mean ± standard deviation over the seeds, the lowest and highest seed, the "
    "mean difference from the basic block with the same seed, in points, with its 95% confidence "
    "interval, and the median training seconds.": "각 신경망을 시드를 고정한 분할의 학습 이미지 "
    "55,000장으로 Adam(학습률 0.001, 배치 128)을 써서 1 에폭씩, 시드 0부터 4까지 바꿔 가며 학습했습니다. "
    "정확도는 떼어 둔 5,000장의 검증 정확도이며, 시드에 걸친 평균 ± 표준편차, 가장 낮은 시드와 가장 높은 "
    "시드의 값, 같은 시드의 기본 블록과의 차이의 평균(%p)과 그 95% 신뢰구간입니다. 학습 시간은 시드에 "
    "걸친 중앙값입니다.",
    "vs basic (ResNet-18), same seed (95% CI)": "같은 시드의 기본 블록 대비 (%p, 95% 신뢰구간)",
    "ResNet-18": "ResNet-18",
    "ResNet-50": "ResNet-50",
    "ResNeXt-50": "ResNeXt-50",
    "MobileNetV2": "MobileNetV2",
    "ConvNeXt-T": "ConvNeXt-T",
    "GMACs": "곱셈-누산 횟수 (10억)",
    "milliseconds": "시간 (밀리초)",
    "MACs vs ResNet-50": "ResNet-50 대비 곱셈-누산 횟수",
    "time vs ResNet-50": "ResNet-50 대비 시간",
    "GMACs per second": "초당 곱셈-누산 횟수 (10억)",
    "One image of 224x224, float32, eager, eval mode under torch.no_grad(), on all the "
    "process's threads; each network timed by torch.utils.benchmark's blocked_autorange (the median "
    "over at least 2 s of runs) in three rounds that take the networks in turn, in one process: "
    "the median round, and the lowest and highest.": "224x224 이미지 한 장, float32, 즉시 실행(eager), "
    "`torch.no_grad()` 아래의 평가 모드이고, 프로세스의 스레드를 모두 씁니다. 한 프로세스에서 신경망을 "
    "차례로 돌아가며 세 회차 쟀고, 한 번 잴 때마다 `torch.utils.benchmark`의 `blocked_autorange`로 2초 "
    "이상 실행한 시간의 중앙값을 씁니다. 표의 시간은 세 회차의 중앙값과 가장 낮은 값, 가장 높은 값입니다.",
    "lowest to highest round": "가장 빠른 회차 ~ 가장 느린 회차",
    # the training loop in practice: bench/training_loop_loader.py, _precision.py, _export.py, _ema.py
    "loading only, s": "읽기만 (초)",
    "loading and training, s": "읽으면서 학습 (초)",
    "loading only, lowest to highest": "읽기만, 가장 빠른 회차 ~ 가장 느린 회차",
    "loading and training, lowest to highest": "읽으면서 학습, 가장 빠른 회차 ~ 가장 느린 회차",
    "vs folder, 0 workers": "폴더, 워커 0개 대비",
    "tensors in memory": "메모리의 텐서",
    "folder, 0 workers": "폴더, 워커 0개",
    "folder, 1 worker": "폴더, 워커 1개",
    "folder, 2 workers": "폴더, 워커 2개",
    "folder, 2 workers, pin_memory": "폴더, 워커 2개, pin_memory",
    "One epoch of 4,000 images at batch 64, in seconds: iterating over the loader only, and "
    "iterating while the chapter's train_one_epoch trains fast_cnn on all the process's threads "
    "(worker processes run one thread each); the median of three rounds that take the settings in "
    "turn, the lowest and highest round of each, and the training epoch's ratio to the folder read "
    "without workers. Tensors in memory: decoded and normalised once, without the per-image "
    "crops and flips. Without a GPU, pin_memory does nothing.": "이미지 4,000장, 배치 64로 한 에폭을 "
    "도는 시간(초)입니다. 로더에서 배치를 꺼내기만 할 때와, 꺼내면서 이 장의 `train_one_epoch`으로 "
    "`fast_cnn`을 프로세스의 스레드를 모두 써서 학습할 때를 쟀습니다(워커 프로세스는 저마다 스레드 하나). "
    "설정을 차례로 돌아가며 잰 세 회차의 중앙값, 각각의 가장 빠른 회차와 가장 느린 회차, 그리고 학습한 "
    "에폭의 워커 없이 폴더에서 읽을 때 대비 비율입니다. 메모리의 텐서는 한 번만 디코딩하고 정규화한 것으로, "
    "이미지마다 하는 자르기와 뒤집기가 없습니다. GPU가 없으면 pin_memory는 아무 일도 하지 않습니다.",
    # bench/pinned_mode_cost.py
    "page": "페이지",
    "pinned, s": "고정 모드 (초)",
    "PyTorch's choice, s": "PyTorch가 고른 커널 (초)",
    "pinned vs PyTorch's choice": "고정 모드 ÷ PyTorch가 고른 커널",
    "all": "모두",
    "Training fast": "빠르게 학습하기",
    "CNN models": "CNN 모델",
    "Training and evaluation": "학습과 평가",
    "Generalisation": "일반화",
    "The training loop in practice": "실전 학습 루프",
    "Modern CNNs": "현대적인 CNN",
    "Feature maps": "특징 맵",
    "Each training page's program as `make test` runs it (Training fast without its five ablations and "
    "its 8-epoch recipe, CNN models' d2l LeNet for 2 epochs of its 10, Training and evaluation's replication "
    "for 1 epoch of its 40), in a new process on one thread, "
    "figures not drawn: once in the pinned mode and once with the kernels PyTorch picks for this "
    "processor, one run each, one process at a time; seconds from start to end of the program."
    " Ratios are from the unrounded seconds.": "학습하는 "
    "페이지마다 그 프로그램을 `make test`가 실행하는 그대로(빠르게 학습하기는 다섯 가지 절제 실험과 8 에폭 "
    "레시피 없이, CNN 모델의 d2l LeNet은 10 에폭 중 2 에폭만, 학습과 평가의 재현은 40 에폭 중 1 에폭만) 새 "
    "프로세스에서 스레드 하나로, 그림은 그리지 않고 실행했습니다. "
    "고정 모드로 한 번, 이 프로세서에 맞춰 PyTorch가 고른 커널로 한 번, 각각 한 번씩 한 번에 한 "
    "프로세스만 돌렸고, 시간은 프로그램의 시작부터 끝까지입니다. 비율은 반올림하기 전의 초로 계산했습니다.",
    "format": "형식",
    "seconds per epoch": "에폭당 시간 (초)",
    "float32": "float32",
    "bfloat16 autocast": "bfloat16 autocast",
    "vs float32": "float32 대비",
    "One epoch of the chapter's loop over 4,000 images held in memory as normalised tensors, in "
    "seconds, on all the process's threads: the median of three rounds that take the settings in turn, "
    "the lowest and highest, and the ratio to float32 at the same batch size with the same kernels. "
    "PyTorch's choice: the kernels it picks on this processor; AVX2 only: a second process with "
    "ONEDNN_MAX_CPU_ISA=AVX2 and ATEN_CPU_CAPABILITY=avx2, the instruction set of the book's pinned "
    "mode.": "정규화한 텐서로 메모리에 둔 이미지 4,000장으로 이 장의 루프를 한 에폭 도는 시간(초)이며, "
    "프로세스의 스레드를 모두 썼습니다. 설정을 차례로 돌아가며 잰 세 회차의 중앙값, 가장 빠른 회차와 가장 "
    "느린 회차, 그리고 같은 연산 커널, 같은 배치 크기의 float32 대비 비율입니다. PyTorch의 선택은 PyTorch가 "
    "이 프로세서에서 고르는 연산 커널이고, AVX2만은 이 책의 재현 가능한 모드가 쓰는 명령어 집합인 "
    "`ONEDNN_MAX_CPU_ISA=AVX2`와 `ATEN_CPU_CAPABILITY=avx2`로 띄운 두 번째 프로세스입니다.",
    "kernels": "연산 커널",
    "AVX2 only": "AVX2만",
    "runner": "실행 방식",
    "model": "모델",
    "EMA minus weights, same seed (95% CI)": "같은 시드의 EMA − 가중치 (%p, 95% 신뢰구간)",
    "The chapter's run for 10 epochs with seeds 0 to 4, without early stopping: the trained weights "
    "and their exponential moving average (decay 0.99) scored on the 1,000 validation images after "
    "epoch 5 and after the last, as mean ± standard deviation over the seeds, the lowest and highest "
    "seed, and the EMA's mean difference from the weights with the same seed, in points, with its 95% "
    "confidence interval.": "이 장의 실행을 조기 종료 없이 10 에폭씩, 시드 0부터 4까지 바꿔 가며 "
    "학습했습니다. 학습한 가중치와 그 지수 이동 평균(감쇠 0.99)을 5 에폭 뒤와 마지막 에폭 뒤에 "
    "검증 이미지 1,000장으로 평가했고, 시드에 걸친 평균 ± 표준편차, 가장 낮은 시드와 가장 높은 시드의 값, "
    "같은 시드의 가중치와 EMA의 차이의 평균(%p)과 그 95% 신뢰구간입니다.",
    "eager": "즉시 실행 (eager)",
    "torch.export, loaded": "`torch.export`, 불러온 프로그램",
    "ONNX Runtime": "ONNX Runtime",
    "batch": "배치",
    "vs eager": "즉시 실행 대비",
    "The chapter's network in evaluation mode, float32, on one image and on 1,000, in milliseconds "
    "per call: torch.utils.benchmark's blocked_autorange (median over at least 1 s of calls) in three "
    "rounds that take the runners in turn, each round starting with another: the median round, the lowest and highest, and the ratio to "
    "eager PyTorch at the same batch size. ONNX Runtime 1.32.0 with its default threads; its time "
    "includes the conversion of the input to NumPy.": "이 장의 신경망을 평가 모드, float32로 이미지 한 장과 "
    "1,000장에 실행한 한 번의 호출 시간(밀리초)입니다. 실행 방식을 차례로 돌아가며 세 회차 쟀고(회차마다 "
    "먼저 재는 방식을 바꿨습니다), 한 번 잴 "
    "때마다 `torch.utils.benchmark`의 `blocked_autorange`로 1초 이상 호출한 시간의 중앙값을 씁니다. 표의 "
    "시간은 세 회차의 중앙값과 가장 빠른 회차, 가장 느린 회차이고, 마지막 열은 같은 배치 크기에서 즉시 "
    "실행한 PyTorch 대비 비율입니다. ONNX Runtime 1.32.0은 기본 스레드 수로 실행했고, 그 시간에는 입력을 "
    "NumPy로 바꾸는 시간도 들어 있습니다.",
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
    # bench/shift_cost.py
    "training": "학습",
    "vs no shifts": "이동 없음 대비",
    "minus no shifts, same round, s (95% CI)": "같은 회차의 이동 없음 대비 (초, 95% 신뢰구간)",
    "no shifts (the recipe)": "이동 없음 (레시피)",
    "shifts of up to 1 pixel": "최대 1픽셀 이동",
    "first layer": "첫 층",
    "as PyTorch initialises it": "PyTorch의 초기화 그대로",
    "principal components, trained": "주성분, 학습",
    "principal components, frozen": "주성분, 고정",
    "The fast recipe (width 16, batch 256) for 9 epochs, the epochs the minute's fit gave the recipe in its run of 2026-12-07, with its first convolution as PyTorch initialises it, set to the 3x3 patches' principal components and trained, or set to them and frozen; the candidates' seeds run in turn, the order rotating. Seconds are the median over the seeds and the slowest, and the paired difference from the recipe's, same seed, with its 95% confidence interval; accuracies mean ± standard deviation, and the paired difference from the recipe's, same seed, in points, with its 95% confidence interval; scored with the recipe's flip. 5,000 training images held out for validation, the models trained on the other 55,000 with seeds 0 to 4; the test set scored once per model, after the last epoch, and only reported.": "빠른 레시피(너비 16, 배치 256)를 9 에폭 학습했습니다. 9 에폭은 2026-12-07의 1분 표 실행에서 에폭 수 맞춤이 레시피에 준 값입니다. 첫 합성곱은 PyTorch가 초기화한 그대로 두거나, 3x3 패치의 주성분으로 정해 학습하거나, 주성분으로 정해 고정했습니다. 시드별 실행은 후보들을 차례로 돌리되 그 순서를 시드마다 한 칸씩 밀었습니다. 시간은 시드에 걸친 중앙값과 가장 느린 실행, 그리고 같은 시드의 레시피와의 차이(초)와 그 95% 신뢰구간입니다. 정확도는 평균 ± 표준편차, 그리고 같은 시드의 레시피와의 차이(%p)와 그 95% 신뢰구간이며, 레시피의 뒤집기로 평가했습니다. 학습 이미지 5,000장을 검증용으로 떼어 두고, 나머지 55,000장으로 시드 0부터 4까지 학습했습니다. 테스트 세트는 모델마다 마지막 에폭 뒤에 한 번만 평가했고, 보고만 합니다.",
    "shifts of up to 2 pixels": "최대 2픽셀 이동",
    "One epoch of the fast recipe (width 16, batch 256, on the 55,000 training images of the validation split) per setting and round, 5 rounds, the settings' order rotating from round to round, after an untimed epoch of each; the median seconds over the rounds and its ratio to the recipe's, computed from the unrounded medians; and the mean difference in seconds from the epoch without shifts in the same round, with its 95% confidence interval.": "설정과 회차마다 빠른 레시피(너비 16, 배치 256, 검증용 5,000장을 떼어 낸 학습 이미지 55,000장)를 한 에폭씩 학습했습니다. 5회차이며, 설정의 순서는 회차마다 돌아가며 바꿨고, 설정마다 재지 않는 한 에폭을 먼저 학습했습니다. 회차에 걸친 시간의 중앙값과, 반올림하지 않은 중앙값으로 계산한 레시피 대비 비율, 그리고 같은 회차의 이동 없는 에폭과의 시간 차이(초)의 평균과 그 95% 신뢰구간입니다.",
    # bench/records.py
    "scored with": "평가 방식",
    "flip": "뒤집기",
    "flip and one-pixel shifts": "뒤집기와 한 픽셀 이동",
    "yes": "예",
    "no": "아니요",
    "record met": "기록 달성",
    "every run ≤ 60 s": "모든 실행 60초 이내",
    "shifts vs flip, same models (95% CI)": "같은 모델의 뒤집기 대비 한 픽셀 이동 (%p, 95% 신뢰구간)",
    "test ≥ 89.65%": "테스트 89.65% 이상",
    "2 epochs, batch 256, learning rate 0.2": "2 에폭, 배치 256, 학습률 0.2",
    "1 epoch, batch 128, learning rate 0.1": "1 에폭, 배치 128, 학습률 0.1",
    "1 epoch, batch 64, learning rate 0.05": "1 에폭, 배치 64, 학습률 0.05",
    "Target 89.65% validation accuracy, checked after each epoch by each scorer; training time only, the clock stops while the models are scored; a seed that never reached the target counts as slower than every seed that did. The record is met when the median is at most 8 s and every model scores at least 89.65% on the test set. Accuracies are mean ± standard deviation over the seeds after the last epoch, and the shifts' paired difference from the flip on the same models, in points, with its 95% confidence interval. Scored with flip: the logits of each image and its mirror image averaged (the recipe's); with flip and one-pixel shifts: those two and each moved one pixel diagonally either way, at half weight (airbench also trains on shifted images; these models did not). Both scorers score the same models, so their rows share the training seconds. 5,000 training images held out for validation, the models trained on the other 55,000 with seeds 0 to 4; the test set scored once per model and scorer, after the last epoch, where it decides only whether a record is met.": "목표는 검증 정확도 89.65%이며, 두 평가 방식으로 에폭마다 확인했습니다. 학습 시간만 쟀고, 모델을 평가하는 동안에는 시계를 멈췄습니다. 목표에 이르지 못한 시드는 이른 모든 시드보다 느린 것으로 셉니다. 중앙값이 8초 이하이고 모든 모델이 테스트 세트에서 89.65% 이상이면 기록을 이룬 것입니다. 정확도는 마지막 에폭 뒤의 시드에 걸친 평균 ± 표준편차이고, 한 픽셀 이동과 뒤집기의 같은 모델끼리의 차이(%p)와 그 95% 신뢰구간을 함께 적었습니다. 뒤집기로 평가: 각 이미지와 그 좌우 반전 이미지의 로짓을 평균했습니다(레시피의 방식). 뒤집기와 한 픽셀 이동으로 평가: 그 둘에 더해, 각각을 대각선으로 한 픽셀씩 양쪽으로 옮긴 이미지를 절반의 가중치로 더했습니다(airbench는 옮긴 이미지로 학습도 하지만, 이 모델들은 그렇게 학습하지 않았습니다). 두 평가 방식은 같은 모델을 평가하므로 두 행의 학습 시간은 같습니다. 학습 이미지 5,000장을 검증용으로 떼어 두고, 나머지 55,000장으로 시드 0부터 4까지 학습했습니다. 테스트 세트는 모델과 평가 방식마다 마지막 에폭 뒤에 한 번만 평가했고, 기록을 이뤘는지만 가립니다.",
    "Budget 60 s of training, the epochs that fit timed as the median of 3 epochs (after an untimed one) with a fifth to spare, and the recipe's epochs for the changes that change no layer, batch size or step count (label smoothing, the shifts); the candidates' timing epochs taken in turn, round by round, and their seeds run in turn too, the order rotating, so that a change in the machine's speed falls on all of them; seconds are the median over the seeds and the slowest, and the paired difference from the recipe's, same seed (the seeds run in the same round), with its 95% confidence interval; accuracies mean ± standard deviation, and the paired difference from the recipe's first row, same seed, in points, with its 95% confidence interval. The record is met when every run kept to the budget and the mean test accuracy is at least 93%. Scored with flip: the logits of each image and its mirror image averaged (the recipe's); with flip and one-pixel shifts: those two and each moved one pixel diagonally either way, at half weight (airbench trains on shifted images too; only the rows trained on shifts did). Both scorers score the same models, so their rows share the training seconds. 5,000 training images held out for validation, the models trained on the other 55,000 with seeds 0 to 4; the test set scored once per model and scorer, after the last epoch, where it decides only whether a record is met.": "학습 시간 예산은 60초입니다. 들어가는 에폭 수는 (재지 않는 한 에폭 뒤에) 세 에폭을 재어 그 중앙값으로 5분의 1의 여유를 두고 정했고, 층이나 배치 크기, 스텝 수를 바꾸지 않는 변경(레이블 스무딩, 이동)에는 레시피의 에폭 수를 그대로 썼습니다. 에폭 수를 정하는 시간 측정은 후보들을 회차마다 번갈아 가며 했고, 시드별 실행도 후보들을 차례로 돌리되 그 순서를 시드마다 한 칸씩 밀었습니다. 머신의 속도가 바뀌어도 그 영향이 한 후보에만 몰리지 않게 하려는 것입니다. 시간은 시드에 걸친 중앙값과 가장 느린 실행, 그리고 같은 시드(같은 회차에 돌린 실행)의 레시피와의 차이(초)와 그 95% 신뢰구간입니다. 정확도는 평균 ± 표준편차, 그리고 같은 시드의 레시피 첫 행과의 차이(%p)와 그 95% 신뢰구간입니다. 모든 실행이 예산을 지키고 테스트 정확도의 평균이 93% 이상이면 기록을 이룬 것입니다. 뒤집기로 평가: 각 이미지와 그 좌우 반전 이미지의 로짓을 평균했습니다(레시피의 방식). 뒤집기와 한 픽셀 이동으로 평가: 그 둘에 더해, 각각을 대각선으로 한 픽셀씩 양쪽으로 옮긴 이미지를 절반의 가중치로 더했습니다(airbench는 옮긴 이미지로 학습도 하며, 여기서는 이동으로 학습한 행만 그렇게 학습했습니다). 두 평가 방식은 같은 모델을 평가하므로 두 행의 학습 시간은 같습니다. 학습 이미지 5,000장을 검증용으로 떼어 두고, 나머지 55,000장으로 시드 0부터 4까지 학습했습니다. 테스트 세트는 모델과 평가 방식마다 마지막 에폭 뒤에 한 번만 평가했고, 기록을 이뤘는지만 가립니다.",
    "Seeds 5 to 9, fresh: records_first_layer, which picked the frozen first layer, trained seeds 0 to 4. Budget 60 s of training, the epochs that fit with a fifth to spare: the recipe's epoch the median of 5 timed epochs, and each candidate's the recipe's times the median of its ratio to the recipe's epoch of the same round (after an untimed epoch of each), so that a change in the machine's speed between rounds cancels out of the ratio; the candidates' timing epochs taken in turn, round by round, and their seeds run in turn too, the order rotating. A frozen layer keeps the weights it starts with: no gradient, no step, no weight decay. Seconds are the median over the seeds and the slowest, and the paired difference from the recipe's, same seed (the seeds run in the same round), with its 95% confidence interval; accuracies mean ± standard deviation, and the paired difference from the recipe's first row, same seed, in points, with its 95% confidence interval. The record is met when every run kept to the budget and the mean test accuracy is at least 93%. Scored with flip: the logits of each image and its mirror image averaged (the recipe's); with flip and one-pixel shifts: those two and each moved one pixel diagonally either way, at half weight (airbench trains on shifted images too; these models did not). Both scorers score the same models, so their rows share the training seconds. 5,000 training images held out for validation, the models trained on the other 55,000 with seeds 5 to 9; the test set scored once per model and scorer, after the last epoch, where it decides only whether a record is met.": "시드 5부터 9까지는 새 시드입니다. 고정한 첫 층을 골라낸 records_first_layer는 시드 0부터 4까지로 학습했습니다. 학습 시간 예산은 60초이고, 들어가는 에폭 수는 5분의 1의 여유를 두고 정했습니다. 레시피의 에폭은 다섯 번 잰 에폭의 중앙값이고, 각 후보의 에폭은 그 값에, 같은 회차에 잰 레시피의 에폭에 대한 그 후보 에폭의 비율의 중앙값을 곱한 값입니다(먼저 후보마다 재지 않는 한 에폭을 돌렸습니다). 회차 사이에 머신의 속도가 바뀌어도 그 변화가 비율에서는 지워지게 하려는 것입니다. 에폭 수를 정하는 시간 측정은 후보들을 회차마다 번갈아 가며 했고, 시드별 실행도 후보들을 차례로 돌리되 그 순서를 시드마다 한 칸씩 밀었습니다. 고정한 층은 처음 가중치를 그대로 지닙니다. 기울기도, 스텝도, 가중치 감쇠도 없습니다. 시간은 시드에 걸친 중앙값과 가장 느린 실행, 그리고 같은 시드(같은 회차에 돌린 실행)의 레시피와의 차이(초)와 그 95% 신뢰구간입니다. 정확도는 평균 ± 표준편차, 그리고 같은 시드의 레시피 첫 행과의 차이(%p)와 그 95% 신뢰구간입니다. 모든 실행이 예산을 지키고 테스트 정확도의 평균이 93% 이상이면 기록을 이룬 것입니다. 뒤집기로 평가: 각 이미지와 그 좌우 반전 이미지의 로짓을 평균했습니다(레시피의 방식). 뒤집기와 한 픽셀 이동으로 평가: 그 둘에 더해, 각각을 대각선으로 한 픽셀씩 양쪽으로 옮긴 이미지를 절반의 가중치로 더했습니다(airbench는 옮긴 이미지로 학습도 하지만, 이 모델들은 그렇게 학습하지 않았습니다). 두 평가 방식은 같은 모델을 평가하므로 두 행의 학습 시간은 같습니다. 학습 이미지 5,000장을 검증용으로 떼어 두고, 나머지 55,000장으로 시드 5부터 9까지 학습했습니다. 테스트 세트는 모델과 평가 방식마다 마지막 에폭 뒤에 한 번만 평가했고, 기록을 이뤘는지만 가립니다.",
    "Seeds 5 to 9, as in records_minute_frozen. The chapter's 2-epoch schedule (batch 256, learning rate 0.2) for the recipe and for the network that met the minute's record in records_minute_frozen (each block's max-pool before batch-norm, the first layer frozen at the 3x3 patches' principal components), after an untimed epoch of each, their seeds run in turn, the order rotating. Target 89.65% validation accuracy, checked after each epoch by each scorer; training time only, the clock stops while the models are scored; a seed that never reached the target counts as slower than every seed that did. The record is met when the median is at most 8 s and every model scores at least 89.65% on the test set. The training seconds' paired difference from the recipe's, same seed, with its 95% confidence interval; accuracies mean ± standard deviation over the seeds after the last epoch, and the paired difference from the recipe's first row, same seed, in points, with its 95% confidence interval. Scored with flip: the logits of each image and its mirror image averaged (the recipe's); with flip and one-pixel shifts: those two and each moved one pixel diagonally either way, at half weight (these models were not trained on shifted images). Both scorers score the same models, so their rows share the training seconds. 5,000 training images held out for validation, the models trained on the other 55,000 with seeds 5 to 9; the test set scored once per model and scorer, after the last epoch, where it decides only whether a record is met.": "시드 5부터 9까지로, records_minute_frozen과 같습니다. 레시피와, records_minute_frozen에서 1분 기록을 이룬 신경망(각 블록의 최대 풀링을 배치 정규화 앞에 두고, 첫 층을 3x3 패치의 주성분으로 정해 고정한 신경망)을 이 장의 2 에폭 스케줄(배치 256, 학습률 0.2)로 학습했습니다. 먼저 각각 재지 않는 한 에폭을 돌렸고, 시드별 실행은 둘을 차례로 돌리되 그 순서를 시드마다 한 칸씩 밀었습니다. 목표는 검증 정확도 89.65%이며, 두 평가 방식으로 에폭마다 확인했습니다. 학습 시간만 쟀고, 모델을 평가하는 동안에는 시계를 멈췄습니다. 목표에 이르지 못한 시드는 이른 모든 시드보다 느린 것으로 셉니다. 중앙값이 8초 이하이고 모든 모델이 테스트 세트에서 89.65% 이상이면 기록을 이룬 것입니다. 학습 시간은 같은 시드의 레시피와의 차이(초)와 그 95% 신뢰구간을 함께 적었습니다. 정확도는 마지막 에폭 뒤의 시드에 걸친 평균 ± 표준편차, 그리고 같은 시드의 레시피 첫 행과의 차이(%p)와 그 95% 신뢰구간입니다. 뒤집기로 평가: 각 이미지와 그 좌우 반전 이미지의 로짓을 평균했습니다(레시피의 방식). 뒤집기와 한 픽셀 이동으로 평가: 그 둘에 더해, 각각을 대각선으로 한 픽셀씩 양쪽으로 옮긴 이미지를 절반의 가중치로 더했습니다(이 모델들은 옮긴 이미지로 학습하지 않았습니다). 두 평가 방식은 같은 모델을 평가하므로 두 행의 학습 시간은 같습니다. 학습 이미지 5,000장을 검증용으로 떼어 두고, 나머지 55,000장으로 시드 5부터 9까지 학습했습니다. 테스트 세트는 모델과 평가 방식마다 마지막 에폭 뒤에 한 번만 평가했고, 기록을 이뤘는지만 가립니다.",
    "Seeds 10 to 14, fresh again, run once: the record network was fixed from records_minute_frozen before these seeds were trained, and nothing else was tried on them. Budget 60 s of training, the epochs that fit with a fifth to spare: the recipe's epoch the median of 5 timed epochs, and each candidate's the recipe's times the median of its ratio to the recipe's epoch of the same round (after an untimed epoch of each), so that a change in the machine's speed between rounds cancels out of the ratio; the candidates' timing epochs taken in turn, round by round, and their seeds run in turn too, the order rotating. A frozen layer keeps the weights it starts with: no gradient, no step, no weight decay. Seconds are the median over the seeds and the slowest, and the paired difference from the recipe's, same seed (the seeds run in the same round), with its 95% confidence interval; accuracies mean ± standard deviation, and the paired difference from the recipe's first row, same seed, in points, with its 95% confidence interval. The record is met when every run kept to the budget and the mean test accuracy is at least 93%. Scored with flip: the logits of each image and its mirror image averaged (the recipe's); with flip and one-pixel shifts: those two and each moved one pixel diagonally either way, at half weight (airbench trains on shifted images too; these models did not). Both scorers score the same models, so their rows share the training seconds. 5,000 training images held out for validation, the models trained on the other 55,000 with seeds 10 to 14; the test set scored once per model and scorer, after the last epoch, where it decides only whether a record is met.": "시드 10부터 14까지로, 다시 새 시드이며 한 번만 돌렸습니다. 기록 신경망은 이 시드를 학습하기 전에 records_minute_frozen에서 정해 두었고, 이 시드로는 다른 어떤 것도 시험하지 않았습니다. 학습 시간 예산은 60초이고, 들어가는 에폭 수는 5분의 1의 여유를 두고 정했습니다. 레시피의 에폭은 다섯 번 잰 에폭의 중앙값이고, 각 후보의 에폭은 그 값에, 같은 회차에 잰 레시피의 에폭에 대한 그 후보 에폭의 비율의 중앙값을 곱한 값입니다(먼저 후보마다 재지 않는 한 에폭을 돌렸습니다). 회차 사이에 머신의 속도가 바뀌어도 그 변화가 비율에서는 지워지게 하려는 것입니다. 에폭 수를 정하는 시간 측정은 후보들을 회차마다 번갈아 가며 했고, 시드별 실행도 후보들을 차례로 돌리되 그 순서를 시드마다 한 칸씩 밀었습니다. 고정한 층은 처음 가중치를 그대로 지닙니다. 기울기도, 스텝도, 가중치 감쇠도 없습니다. 시간은 시드에 걸친 중앙값과 가장 느린 실행, 그리고 같은 시드(같은 회차에 돌린 실행)의 레시피와의 차이(초)와 그 95% 신뢰구간입니다. 정확도는 평균 ± 표준편차, 그리고 같은 시드의 레시피 첫 행과의 차이(%p)와 그 95% 신뢰구간입니다. 모든 실행이 예산을 지키고 테스트 정확도의 평균이 93% 이상이면 기록을 이룬 것입니다. 뒤집기로 평가: 각 이미지와 그 좌우 반전 이미지의 로짓을 평균했습니다(레시피의 방식). 뒤집기와 한 픽셀 이동으로 평가: 그 둘에 더해, 각각을 대각선으로 한 픽셀씩 양쪽으로 옮긴 이미지를 절반의 가중치로 더했습니다(airbench는 옮긴 이미지로 학습도 하지만, 이 모델들은 그렇게 학습하지 않았습니다). 두 평가 방식은 같은 모델을 평가하므로 두 행의 학습 시간은 같습니다. 학습 이미지 5,000장을 검증용으로 떼어 두고, 나머지 55,000장으로 시드 10부터 14까지 학습했습니다. 테스트 세트는 모델과 평가 방식마다 마지막 에폭 뒤에 한 번만 평가했고, 기록을 이뤘는지만 가립니다.",
}

# The changes the records' candidates name after "width 16, 9 epochs", one by one.
RECORDS_CHANGES = {
    "label smoothing 0.1": "레이블 스무딩 0.1",
    "batch 512": "배치 512",
    "learning rate 0.4": "학습률 0.4",
    "trained on shifts of up to 1 pixel": "최대 1픽셀 이동으로 학습",
    "trained on shifts of up to 2 pixels": "최대 2픽셀 이동으로 학습",
    "max-pool before batch-norm": "배치 정규화 앞으로 옮긴 최대 풀링",
    "first layer frozen as PyTorch initialises it": "PyTorch가 초기화한 그대로 고정한 첫 층",
    "first layer frozen at the principal components": "주성분으로 정해 고정한 첫 층",
}


def records_network(width: str, epochs: str, changes: str) -> str:
    """A records candidate's label, "width 16, 9 epochs, batch 512, learning rate 0.4", in Korean."""
    words = [f"너비 {width}", f"{epochs} 에폭"]
    for change in changes.split(", ")[1:]:
        if change not in RECORDS_CHANGES:
            raise KeyError(
                f"no Korean for the records change {change!r}: add it to RECORDS_CHANGES in book/words_ko.py"
            )
        words.append(RECORDS_CHANGES[change])
    return ", ".join(words)


# Labels with numbers in them: (pattern, Korean with the pattern's groups). A replacement may be a function of the match.
BENCH_PATTERNS = [
    (re.compile(r"^weights, epoch (\d+)$"), r"가중치, \1 에폭 뒤"),
    (re.compile(r"^EMA, epoch (\d+)$"), r"EMA, \1 에폭 뒤"),
    (re.compile(r"^PyTorch's choice \((.+)\)$"), r"PyTorch의 선택 (\1)"),
    (re.compile(r"^batch (\d+), ms$"), r"배치 \1 (밀리초)"),
    (re.compile(r"^batch (\d+), lowest to highest round$"), r"배치 \1, 가장 빠른 회차 ~ 가장 느린 회차"),
    (re.compile(r"^batch (\d+), vs eager$"), r"배치 \1, 즉시 실행 대비"),
    (re.compile(r"^(\d+) epochs, width (\d+)$"), r"\1 에폭, 너비 \2"),
    (re.compile(r"^width (\d+), (\d+) epochs((?:, .+)?)$"), lambda match: records_network(*match.groups())),
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
    (re.compile(r"^(\d+\.\d+) to (\d+\.\d+)$"), r"\1 ~ \2"),  # lowest to highest
    # a mean difference and its 95% confidence interval (book/compare.py)
    (re.compile(r"^([+-]\d+\.\d+) \(([+-]\d+\.\d+) to ([+-]\d+\.\d+)\)$"), r"\1 (\2 ~ \3)"),
    (re.compile(r"^batch (\d+), peak lr (\d+(?:\.\d+)?)$"), r"배치 \1, 최고 학습률 \2"),
]


# book/bench_tables.py: 벤치마크 표의 설명
BENCH_TABLE = {
    "caption": "`bench/{script}`로 {machine}에서 잰 값입니다(torch {torch}, {date}). {notes}",
}
# the units the benchmarks write in English
BENCH_UNITS = {
    "threads": ", 스레드 {0}개",  # "AMD EPYC, 2 threads" is "AMD EPYC, 스레드 2개"
    "ratio": "{0}배",  # "2.41x" is "2.41배"
}

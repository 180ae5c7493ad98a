"""The record of the last GPU tier run (bench/gpu_tier.py writes bench/results/gpu_tier.json), and
what the verification page shows of it: bench/results/gpu_tier.md and gpu_tier.ko.md, rendered here
and compared with a fresh rendering by tests/test_gpu_record.py, so nothing in them is typed.

Without a record the page says that no GPU run has been recorded, and on which machines the book
was verified instead. No torch here: the record is read and rendered on any machine.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from book.layout import BENCH_RESULTS, DOCS, page_title

RECORD = BENCH_RESULTS / "gpu_tier.json"
OUTCOMES = ("passed", "failed", "error", "skipped")

WORDS = {
    "en": {
        None: (
            "No GPU run has been recorded yet: the machines that verified this book so far had no GPU. "
            "On one that has, `uv run python bench/gpu_tier.py` runs the GPU tier and writes the record this "
            "section shows (`bench/README.md`)."
        ),
        "run": (
            "The last GPU run, {date}: {gpu}, torch {torch} (CUDA {cuda}), `bench/gpu_tier.py`. "
            "{outcomes}, in {minutes} minutes."
        ),
        "outcomes": {"passed": "{n} passed", "failed": "{n} failed", "error": "{n} errors", "skipped": "{n} skipped"},
        "failures": "Failed: {names}.",
        "lead": (
            "Each training page's numbers that the rerun study saw move, as the GPU printed them, "
            "against the page's and the tolerance the study allows:"
        ),
        "columns": ("page", "numbers compared", "within tolerance", "farthest from the page (page, GPU, allowed)"),
        "farthest": "`{line}`: {page}, {other} (±{tolerance})",
        "none": "no run",
    },
    "ko": {
        None: (
            "아직 기록된 GPU 실행은 없습니다. 지금까지 이 책을 검사한 머신에는 GPU가 없었습니다. "
            "GPU가 있는 머신에서 `uv run python bench/gpu_tier.py`를 실행하면 GPU 단계를 돌리고 이 절에 보일 "
            "기록을 남깁니다(`bench/README.md`)."
        ),
        "run": (
            "마지막 GPU 실행은 {date}, {gpu}, torch {torch}(CUDA {cuda}), `bench/gpu_tier.py`입니다. "
            "{outcomes}, {minutes}분 걸렸습니다."
        ),
        "outcomes": {"passed": "{n}개 통과", "failed": "{n}개 실패", "error": "{n}개 오류", "skipped": "{n}개 건너뜀"},
        "failures": "실패한 테스트: {names}.",
        "lead": (
            "학습하는 페이지마다, 재실행 측정에서 움직인 숫자를 GPU가 출력한 값과 페이지의 값, "
            "측정이 허용하는 오차로 비교했습니다."
        ),
        "columns": ("페이지", "비교한 숫자", "허용 오차 안", "페이지와 가장 먼 값 (페이지, GPU, 허용 오차)"),
        "farthest": "`{line}`: {page}, {other} (±{tolerance})",
        "none": "실행 안 됨",
    },
}


def load(path: Path = RECORD) -> dict | None:
    return json.loads(path.read_text()) if path.exists() else None


def outcomes_of(junit_xml: str) -> list[dict]:
    """Each test of a pytest --junitxml report: its name, outcome and seconds."""
    tests = []
    for case in ElementTree.fromstring(junit_xml).iter("testcase"):
        outcome = next((tag for tag in ("failure", "error", "skipped") if case.find(tag) is not None), "passed")
        tests.append(
            {
                "test": case.get("name"),
                "outcome": "failed" if outcome == "failure" else outcome,
                "seconds": round(float(case.get("time", 0)), 1),
            }
        )
    return tests


def title(page: str, language: str) -> str:
    return page_title(DOCS / page / ("index.md" if language == "en" else f"index.{language}.md"))


def farthest(numbers: list[dict]) -> dict:
    """The number that moved farthest, as a share of its tolerance."""
    return max(numbers, key=lambda n: abs(float(n["other"]) - float(n["page"])) / n["tolerance"])


def render(record: dict | None, language: str = "en") -> str:
    words = WORDS[language]
    if record is None:
        return words[None] + "\n"
    counts = {outcome: sum(t["outcome"] == outcome for t in record["tests"]) for outcome in OUTCOMES}
    outcomes = ", ".join(words["outcomes"][o].format(n=n) for o, n in counts.items() if n)
    minutes = f"{sum(t['seconds'] for t in record['tests']) / 60:.1f}"
    text = [words["run"].format(**record, outcomes=outcomes, minutes=minutes)]
    failed = [f"`{t['test']}`" for t in record["tests"] if t["outcome"] in ("failed", "error")]
    if failed:
        text.append(words["failures"].format(names=", ".join(failed)))
    rows = []
    for page, numbers in record["numbers"].items():
        link = f"[{title(page, language)}](../{page}/index.md)"
        if not numbers:
            rows.append((link, "0", "0", words["none"]))
            continue
        far = farthest(numbers)
        cell = words["farthest"].format(**{**far, "tolerance": f"{far['tolerance']:.3g}"})
        rows.append((link, str(len(numbers)), str(sum(n["within"] for n in numbers)), cell))
    table = [
        "| " + " | ".join(words["columns"]) + " |",
        "| " + " | ".join("---" for _ in words["columns"]) + " |",
        *("| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows),
    ]
    return " ".join(text) + "\n\n" + words["lead"] + "\n\n" + "\n".join(table) + "\n"


def path(language: str = "en") -> Path:
    return BENCH_RESULTS / ("gpu_tier.md" if language == "en" else f"gpu_tier.{language}.md")


def write(record: dict | None = None) -> None:
    """Render gpu_tier.md and gpu_tier.ko.md from the record (the committed one by default)."""
    record = load() if record is None else record
    for language in WORDS:
        path(language).write_text(render(record, language))


if __name__ == "__main__":  # `python -m book.gpu_record`: re-render the page's section from the record
    write()

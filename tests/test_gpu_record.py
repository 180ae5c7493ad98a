"""The verification page's GPU section is rendered from the GPU tier's record (book/gpu_record.py),
which records/gpu_tier.py writes on a GPU machine: nothing in it is typed, both languages show the
same numbers, and without CUDA the script records nothing rather than an empty run."""

import re
import subprocess
import sys

import pytest

from book import gpu_record, rerun_record
from book.layout import LANGUAGES, NUMBER, RECORDS


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_committed_section_is_the_rendered_record(language):
    assert gpu_record.path(language).read_text() == gpu_record.render(gpu_record.load(), language), (
        "records/gpu_tier*.md differ from the record: run `python -m book.gpu_record`"
    )


def test_outcomes_are_read_from_a_pytest_report(tmp_path):
    (tmp_path / "test_three.py").write_text(
        "import pytest\n\ndef test_a():\n    pass\n\ndef test_b():\n    assert False\n\n"
        "@pytest.mark.skip(reason='no')\ndef test_c():\n    pass\n"
    )
    report = tmp_path / "junit.xml"
    subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={report}", "test_three.py"],
        cwd=tmp_path,
        capture_output=True,
    )
    tests = gpu_record.outcomes_of(report.read_text())
    assert [(t["test"], t["outcome"]) for t in tests] == [
        ("test_a", "passed"),
        ("test_b", "failed"),
        ("test_c", "skipped"),
    ]


def a_record() -> dict:
    """A GPU run of two pages, compared with a study of three runs (80.00, 81.00, 79.50) as the
    GPU tier compares them: one number within its tolerance, one beyond it, one page that failed."""
    block = {"lines": rerun_record.summarise_block([["#> acc 80.00%"], ["#> acc 81.00%"], ["#> acc 79.50%"]])}
    _, within = rerun_record.compare(["#> acc 80.00%"], ["#> acc 81.20%"], block)
    problems, beyond = rerun_record.compare(["#> acc 80.00%"], ["#> acc 83.00%"], block)
    assert problems and [n["within"] for n in within + beyond] == [True, False]
    return {
        "date": "2026-12-06",
        "gpu": "NVIDIA H100 80GB HBM3",
        "torch": "2.11.0+cu130",
        "cuda": "13.0",
        "tests": [
            {"test": "test_training_page_runs_on_the_gpu[feature-maps]", "outcome": "passed", "seconds": 30.0},
            {"test": "test_training_page_runs_on_the_gpu[generalisation]", "outcome": "failed", "seconds": 90.0},
        ],
        "numbers": {"feature-maps": within, "generalisation": within + beyond},
    }


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_a_record_is_shown_with_each_page_and_its_farthest_number(language):
    text = gpu_record.render(a_record(), language)
    assert f"[{gpu_record.title('generalisation', language)}](../generalisation/index.md)" in text
    assert "`test_training_page_runs_on_the_gpu[generalisation]`" in text  # the failed test is named
    assert "`#> acc 80.00%`: 80.00, 83.00 (±2.29)" in text  # the farthest of generalisation's two


def test_both_languages_show_the_same_numbers():
    def numbers(text):
        return NUMBER.findall(re.sub(r"\]\([^)]*\)", "]", text))  # not the links' targets

    english = numbers(gpu_record.render(a_record()))
    assert english and all(numbers(gpu_record.render(a_record(), language)) == english for language in LANGUAGES)


def test_without_a_record_the_page_says_no_gpu_run_is_recorded():
    assert gpu_record.render(None).startswith("No GPU run has been recorded yet")
    assert gpu_record.render(None, "ko").startswith("아직 기록된 GPU 실행은 없습니다")


def test_without_cuda_the_tier_records_nothing(tmp_path):
    before = gpu_record.RECORD.read_bytes() if gpu_record.RECORD.exists() else None
    result = subprocess.run(
        [sys.executable, str(RECORDS / "gpu_tier.py")], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "no CUDA device" in result.stdout and "nothing recorded" in result.stdout
    assert (gpu_record.RECORD.read_bytes() if gpu_record.RECORD.exists() else None) == before

"""The one rule that decides "higher", "lower" and "noise" everywhere in the book.

Two settings trained with the same seeds are compared seed by seed: the paired differences
(setting minus baseline, same seed: same initial weights, same batch order) and the 95% confidence
interval of their mean, from Student's t distribution (`scipy.stats.ttest_rel`). The interval
above 0 is "higher", below 0 "lower", and an interval that contains 0 is "noise": with these
seeds, the data cannot tell the two settings apart. The benchmarks print the interval in their
tables, the pages quote it, and book/claims.py holds each sentence that compares two settings to
the verdict of this rule.

Why this rule and not another: "the same sign in every seed" says nothing about size and, with
five seeds, passes a coin toss one time in sixteen; "smaller than the standard deviation" ignores
the pairing, which removes what the seed changes in both settings alike. The t interval uses both
the pairing and the size, and a well-kept library computes it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scipy import stats

CONFIDENCE = 0.95
VERDICTS = ("higher", "lower", "noise")


@dataclass(frozen=True)
class Paired:
    """The mean paired difference and its confidence interval, over `n` seeds."""

    mean: float
    low: float
    high: float
    n: int

    @property
    def verdict(self) -> str:
        if self.low > 0:
            return "higher"
        if self.high < 0:
            return "lower"
        return "noise"

    def __str__(self) -> str:
        """As the tables print it: `+0.31 (-0.12 to +0.74)`, in points."""
        return f"{self.mean:+.2f} ({self.low:+.2f} to {self.high:+.2f})"


def paired(values: Sequence[float], baseline: Sequence[float], confidence: float = CONFIDENCE) -> Paired:
    """`values` against `baseline`, element i of each from the same seed."""
    if len(values) != len(baseline):
        raise ValueError(f"paired values need one per seed on both sides: {len(values)} against {len(baseline)}")
    if len(values) < 2:
        raise ValueError("a confidence interval needs at least two seeds")
    differences = [a - b for a, b in zip(values, baseline, strict=True)]
    mean = math.fsum(differences) / len(differences)
    if max(differences) == min(differences):  # no spread: t is undefined, and the data say nothing of it
        return Paired(mean, -math.inf, math.inf, len(differences))
    interval = stats.ttest_rel(values, baseline).confidence_interval(confidence)
    return Paired(mean, float(interval.low), float(interval.high), len(differences))


def unpaired_from_summary(
    mean: float,
    std: float,
    n: int,
    baseline_mean: float,
    baseline_std: float,
    baseline_n: int,
    confidence: float = CONFIDENCE,
) -> Paired:
    """The same verdicts for a record that kept only each setting's mean and standard deviation over
    its seeds (an older benchmark record): Welch's interval for the difference of two means, the one
    comparison such a record allows. Without the pairing it can be wider or narrower than the paired
    interval (more degrees of freedom, and the seeds' correlation across settings left out), so a
    verdict may differ either way; the benchmarks now keep their seeds so that the paired rule
    replaces it on their next run."""
    variance = std**2 / n + baseline_std**2 / baseline_n
    df = variance**2 / ((std**2 / n) ** 2 / (n - 1) + (baseline_std**2 / baseline_n) ** 2 / (baseline_n - 1))
    half = float(stats.t.ppf((1 + confidence) / 2, df)) * math.sqrt(variance)
    difference = mean - baseline_mean
    return Paired(difference, difference - half, difference + half, min(n, baseline_n))


def mean_against(mean: float, std: float, n: int, value: float, confidence: float = CONFIDENCE) -> Paired:
    """A setting's mean over `n` seeds (kept as mean and standard deviation) against a fixed number,
    such as a target accuracy: the t interval of the mean minus `value`."""
    half = float(stats.t.ppf((1 + confidence) / 2, n - 1)) * std / math.sqrt(n)
    return Paired(mean - value, mean - value - half, mean - value + half, n)

"""The one rule for comparisons (book/compare.py): its verdicts, and its interval against a
computation by hand from Student's t."""

import math
import statistics

import pytest
from scipy import stats

from book import compare


def test_the_interval_is_the_t_interval_of_the_paired_differences():
    values, baseline = [90.1, 90.6, 89.9, 90.4, 90.2], [89.8, 90.0, 90.1, 89.9, 89.7]
    differences = [a - b for a, b in zip(values, baseline)]
    mean, sem = statistics.mean(differences), statistics.stdev(differences) / math.sqrt(5)
    half = stats.t.ppf(0.975, df=4) * sem  # the textbook formula, not the library call the rule uses
    found = compare.paired(values, baseline)
    assert found.n == 5
    assert found.mean == pytest.approx(mean, abs=1e-12)
    assert (found.low, found.high) == (pytest.approx(mean - half), pytest.approx(mean + half))


def test_an_interval_above_zero_is_higher_below_is_lower_and_across_is_noise():
    baseline = [80.0, 81.0, 82.0, 83.0, 84.0]
    assert compare.paired([b + d for b, d in zip(baseline, [1.1, 0.9, 1.2, 1.0, 0.8])], baseline).verdict == "higher"
    assert compare.paired([b - d for b, d in zip(baseline, [1.1, 0.9, 1.2, 1.0, 0.8])], baseline).verdict == "lower"
    assert compare.paired([b + d for b, d in zip(baseline, [1.0, -0.8, 0.3, -0.2, 0.1])], baseline).verdict == "noise"


def test_the_same_sign_in_every_seed_is_not_enough():
    """Five positive differences whose spread dwarfs their mean: 'ahead in every seed' by the old
    rule, noise by this one (a t of 1.6)."""
    baseline = [80.0] * 5
    found = compare.paired([80.01, 80.02, 80.01, 83.0, 80.02], baseline)
    assert all(v > b for v, b in zip([80.01, 80.02, 80.01, 83.0, 80.02], baseline))
    assert found.verdict == "noise" and found.low < 0 < found.high


def test_pairing_removes_what_the_seed_moves_in_both():
    """Seed-to-seed spread of three points, a steady difference of a tenth: unpaired, noise; paired,
    higher."""
    baseline = [78.0, 81.0, 84.0, 79.5, 82.5]
    values = [b + 0.1 + 0.01 * i for i, b in enumerate(baseline)]
    assert compare.paired(values, baseline).verdict == "higher"
    assert stats.ttest_ind(values, baseline).pvalue > 0.9


def test_identical_differences_decide_nothing():
    """Without any spread t is undefined: the seeds say nothing of how far another seed would move the
    difference, so the rule calls it noise rather than trusting a zero-width interval."""
    found = compare.paired([2.0, 3.0], [1.0, 2.0])
    assert (found.mean, found.verdict) == (1.0, "noise")
    assert compare.paired([1.0, 2.0], [1.0, 2.0]).verdict == "noise"


def test_it_prints_as_the_tables_show_it():
    assert str(compare.Paired(0.31, -0.12, 0.74, 5)) == "+0.31 (-0.12 to +0.74)"


def test_unpaired_or_single_values_are_refused():
    with pytest.raises(ValueError, match="one per seed"):
        compare.paired([1.0, 2.0, 3.0], [1.0, 2.0])
    with pytest.raises(ValueError, match="at least two seeds"):
        compare.paired([1.0], [2.0])


def test_the_unpaired_interval_is_welchs():
    """For a record that kept only means and spreads: the same interval as scipy's Welch test on the
    seeds themselves."""
    a, b = [92.1, 91.9, 92.2, 92.0, 92.2], [92.8, 92.9, 92.7, 92.95, 92.75]
    expected = stats.ttest_ind(a, b, equal_var=False).confidence_interval(0.95)
    found = compare.unpaired_from_summary(
        statistics.mean(a), statistics.stdev(a), 5, statistics.mean(b), statistics.stdev(b), 5
    )
    assert (found.low, found.high) == (pytest.approx(expected.low), pytest.approx(expected.high))
    assert found.verdict == "lower"


def test_a_mean_against_a_target_is_the_t_interval_of_the_mean():
    values = [90.1, 90.4, 89.9, 90.3, 90.0]
    expected = stats.ttest_1samp(values, 89.65).confidence_interval(0.95)
    found = compare.mean_against(statistics.mean(values), statistics.stdev(values), 5, 89.65)
    # scipy's interval is of the mean itself; the rule's, of its difference from the target
    assert (found.low, found.high) == (pytest.approx(expected.low - 89.65), pytest.approx(expected.high - 89.65))
    assert found.verdict == "higher"
    assert compare.mean_against(89.7, 0.3, 5, 89.65).verdict == "noise"

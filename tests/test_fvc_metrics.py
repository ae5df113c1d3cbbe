"""The FVC error-rate code on score lists small enough to work out by hand."""

from __future__ import annotations

import pytest

from bench.fvc import eer_bracket, error_rates, fnmr_at


def test_separated_scores_have_no_error() -> None:
    rates = error_rates([10, 20, 30], [1, 2, 3])
    assert (rates.eer, rates.eer_low, rates.eer_high) == (0.0, 0.0, 0.0)
    assert rates.fmr100 == rates.fmr1000 == 0.0


def test_curves_meeting_at_a_threshold_give_that_rate() -> None:
    # At t=6 one impostor of four (7) is accepted and one genuine of four (4) rejected: 25 % both ways.
    assert eer_bracket([4, 6, 8, 10], [1, 3, 5, 7]) == (0.25, 0.25)
    assert error_rates([4, 6, 8, 10], [1, 3, 5, 7]).eer == 0.25


def test_curves_crossing_between_thresholds_take_fvcs_bracket() -> None:
    # t1 = 4 (last FNMR <= FMR): FNMR 1/3, FMR 1/2, sum 5/6. t2 = 5 (first FNMR >= FMR): FMR 1/4, FNMR 1/3,
    # sum 7/12, the smaller one, so the bracket is [FMR(t2), FNMR(t2)] and the EER its middle.
    low, high = eer_bracket([3, 6, 8], [1, 2, 4, 5])
    assert (low, high) == (pytest.approx(0.25), pytest.approx(1 / 3))
    assert error_rates([3, 6, 8], [1, 2, 4, 5]).eer == pytest.approx((0.25 + 1 / 3) / 2)


def test_swapped_scores_are_all_errors() -> None:
    assert error_rates([1, 2, 3], [10, 20, 30]).eer == 1.0


def test_fmr100_and_fmr1000_come_from_the_larger_impostor_set() -> None:
    genuine = [3, 6, 8]
    impostors = [0] * 99 + [7]  # one impostor in a hundred scores 7
    # FMR <= 1 %: from t=3 only the 7 is accepted, and no genuine score is below 3.
    assert fnmr_at(genuine, impostors, 0.01) == 0.0
    # FMR <= 0.1 %: the 7 must be refused too, so t=8, which rejects 3 and 6.
    assert fnmr_at(genuine, impostors, 0.001) == pytest.approx(2 / 3)
    rates = error_rates(genuine, [0, 0, 0], impostors)
    assert rates.eer == 0.0
    assert (rates.fmr100, rates.fmr1000) == (0.0, pytest.approx(2 / 3))


def test_ties_between_genuine_and_impostor_count_as_accepted() -> None:
    # A score equal to the threshold is accepted: at t=5 the impostor 5 is a false match, the genuine 5 is not a
    # false non-match.
    assert fnmr_at([5, 9], [5, 1], 0.5) == 0.0
    assert fnmr_at([5, 9], [5, 1], 0.0) == 0.5


def test_empty_lists_are_refused() -> None:
    with pytest.raises(ValueError):
        error_rates([], [1, 2])
    with pytest.raises(ValueError):
        error_rates([1, 2], [])

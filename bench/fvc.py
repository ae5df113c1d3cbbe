"""Verification error rates the way the Fingerprint Verification Competitions define them.

Scores are similarities: higher means more alike, and a comparison is accepted when its score reaches the
threshold. FMR(t) is the share of impostor scores >= t, FNMR(t) the share of genuine scores < t. Both only
change at observed scores, so checking every observed score (and one threshold above them all) sees every
value they take.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class ErrorRates:
    """All as fractions (0.01 is 1 %)."""

    eer: float  # the middle of the bracket below
    eer_low: float
    eer_high: float
    fmr100: float  # the lowest FNMR at which FMR <= 1 %
    fmr1000: float  # the lowest FNMR at which FMR <= 0.1 %


def _curve(genuine: Sequence[float], impostor: Sequence[float]) -> list[tuple[float, float, float]]:
    """(threshold, FMR, FNMR) at every threshold where either rate changes, lowest threshold first."""
    if len(genuine) == 0 or len(impostor) == 0:
        raise ValueError("error rates need at least one genuine and one impostor score")
    gen, imp = np.sort(np.asarray(genuine, float)), np.sort(np.asarray(impostor, float))
    thresholds = np.append(np.unique(np.concatenate([gen, imp])), np.inf)
    fmr = (len(imp) - np.searchsorted(imp, thresholds, side="left")) / len(imp)
    fnmr = np.searchsorted(gen, thresholds, side="left") / len(gen)
    return list(zip(thresholds.tolist(), fmr.tolist(), fnmr.tolist(), strict=True))


def eer_bracket(genuine: Sequence[float], impostor: Sequence[float]) -> tuple[float, float]:
    """FVC's [EER_low, EER_high]: t1 is the highest threshold with FNMR <= FMR, t2 the lowest with FNMR >= FMR;
    the bracket is [FNMR(t1), FMR(t1)] when that pair's sum is the smaller one, else [FMR(t2), FNMR(t2)]."""
    curve = _curve(genuine, impostor)
    _, fmr1, fnmr1 = max((p for p in curve if p[2] <= p[1]), key=lambda p: p[0])
    _, fmr2, fnmr2 = min((p for p in curve if p[2] >= p[1]), key=lambda p: p[0])
    if fnmr1 + fmr1 <= fnmr2 + fmr2:
        return fnmr1, fmr1
    return fmr2, fnmr2


def fnmr_at(genuine: Sequence[float], impostor: Sequence[float], max_fmr: float) -> float:
    """The lowest FNMR over the thresholds whose FMR is at most ``max_fmr`` (FMR100 is max_fmr=0.01)."""
    return min(fnmr for _, fmr, fnmr in _curve(genuine, impostor) if fmr <= max_fmr)


def error_rates(genuine: Sequence[float], impostor: Sequence[float],
                all_impostors: Sequence[float] | None = None) -> ErrorRates:
    """EER from ``genuine`` and ``impostor``; FMR100 and FMR1000 from ``all_impostors`` when given (FVC's EER
    uses the 45 first-impression impostors, its FMR figures need the larger set)."""
    low, high = eer_bracket(genuine, impostor)
    many = impostor if all_impostors is None else all_impostors
    return ErrorRates((low + high) / 2, low, high, fnmr_at(genuine, many, 0.01), fnmr_at(genuine, many, 0.001))

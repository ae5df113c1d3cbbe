"""``python -m bench synthetic``: are the synthetic prints realistic? NIST NBIS is the judge.

A fixed set of 10 fingers x 8 impressions goes through the FVC protocol (mindtct + bozorth3) and NFIQ2, side
by side with the four FVC2002 sample sets; FVC2002 DB1 also checks the EER code against NBIS's published
figure. Our quality() score is compared with NFIQ2 on the FVC2002 images.
"""

from __future__ import annotations

import statistics
import sys
import time

import numpy as np

from app.biometrics import synthetic
from app.biometrics.quality import quality
from bench.figures import Target, report
from bench.fvc import ErrorRates, error_rates
from bench.nbis_yardstick import FVC2002_DPI, Key, Measured, Yardstick, fvc_protocol, load_fvc2002, spearman

FINGERS, IMPRESSIONS = 10, 8
DB1_NBIS_EER = 3.61  # % FVC protocol, NBIS mindtct + bozorth3 on FVC2002 DB1_B (the sets' README)
TARGETS = (
    Target("synthetic_eer_pct", "synthetic set: bozorth3 EER, FVC protocol", 5.0, "%"),
    Target("nfiq2_median_outside_fvc", "synthetic NFIQ2 median outside FVC range", 0.0, "pts"),
    Target("first_impression_ms", "impression incl. growing its finger", 300, "ms"),
    Target("impression_ms", "impression of a finger already grown", 300, "ms"),
    Target("db1_eer_gap_pct", "|DB1 EER - NBIS reference 3.61 %|", 0.5, "pts"),
)


def bench_seeds() -> list[int]:
    return [synthetic.finger_seed(f"bench finger {n}", 1 + n % 10) for n in range(FINGERS)]


def generate() -> tuple[dict[Key, np.ndarray], list[float], list[float]]:
    """The synthetic set, and the times of first impressions (growing the finger) and of the others."""
    synthetic.finger.cache_clear()
    images, first, later = {}, [], []
    for f, seed in enumerate(bench_seeds(), start=1):
        for i in range(1, IMPRESSIONS + 1):
            started = time.perf_counter()
            images[(f, i)] = synthetic.impression(seed, i).pixels
            (first if i == 1 else later).append((time.perf_counter() - started) * 1000)
    return images, first, later


def rates(measured: dict[Key, Measured]) -> ErrorRates:
    scores = fvc_protocol({k: m.minutiae for k, m in measured.items()})
    return error_rates(scores.genuine, scores.impostor, scores.all_impostors)


def spread(values: list[int]) -> dict[str, float]:
    return {"min": min(values), "median": statistics.median(values), "max": max(values)}


def run() -> bool:
    judge = Yardstick()
    print("bench: generating and measuring the synthetic set", file=sys.stderr, flush=True)
    images, first, later = generate()
    ours = {k: judge.measure(v) for k, v in images.items()}
    ours_rates = rates(ours)
    scores = fvc_protocol({k: m.minutiae for k, m in ours.items()})
    nfiq2 = {"synthetic": spread([m.nfiq2 for m in ours.values()])}
    pairs: list[tuple[int, int]] = []  # (our quality, NFIQ2) over the FVC2002 images
    db1_rates = None
    for name in FVC2002_DPI:
        print(f"bench: measuring FVC2002 {name}", file=sys.stderr, flush=True)
        fvc = load_fvc2002(name)
        measured = {k: judge.measure(v) for k, v in fvc.items()}
        nfiq2[name] = spread([m.nfiq2 for m in measured.values()])
        pairs += [(quality(fvc[k]), m.nfiq2) for k, m in measured.items()]
        if name == "DB1":
            db1_rates = rates(measured)
    assert db1_rates is not None
    for name, s in nfiq2.items():
        print(f"NFIQ2 {name:<10} min {s['min']:>3}   median {s['median']:>5}   max {s['max']:>3}")
    medians = [nfiq2[n]["median"] for n in FVC2002_DPI]
    ours_median = nfiq2["synthetic"]["median"]
    figures: dict[str, float | None] = {
        "synthetic_eer_pct": 100 * ours_rates.eer,
        "nfiq2_median_outside_fvc": max(0.0, min(medians) - ours_median, ours_median - max(medians)),
        "first_impression_ms": statistics.median(first),
        "impression_ms": statistics.median(later),
        "db1_eer_gap_pct": abs(100 * db1_rates.eer - DB1_NBIS_EER),
    }
    extras: dict[str, object] = {
        "synthetic_eer_bracket_pct": [round(100 * ours_rates.eer_low, 2), round(100 * ours_rates.eer_high, 2)],
        "synthetic_fmr100_pct": 100 * ours_rates.fmr100,
        "synthetic_fmr1000_pct": 100 * ours_rates.fmr1000,
        "genuine_mean": statistics.mean(scores.genuine),
        "impostor_mean": statistics.mean(scores.all_impostors),
        "synthetic_minutiae_median": statistics.median(len(m.minutiae.get()) for m in ours.values()),
        "db1_eer_pct": 100 * db1_rates.eer,
        "db1_fmr100_pct": 100 * db1_rates.fmr100,
        "ms_per_impression_all": statistics.mean(first + later),
        "nfiq2": nfiq2,
        "nfiq2_failures": sum(m.nfiq2_failed for m in ours.values()),
        "quality_nfiq2_spearman": spearman([q for q, _ in pairs], [n for _, n in pairs]),
    }
    return report(figures, extras, TARGETS)

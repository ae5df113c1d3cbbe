"""``python -m bench fingerprints --calibrate``: the score thresholds of app/biometrics/thresholds.py, re-derived.

Every image of the four FVC2002 B sets and of a fixed set of synthetic fingers (two impressions each) goes
through our extractor and matcher, and every pair is compared. Pairs of different fingers, within a set or
across sets, are the impostors (about 130,000); the FVC genuine pairs (1,120) give the FNMR. A threshold for a
false match rate r is set just above the impostor score that r of the impostors reach, rounded up to 1e-4.
The targets check the constants in thresholds.py against these impostors; the exponential fit of their upper tail
(which raises the thresholds with the size of a 1:N gallery) is printed beside the constants it should match.
"""

from __future__ import annotations

import math
import sys

import numpy as np

from app.biometrics import synthetic, thresholds
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.matching import Cylinders, MccMatcher
from bench.figures import Target, report
from bench.fingerprints import default_sets, score_matrix
from bench.nbis_yardstick import load_folder

SYNTHETIC_FINGERS = 100
RED_FMR, YELLOW_FMR = 1e-4, 1e-2
TARGETS = (
    Target("red_fmr_pct", "FMR at thresholds.RED", 100 * RED_FMR, "%"),
    Target("yellow_fmr_pct", "FMR at thresholds.YELLOW", 100 * YELLOW_FMR, "%"),
)


def threshold(impostors: np.ndarray, max_fmr: float) -> float:
    """The lowest threshold (a multiple of 1e-4) that at most ``max_fmr`` of the impostor scores reach."""
    allowed = math.floor(max_fmr * len(impostors))
    highest = np.sort(impostors)[::-1]
    if allowed >= len(highest):
        return 0.0
    return math.floor(float(highest[allowed]) * 1e4 + 1) / 1e4


def tail_fit(impostors: np.ndarray) -> tuple[float, float]:
    """(TAIL_FROM, TAIL_SCALE) of thresholds.py: the score TAIL_SHARE of the impostors reach, and their mean
    excess over it (the maximum-likelihood scale of an exponential tail)."""
    start = float(np.quantile(impostors, 1 - thresholds.TAIL_SHARE))
    return start, float((impostors[impostors > start] - start).mean())


def _templates() -> tuple[list[Cylinders], list[tuple[str, int]], list[bool]]:
    """Prepared templates, each with its finger's label and whether it is a real (FVC) print."""
    extractor, matcher = MinutiaeExtractor(), MccMatcher()
    prepared, labels, real = [], [], []
    for image_set in default_sets():
        print(f"bench: {image_set.name}", file=sys.stderr, flush=True)
        for (finger, _), pixels in load_folder(image_set.folder, image_set.dpi).items():
            prepared.append(matcher.prepare(extractor.extract(pixels, image_set.dpi)))
            labels.append((image_set.name, finger))
            real.append(True)
    print(f"bench: {SYNTHETIC_FINGERS} synthetic fingers", file=sys.stderr, flush=True)
    for n in range(SYNTHETIC_FINGERS):
        seed = synthetic.finger_seed(f"calibration finger {n}", 1 + n % 10)
        for index in (1, 2):
            view = synthetic.impression(seed, index)
            prepared.append(matcher.prepare(extractor.extract(view.pixels, view.dpi)))
            labels.append(("synthetic", n))
            real.append(False)
    return prepared, labels, real


def run() -> bool:
    prepared, labels, real = _templates()
    print(f"bench: comparing {len(prepared)} templates pairwise", file=sys.stderr, flush=True)
    scores = score_matrix(MccMatcher(), prepared)
    i, j = np.triu_indices(len(prepared), 1)
    numbers: dict[tuple[str, int], int] = {}
    finger = np.array([numbers.setdefault(label, len(numbers)) for label in labels])
    is_real = np.array(real)
    same = finger[i] == finger[j]
    pair = scores[i, j]
    impostors, real_impostors = pair[~same], pair[~same & is_real[i] & is_real[j]]
    genuine = pair[same & is_real[i]]

    def fmr(t: float, among: np.ndarray = impostors) -> float:
        return 100 * float((among >= t).mean())

    def fnmr(t: float) -> float:
        return 100 * float((genuine < t).mean())

    print(f"{len(impostors):,} impostor pairs ({len(real_impostors):,} between FVC prints), "
          f"{len(genuine):,} FVC genuine pairs")
    measured = {"RED": threshold(impostors, RED_FMR), "YELLOW": threshold(impostors, YELLOW_FMR)}
    current = {"RED": thresholds.RED, "YELLOW": thresholds.YELLOW}
    extras: dict[str, object] = {"impostors": len(impostors), "fvc_impostors": len(real_impostors),
                                 "fvc_genuine": len(genuine)}
    for name in ("RED", "YELLOW"):
        for source, t in (("measured", measured[name]), ("thresholds.py", current[name])):
            print(f"{name:<6} {source:<13} {t:.4f}   FMR {fmr(t):.4f} % (FVC only {fmr(t, real_impostors):.4f} %)"
                  f"   FNMR {fnmr(t):.2f} %")
        extras[f"{name.lower()}_measured"] = measured[name]
        extras[f"{name.lower()}_fnmr_pct"] = fnmr(current[name])
    start, scale = tail_fit(impostors)
    print(f"tail   measured      from {start:.4f} scale {scale:.4f}   thresholds.py from {thresholds.TAIL_FROM:.4f} "
          f"scale {thresholds.TAIL_SCALE:.4f}")
    for rate in (1e-3, 1e-4, 1e-5):
        t = thresholds.for_search(rate, 1)
        print(f"tail   FMR {100 * rate:g} % predicted at {t:.4f}, measured there {fmr(t):.4f} %")
    extras |= {"tail_from_measured": start, "tail_scale_measured": scale}
    figures: dict[str, float | None] = {"red_fmr_pct": fmr(current["RED"]), "yellow_fmr_pct": fmr(current["YELLOW"])}
    return report(figures, extras, TARGETS)

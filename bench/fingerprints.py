"""``python -m bench fingerprints [DIR[@DPI] ...]``: the engine's accuracy, our extractor and matcher against NIST
NBIS (mindtct + bozorth3) in the same run, under the FVC protocol on each set of ``finger_impression`` images.

A folder is read at 500 dpi unless ``@DPI`` says otherwise; without folders, the four FVC2002 B sets (DB2 at
569 dpi). Per set: EER as FVC defines it (genuine pairs against the 45 first-impression impostors), EER against
all impostors, FMR100 and FMR1000 (all impostors). Our extractor reads each image at its own resolution; mindtct
gets it resampled to 500 dpi, the resolution it assumes. The targets apply to our means over the sets run.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.matching import Cylinders, MccMatcher
from bench.figures import Target, report
from bench.fvc import error_rates
from bench.nbis_yardstick import (
    FVC2002_DPI,
    SHARED,
    Key,
    ProtocolScores,
    fvc_protocol,
    load_folder,
    nbis_extractor,
    png_bytes,
    protocol_scores,
)

TARGETS = (
    Target("mean_eer_pct", "our engine: mean EER, FVC protocol", 2.2, "%"),
    Target("mean_fmr1000_pct", "our engine: mean FMR1000, all impostors", 8.0, "%"),
)


@dataclass(frozen=True)
class ImageSet:
    folder: Path
    dpi: float

    @property
    def name(self) -> str:
        return self.folder.name


def parse_set(text: str) -> ImageSet:
    """``DIR`` or ``DIR@DPI``."""
    folder, at, dpi = text.rpartition("@")
    return ImageSet(Path(folder), float(dpi)) if at else ImageSet(Path(text), 500.0)


def default_sets() -> list[ImageSet]:
    return [ImageSet(SHARED / f"FVC2002_{name}_B", dpi) for name, dpi in FVC2002_DPI.items()]


def score_matrix(matcher: MccMatcher, prepared: Sequence[Cylinders]) -> np.ndarray:
    """(n, n) scores, filled above the diagonal only (i < j), each row by one compare_many."""
    scores = np.zeros((len(prepared), len(prepared)))
    for i, probe in enumerate(prepared[:-1]):
        scores[i, i + 1:] = matcher.compare_many(probe, prepared[i + 1:])
    return scores


def engine_protocol(keys: Sequence[Key], scores: np.ndarray) -> ProtocolScores:
    """The FVC protocol's attempts picked out of a score matrix over ``keys`` (same order)."""
    return protocol_scores(keys, lambda i, j: float(scores[i, j]))


def figures_of(scores: ProtocolScores) -> dict[str, float]:
    fvc = error_rates(scores.genuine, scores.impostor, scores.all_impostors)
    every = error_rates(scores.genuine, scores.all_impostors)
    return {"eer_pct": 100 * fvc.eer, "eer_all_pct": 100 * every.eer,
            "fmr100_pct": 100 * fvc.fmr100, "fmr1000_pct": 100 * fvc.fmr1000}


@dataclass
class Timing:
    extract_ms: list[float]
    prepare_ms: list[float]
    compare_us: list[float]  # per candidate, inside compare_many


def ours(image_set: ImageSet, timing: Timing) -> ProtocolScores:
    extractor, matcher = MinutiaeExtractor(), MccMatcher()
    prepared: dict[Key, Cylinders] = {}
    for key, pixels in load_folder(image_set.folder, image_set.dpi).items():
        started = time.perf_counter()
        minutiae = extractor.extract(pixels, image_set.dpi)
        extracted = time.perf_counter()
        prepared[key] = matcher.prepare(minutiae)
        timing.extract_ms.append((extracted - started) * 1000)
        timing.prepare_ms.append((time.perf_counter() - extracted) * 1000)
    keys = sorted(prepared)
    started = time.perf_counter()
    scores = score_matrix(matcher, [prepared[k] for k in keys])
    timing.compare_us.append((time.perf_counter() - started) * 1e6 / (len(keys) * (len(keys) - 1) / 2))
    return engine_protocol(keys, scores)


def nbis(image_set: ImageSet) -> ProtocolScores:
    mindtct = nbis_extractor(False)
    images = load_folder(image_set.folder, image_set.dpi, 500)
    return fvc_protocol({key: mindtct.extract_minutiae(png_bytes(pixels)) for key, pixels in images.items()})


def _line(label: str, f: dict[str, float]) -> str:
    return (f"{label:<24} EER {f['eer_pct']:5.2f} %   EER all {f['eer_all_pct']:5.2f} %   "
            f"FMR100 {f['fmr100_pct']:5.2f} %   FMR1000 {f['fmr1000_pct']:5.2f} %")


def _means(per_set: dict[str, dict[str, float]]) -> dict[str, float]:
    return {k: statistics.mean(f[k] for f in per_set.values()) for k in next(iter(per_set.values()))}


def _summary(per_set: dict[str, dict[str, float]]) -> dict[str, object]:
    means = _means(per_set)
    return {"per_set": {name: {k: round(v, 3) for k, v in f.items()} for name, f in per_set.items()},
            "mean_eer": round(means["eer_pct"], 3), "mean_fmr1000": round(means["fmr1000_pct"], 3)}


def run(sets: Sequence[ImageSet]) -> bool:
    timing = Timing([], [], [])
    mine: dict[str, dict[str, float]] = {}
    theirs: dict[str, dict[str, float]] = {}
    for image_set in sets:
        print(f"bench: {image_set.name} at {image_set.dpi:g} dpi", file=sys.stderr, flush=True)
        mine[image_set.name] = figures_of(ours(image_set, timing))
        theirs[image_set.name] = figures_of(nbis(image_set))
        print(_line(f"{image_set.name} ours", mine[image_set.name]))
        print(_line(f"{image_set.name} NBIS", theirs[image_set.name]))
    print(_line("mean ours", _means(mine)))
    print(_line("mean NBIS", _means(theirs)))
    figures: dict[str, float | None] = {"mean_eer_pct": _means(mine)["eer_pct"],
                                        "mean_fmr1000_pct": _means(mine)["fmr1000_pct"]}
    extras: dict[str, object] = {
        "extract_ms_median": statistics.median(timing.extract_ms),
        "prepare_ms_median": statistics.median(timing.prepare_ms),
        "compare_us_mean": statistics.mean(timing.compare_us),
        "ours": _summary(mine),
        "nbis": _summary(theirs),
    }
    return report(figures, extras, TARGETS)

"""``python -m bench extraction``: our numpy minutiae extractor against NIST mindtct, judged by the same matchers.

Both extractors' minutiae of the four FVC2002 B sets go through bozorth3 (nbis-py) and through our Minutia
Cylinder-Code matcher under the FVC protocol, so each difference in EER is the extractors' alone. Ours reads each
image at its own resolution (DB2 at 569 dpi) and reaches bozorth3 as an ISO/IEC 19794-2 record, the way
templates are stored; mindtct gets the image at 500 dpi, the resolution it assumes. extract_ms is our time per
image on one core, from the 8-bit array to the minutiae, median over every image.
"""

from __future__ import annotations

import statistics
import struct
import sys
import time

import nbis
import numpy as np

from app.biometrics import iso19794
from app.biometrics.engine import Minutiae
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.matching import MccMatcher
from bench.figures import Target, report
from bench.fingerprints import engine_protocol, score_matrix
from bench.fvc import ErrorRates, error_rates
from bench.nbis_yardstick import (
    FVC2002_DPI,
    SHARED,
    Key,
    fvc_protocol,
    load_folder,
    load_fvc2002,
    nbis_extractor,
    png_bytes,
)

TARGETS = (
    Target("extract_ms", "our extraction, median per image", 60, "ms"),
    Target("bozorth3_gain_mean_pts", "bozorth3 EER, ours - mindtct, 4-set mean", 0.0, "pts"),
    Target("bozorth3_gain_worst_pts", "bozorth3 EER, ours - mindtct, worst set", 0.0, "pts"),
    Target("mcc_gain_mean_pts", "MCC EER, ours - mindtct, 4-set mean", 0.0, "pts"),
    Target("engine_eer_mean_pct", "engine (ours + MCC) EER, 4-set mean", 2.2, "%"),
)
_VIEW_HEADER = 4  # position, view and impression, quality, minutia count
_EXTENDED = 2


def for_nbis(record: bytes) -> bytes:
    """nbis-py 0.1.3 reads (and writes) a variant of the record: the general header, then a two-byte minutia
    count and the minutiae, with no finger-view header and no extended-data block."""
    template = iso19794.read(record)
    count = len(template.views[0].minutiae)
    body = record[iso19794.HEADER.size + _VIEW_HEADER:len(record) - _EXTENDED]
    length = iso19794.HEADER.size + 2 + len(body)
    header = record[:8] + struct.pack(">I", length) + record[12:iso19794.HEADER.size]
    return header + struct.pack(">H", count) + body


class Bozorth:
    """Our minutiae as bozorth3 input. bozorth3 expects them sorted by x, then y (its reader of NIST files sorts
    them; this import does not), and misses most pairs otherwise. nbis-py refuses a record without minutiae:
    such a template scores 0 against anything."""

    def __init__(self, matcher: nbis.NbisExtractor, minutiae: Minutiae) -> None:
        order = np.lexsort((minutiae.y, minutiae.x))
        fields = {name: getattr(minutiae, name)[order] for name in ("x", "y", "angle", "kind", "quality")}
        ordered = Minutiae(**fields, width=minutiae.width, height=minutiae.height)
        record = for_nbis(iso19794.write(ordered.to_iso()))
        self.template = matcher.load_iso_19794_2_2005(record) if len(ordered) else None

    def compare(self, other: Bozorth) -> int:
        if self.template is None or other.template is None:
            return 0
        return self.template.compare(other.template)


def from_nbis(found: nbis.Minutiae, shape: tuple[int, ...]) -> Minutiae:
    """mindtct's minutiae as the engine's (nbis-py gives ISO's counter-clockwise angles, in degrees)."""
    points = found.get()
    return Minutiae(x=np.array([p.x() for p in points], dtype=np.float32),
                    y=np.array([p.y() for p in points], dtype=np.float32),
                    angle=np.deg2rad([p.angle() for p in points]).astype(np.float32),
                    kind=np.array([p.kind().value for p in points], dtype=np.uint8),
                    quality=np.array([round(100 * min(p.reliability(), 1.0)) for p in points], dtype=np.uint8),
                    width=shape[1], height=shape[0])


def bozorth_rates(templates: dict[Key, nbis.Minutiae] | dict[Key, Bozorth]) -> ErrorRates:
    scores = fvc_protocol(templates)
    return error_rates(scores.genuine, scores.impostor, scores.all_impostors)


def mcc_rates(minutiae: dict[Key, Minutiae]) -> ErrorRates:
    matcher = MccMatcher()
    keys = sorted(minutiae)
    scores = engine_protocol(keys, score_matrix(matcher, [matcher.prepare(minutiae[k]) for k in keys]))
    return error_rates(scores.genuine, scores.impostor, scores.all_impostors)


def run() -> bool:
    nist = nbis_extractor(False)
    ours = MinutiaeExtractor()
    times: list[float] = []
    per_set: dict[str, dict[str, float]] = {}
    for name, dpi in FVC2002_DPI.items():
        print(f"bench: FVC2002 {name}", file=sys.stderr, flush=True)
        mine: dict[Key, Minutiae] = {}
        for key, pixels in load_folder(SHARED / f"FVC2002_{name}_B", dpi).items():
            started = time.perf_counter()
            mine[key] = ours.extract(pixels, dpi)
            times.append((time.perf_counter() - started) * 1000)
        at_500 = load_fvc2002(name)
        found = {k: nist.extract_minutiae(png_bytes(v)) for k, v in at_500.items()}
        theirs = {k: from_nbis(m, at_500[k].shape) for k, m in found.items()}
        rates = {"ours_bozorth3": bozorth_rates({k: Bozorth(nist, m) for k, m in mine.items()}),
                 "mindtct_bozorth3": bozorth_rates(found),
                 "ours_mcc": mcc_rates(mine), "mindtct_mcc": mcc_rates(theirs)}
        per_set[name] = {f"{k}_eer_pct": 100 * r.eer for k, r in rates.items()}
        per_set[name] |= {f"{k}_fmr100_pct": 100 * r.fmr100 for k, r in rates.items()}
        per_set[name]["ours_minutiae_median"] = statistics.median(len(m) for m in mine.values())
        per_set[name]["mindtct_minutiae_median"] = statistics.median(len(m) for m in theirs.values())
        print(f"{name}: EER bozorth3 ours {100 * rates['ours_bozorth3'].eer:5.2f} %  mindtct "
              f"{100 * rates['mindtct_bozorth3'].eer:5.2f} %   MCC ours {100 * rates['ours_mcc'].eer:5.2f} %  "
              f"mindtct {100 * rates['mindtct_mcc'].eer:5.2f} %")
    mean = {k: statistics.mean(s[f"{k}_eer_pct"] for s in per_set.values()) for k in rates}
    figures: dict[str, float | None] = {
        "extract_ms": statistics.median(times),
        "bozorth3_gain_mean_pts": mean["ours_bozorth3"] - mean["mindtct_bozorth3"],
        "bozorth3_gain_worst_pts": max(s["ours_bozorth3_eer_pct"] - s["mindtct_bozorth3_eer_pct"]
                                       for s in per_set.values()),
        "mcc_gain_mean_pts": mean["ours_mcc"] - mean["mindtct_mcc"],
        "engine_eer_mean_pct": mean["ours_mcc"],
    }
    extras: dict[str, object] = {
        **{f"{k}_eer_mean_pct": v for k, v in mean.items()},
        "extract_ms_p95": float(np.percentile(times, 95)),
        "sets": {k: {n: round(v, 3) for n, v in s.items()} for k, s in per_set.items()},
    }
    return report(figures, extras, TARGETS)

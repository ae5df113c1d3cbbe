"""``python -m bench extraction``: our numpy minutiae extractor against NIST mindtct, judged by the same matcher.

Both extractors' minutiae of the four FVC2002 B sets go through bozorth3 (nbis-py) under the FVC protocol, so
the difference in EER is the extractors' alone. Ours reads each image at its own resolution (DB2 at 569 dpi) and
hands its minutiae over as an ISO/IEC 19794-2 record, the way templates are stored. extract_ms is our time per
image on one core, from the 8-bit array to the minutiae, median over every image.
"""

from __future__ import annotations

import statistics
import struct
import sys
import time

import nbis
import numpy as np
from PIL import Image

from app.biometrics import iso19794
from app.biometrics.engine import Minutiae
from app.biometrics.extraction import MinutiaeExtractor
from bench.figures import Target, report
from bench.fvc import ErrorRates, error_rates
from bench.nbis_yardstick import FVC2002_DPI, SHARED, Key, _extractor, fvc_protocol, load_fvc2002, png_bytes

TARGETS = (
    Target("extract_ms", "our extraction, median per image", 60, "ms"),
    Target("eer_gain_mean_pts", "bozorth3 EER, ours - mindtct, 4-set mean", 0.0, "pts"),
    Target("eer_gain_worst_pts", "bozorth3 EER, ours - mindtct, worst set", 0.0, "pts"),
)
_VIEW_HEADER = 4  # position, view and impression, quality, minutia count
_EXTENDED = 2


def native_images(name: str) -> dict[Key, np.ndarray]:
    """One FVC2002 B set as 8-bit arrays at the sensor's own resolution (FVC2002_DPI)."""
    return {(int(p.stem[:3]) - 100, int(p.stem[4:])): np.asarray(Image.open(p).convert("L"))
            for p in sorted((SHARED / f"FVC2002_{name}_B").glob("*.tif"))}


def for_nbis(record: bytes) -> bytes:
    """nbis-py 0.1.3 reads (and writes) a variant of the record: the general header, then a two-byte minutia
    count and the minutiae, with no finger-view header and no extended-data block."""
    template = iso19794.read(record)
    count = len(template.views[0].minutiae)
    body = record[iso19794.HEADER.size + _VIEW_HEADER:len(record) - _EXTENDED]
    length = iso19794.HEADER.size + 2 + len(body)
    header = record[:8] + struct.pack(">I", length) + record[12:iso19794.HEADER.size]
    return header + struct.pack(">H", count) + body


def as_bozorth(matcher: nbis.NbisExtractor, minutiae: Minutiae) -> nbis.Minutiae:
    """Our minutiae as bozorth3 input. bozorth3 expects them sorted by x, then y (its reader of NIST files sorts
    them; this import does not), and misses most pairs otherwise."""
    order = np.lexsort((minutiae.y, minutiae.x))
    fields = {name: getattr(minutiae, name)[order] for name in ("x", "y", "angle", "kind", "quality")}
    ordered = Minutiae(**fields, width=minutiae.width, height=minutiae.height)
    return matcher.load_iso_19794_2_2005(for_nbis(iso19794.write(ordered.to_iso())))


def bozorth_rates(templates: dict[Key, nbis.Minutiae]) -> ErrorRates:
    scores = fvc_protocol(templates)
    return error_rates(scores.genuine, scores.impostor, scores.all_impostors)


def run() -> bool:
    nist = _extractor(False)
    ours = MinutiaeExtractor()
    times: list[float] = []
    per_set: dict[str, dict[str, float]] = {}
    for name, dpi in FVC2002_DPI.items():
        print(f"bench: FVC2002 {name}", file=sys.stderr, flush=True)
        minutiae: dict[Key, Minutiae] = {}
        for key, pixels in native_images(name).items():
            started = time.perf_counter()
            minutiae[key] = ours.extract(pixels, dpi)
            times.append((time.perf_counter() - started) * 1000)
        mine = bozorth_rates({k: as_bozorth(nist, m) for k, m in minutiae.items()})
        theirs = bozorth_rates({k: nist.extract_minutiae(png_bytes(v)) for k, v in load_fvc2002(name).items()})
        per_set[name] = {"ours_eer_pct": 100 * mine.eer, "mindtct_eer_pct": 100 * theirs.eer,
                         "ours_fmr100_pct": 100 * mine.fmr100, "mindtct_fmr100_pct": 100 * theirs.fmr100,
                         "ours_minutiae_median": statistics.median(len(m) for m in minutiae.values())}
        print(f"{name}: bozorth3 EER ours {100 * mine.eer:5.2f} %   mindtct {100 * theirs.eer:5.2f} %   "
              f"FMR100 ours {100 * mine.fmr100:5.2f} %   mindtct {100 * theirs.fmr100:5.2f} %")
    gains = [s["ours_eer_pct"] - s["mindtct_eer_pct"] for s in per_set.values()]
    figures: dict[str, float | None] = {
        "extract_ms": statistics.median(times),
        "eer_gain_mean_pts": statistics.mean(gains),
        "eer_gain_worst_pts": max(gains),
    }
    extras: dict[str, object] = {
        "ours_eer_mean_pct": statistics.mean(s["ours_eer_pct"] for s in per_set.values()),
        "mindtct_eer_mean_pct": statistics.mean(s["mindtct_eer_pct"] for s in per_set.values()),
        "extract_ms_p95": float(np.percentile(times, 95)),
        "sets": {k: {n: round(v, 3) for n, v in s.items()} for k, s in per_set.items()},
    }
    return report(figures, extras, TARGETS)

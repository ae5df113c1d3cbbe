"""``python -m bench fingerprints --speed``: 1:N identification against a 100,000-template gallery.

The gallery holds what CRO enrolment stores for each finger of the four FVC2002 B sets, its first three
impressions (enrolment indexes every impression it takes), planted under random keys among synthetic
distractors (bench.fingerprint_gallery); the probes are the other five impressions of those fingers, each
read from its image file at its own resolution and extracted as a check post would.

extract_ms: our extractor, median per image over all 320 images. search_s: one probe's minutiae against the
whole gallery (pre-filter on every core, then the matcher on the shortlist), median; comparisons_per_s is the
gallery size over it. identify_p95_s: image to answer (extraction included), 95th percentile over the probes.
rank1: share of probes whose first hit is one of their finger's enrolled impressions; rank1_miss is its
complement, the form the report's targets take (at most). screen_recall: share of probes with an enrolled
impression in the shortlist the matcher sees.
gallery_load_s: from the rows as read from the database (key, packed bytes) in a list to a searchable
index, median of three (the station's loader is not there yet). db_load_s adds reading those rows from a
table (id, packed) of a fresh SQLCipher database through app.storage (the same process wrote it, so its
pages may still be in the OS cache; the station's own query also joins the impressions).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from sqlalchemy import text

from app.biometrics.engine import Minutiae
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.index import FingerIndex
from app.biometrics.matching import MccMatcher
from app.fingerprints.enrolment import IMPRESSIONS_PER_FINGER
from app.storage.database import Database
from bench.figures import Target, percentile, report
from bench.fingerprint_gallery import gallery_rows
from bench.nbis_yardstick import FVC2002_DPI, SHARED, load_folder

GALLERY = 100_000
LOAD_RUNS = 3
TARGETS = (
    Target("extract_ms", "our extraction, median per image", 60, "ms"),
    Target("search_s", "1:N search of the gallery, median", 1.0, "s"),
    Target("identify_p95_s", "image to 1:N answer, p95", 1.0, "s"),
    Target("rank1_miss", "probes whose mate is not first", 0.05, ""),
    Target("gallery_bytes_per_template", "stored row per template, mean", 2048, "B"),
    Target("gallery_load_s", "100,000 rows to a searchable index", 2.0, "s"),
)


def extracted() -> tuple[dict[tuple[str, int, int], np.ndarray], dict[tuple[str, int, int], Minutiae], list[float]]:
    """Every FVC2002 B image at its own resolution, its minutiae, and the extraction times in ms."""
    extractor = MinutiaeExtractor()
    images, minutiae, times = {}, {}, []
    for name, dpi in FVC2002_DPI.items():
        for (finger, impression), pixels in load_folder(SHARED / f"FVC2002_{name}_B", dpi).items():
            key = (name, finger, impression)
            started = time.perf_counter()
            minutiae[key] = extractor.extract(pixels, dpi)
            times.append((time.perf_counter() - started) * 1000)
            images[key] = pixels
    return images, minutiae, times


def db_load_seconds(rows: list[tuple[int, bytes]], matcher: MccMatcher) -> float:
    """Rows written to an encrypted table, then read back and loaded: the read and the load timed."""
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "rows.db", os.urandom(32), durable=False)
        try:
            with db.write() as session:
                session.execute(text("CREATE TABLE finger_rows (id INTEGER PRIMARY KEY, packed BLOB NOT NULL)"))
                session.execute(text("INSERT INTO finger_rows VALUES (:id, :packed)"),
                                [{"id": key, "packed": row} for key, row in rows])
            started = time.perf_counter()
            with db.read() as session:
                stored = session.execute(text("SELECT id, packed FROM finger_rows ORDER BY id")).tuples().all()
            FingerIndex.load(stored, matcher=matcher)
            return time.perf_counter() - started
        finally:
            db.close()


def run() -> bool:
    print("bench: extracting the FVC2002 B sets", file=sys.stderr, flush=True)
    images, minutiae, extract_times = extracted()
    planted = sorted(k for k in minutiae if k[2] <= IMPRESSIONS_PER_FINGER)
    rows, mate_keys = gallery_rows([minutiae[k] for k in planted], GALLERY)
    mates: dict[tuple[str, int], set[int]] = {}
    for (name, finger, _), key in zip(planted, mate_keys, strict=True):
        mates.setdefault((name, finger), set()).add(key)
    matcher, extractor = MccMatcher(), MinutiaeExtractor()
    loads = []
    for _ in range(LOAD_RUNS):
        started = time.perf_counter()
        index = FingerIndex.load(rows, matcher=matcher)
        loads.append(time.perf_counter() - started)
    db_load = db_load_seconds(rows, matcher)
    print(f"bench: {len(index)} templates loaded; searching", file=sys.stderr, flush=True)
    searches, answers, firsts, screened = [], [], 0, 0
    probes = sorted(k for k in minutiae if k[2] > IMPRESSIONS_PER_FINGER)
    for key in probes:
        enrolled = mates[key[:2]]
        started = time.perf_counter()
        probe = extractor.extract(images[key], FVC2002_DPI[key[0]])
        searching = time.perf_counter()
        hits = index.search(probe, 1)
        done = time.perf_counter()
        searches.append(done - searching)
        answers.append(done - started)
        firsts += bool(hits) and hits[0].key in enrolled
        screened += not enrolled.isdisjoint(index.screen(probe, index.shortlist))
    search_s = statistics.median(searches)
    rank1 = firsts / len(probes)
    figures: dict[str, float | None] = {
        "extract_ms": statistics.median(extract_times),
        "search_s": search_s,
        "identify_p95_s": percentile(answers, 95),
        "rank1_miss": 1 - rank1,
        "gallery_bytes_per_template": float(np.mean([len(row) for _, row in rows])),
        "gallery_load_s": statistics.median(loads),
    }
    extras: dict[str, object] = {
        "comparisons_per_s": round(len(index) / search_s),
        "rank1": rank1,
        "screen_recall": screened / len(probes),
        "shortlist": index.shortlist,
        "penetration": index.shortlist / len(index),
        "gallery": len(index),
        "probes": len(probes),
        "identify_median_s": statistics.median(answers),
        "gallery_bytes_max": max(len(row) for _, row in rows),
        "gallery_load_from": "rows in memory, as read from the database",
        "db_load_s": db_load,
    }
    return report(figures, extras, TARGETS)

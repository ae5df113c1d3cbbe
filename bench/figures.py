"""The bench's figures: targets, percentiles, and the report (human lines, then one JSON line)."""

from __future__ import annotations

import json
import resource
import statistics
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    key: str
    label: str
    limit: float  # the figure must be at most this (at least, with at_least)
    unit: str
    at_least: bool = False


REGISTER_TARGETS: tuple[Target, ...] = (
    Target("cold_start_s", "cold start to a painted main window", 2.0, "s"),
    Target("first_paint_ms", "FIR register: first page painted", 300, "ms"),
    Target("search_p50_ms", "search + first page of hits, median", 100, "ms"),
    Target("search_p95_ms", "search + first page of hits, p95", 100, "ms"),
    Target("search_ratio", "search median / bare FTS5 median", 1.5, "x"),
    Target("save_p95_ms", "FIR save, submit to committed, p95", 50, "ms"),
    Target("rss_mb", "peak RSS of the bench process", 400, "MB"),
)
BUILD_TARGETS: tuple[Target, ...] = (
    Target("dist_mb", "size of the frozen program folder", 200, "MB"),
    Target("frozen_start_ratio", "frozen --selftest time / from source", 1.5, "x"),
)
SCANNER_TARGETS: tuple[Target, ...] = (
    Target("download_ratio", "download / wire time", 1.10, "x"),
    Target("recover_s", "unplug to next good capture, worst", 3.0, "s"),
)


def percentile(samples: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), interpolated between the nearest samples."""
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[round(q) - 1]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def report(figures: dict[str, float | None], extras: dict[str, object],
           targets: Sequence[Target] = REGISTER_TARGETS) -> bool:
    """Print one line a target, then the JSON line; True when every target is met."""
    met = True
    for t in targets:
        value = figures.get(t.key)
        missed = value is None or (value < t.limit if t.at_least else value > t.limit)
        verdict = "MISS" if missed else "PASS"
        met &= verdict == "PASS"
        shown = "n/a" if value is None else f"{value:,.2f} {t.unit}"
        print(f"{t.label:<40} {shown:>14}   target {'>=' if t.at_least else '<='} {t.limit:g} {t.unit}   {verdict}")
    print(json.dumps({**{t.key: _rounded(figures.get(t.key)) for t in targets},
                      **{k: _rounded(v) for k, v in extras.items()}}, ensure_ascii=False))
    return met


def _rounded(value: object) -> object:
    return round(value, 3) if isinstance(value, float) else value

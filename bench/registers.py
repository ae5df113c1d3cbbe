"""``python -m bench registers``: the FIR register's figures on a million-FIR station.

Build (or reuse) the database in a child process, so its memory is not this
process's peak RSS, then time: a cold start in a fresh process, the register's
first paint, searches against bare FTS5, and FIR saves.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from app.security.keystore import load_or_create_key
from bench import cold_start, drafts, paint, save, search
from bench.figures import peak_rss_mb, percentile, report
from bench.loader import Manifest, open_bench, reusable
from ui.context import AppContext
from ui.entry import make_app
from ui.i18n import Language
from ui.ops import Ops

COLD_STARTS = 3  # the median is reported
ROOT = Path(__file__).resolve().parent.parent


def default_dir(firs: int) -> Path:
    label = "1m" if firs == 1_000_000 else str(firs)
    return Path.home() / ".cache" / "thana-bench" / f"registers-{label}"


def ensure_built(data_dir: Path, firs: int, seed: int) -> tuple[Manifest, bool]:
    """The database's manifest, and whether it was built now (progress goes to stderr)."""
    manifest = reusable(data_dir, firs, seed)
    if manifest is not None:
        return manifest, False
    print(f"bench: building {firs:,} FIRs in {data_dir} (a few minutes)", file=sys.stderr, flush=True)
    done = subprocess.run([sys.executable, "-m", "bench.loader", "--data-dir", str(data_dir), "--firs", str(firs),
                           "--seed", str(seed)], cwd=ROOT, stdout=subprocess.PIPE, text=True, check=True)
    return Manifest(**json.loads(done.stdout.strip().splitlines()[-1])), True


def run(data_dir: Path, firs: int, seed: int) -> bool:
    manifest, built = ensure_built(data_dir, firs, seed)
    print(f"database: {data_dir} ({manifest.firs:,} FIRs at station {manifest.station_id}; "
          f"{'built' if built else 'reused, built'} in {manifest.build_s:.0f} s)")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    colds = [cold_start.measure(data_dir, manifest.username, manifest.password) for _ in range(COLD_STARTS)]
    app = make_app(offscreen_ok=True)
    assert app is not None
    services = open_bench(data_dir)
    ctx = AppContext(services=services, ops=Ops(), language=Language(app))
    try:
        ctx.actor = services.users.login(manifest.username, manifest.password)
        first_paint = paint.first_paint_ms(app, ctx)
        searched = search.measure(services, ctx.require_actor(), load_or_create_key(services.key_store),
                                  cnic_of=manifest.firs // 2)
        saved = save.measure(app, ctx, drafts.new_drafts(services, manifest.station_id, seed))
    finally:
        ctx.ops.shutdown()
        services.close()
    ours_p50, bare_p50 = statistics.median(searched.ours_ms), statistics.median(searched.bare_ms)
    figures: dict[str, float | None] = {
        "cold_start_s": statistics.median(c["cold_start_s"] for c in colds),
        "first_paint_ms": first_paint,
        "search_p50_ms": ours_p50,
        "search_p95_ms": percentile(searched.ours_ms, 95),
        "search_ratio": ours_p50 / bare_p50,
        "save_p95_ms": percentile(saved.ms, 95),
        "rss_mb": peak_rss_mb(),
    }
    extras: dict[str, object] = {
        "firs": manifest.firs, "build_s": manifest.build_s, "built_now": built,
        "cold_start_runs_s": [round(c["cold_start_s"], 3) for c in colds],
        "cold_start_rss_mb": max(c["rss_mb"] for c in colds),
        "search_bare_p50_ms": bare_p50, "search_bare_p95_ms": percentile(searched.bare_ms, 95),
        "search_first_round_p50_ms": statistics.median(searched.first_round()),
        "search_first_round_p95_ms": percentile(searched.first_round(), 95),
        "search_samples": len(searched.ours_ms), "search_hits": searched.hits,
        "search_query_p50_ms": searched.by_query(),
        "save_p50_ms": statistics.median(saved.ms), "save_samples": len(saved.ms), "save_first_ms": saved.first_ms,
    }
    return report(figures, extras)

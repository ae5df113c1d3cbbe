"""``python -m bench build``: the frozen program's size, and its start-up cost against the same
``--selftest`` run from source (interleaved runs in one process, medians; builds it if missing)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.figures import BUILD_TARGETS, report

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "build" / "dist" / "thana"
RUNS = 5


def folder_mb(folder: Path) -> float:
    """What the folder takes, counting each file once (PyInstaller links shared libraries by symlink)."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1_000_000


def timed(command: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=ROOT, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def run() -> bool:
    program = DIST / ("thana-cli.exe" if sys.platform == "win32" else "thana-cli")
    if not program.exists():
        print("bench: building the frozen program (make dist)", file=sys.stderr, flush=True)
        subprocess.run(["make", "dist"], cwd=ROOT, check=True, stdout=sys.stderr)
    frozen, source = [], []
    for _ in range(RUNS):
        frozen.append(timed([str(program), "--selftest"]))
        source.append(timed([sys.executable, "-m", "app.cli", "--selftest"]))
    figures: dict[str, float | None] = {
        "dist_mb": folder_mb(DIST),
        "frozen_start_ratio": statistics.median(frozen) / statistics.median(source),
    }
    extras: dict[str, object] = {"frozen_selftest_s": statistics.median(frozen),
                                 "source_selftest_s": statistics.median(source), "runs": RUNS}
    return report(figures, extras, BUILD_TARGETS)

"""Smoke test of the frozen program (run by .ci/run after ``make dist``).

Runs ``thana-cli --version``, ``--selftest``, ``scanner list`` and ``demo --screenshot`` offscreen from build/dist and
fails on a non-zero exit or on any stderr line that is not known to be harmless.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

DIST = Path(__file__).resolve().parent / "dist" / "thana"
HARMLESS = (
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),  # Qt's offscreen platform
    re.compile(r"^demo data: \d+ %$"),  # progress of the demo dataset
)


def run(args: list[str], env: dict[str, str]) -> list[str]:
    program = DIST / ("thana-cli.exe" if sys.platform == "win32" else "thana-cli")
    done = subprocess.run([str(program), *args], env=env, capture_output=True, text=True, timeout=300, check=False)
    unexpected = [line for line in done.stderr.splitlines() if line and not any(p.match(line) for p in HARMLESS)]
    print(f"$ thana-cli {' '.join(args)}  -> exit {done.returncode}\n{done.stdout.rstrip()}")
    problems = [f"exit {done.returncode}"] if done.returncode else []
    return problems + [f"stderr: {line}" for line in unexpected]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="thana-smoke-") as folder:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=folder, XDG_DATA_HOME=folder)
        shot = Path(folder) / "frozen.png"
        problems = run(["--version"], env) + run(["--selftest"], env) + run(["scanner", "list"], env)
        problems += run(["demo", "--data-dir", str(Path(folder) / "demo"), "--days", "3", "--screenshot", str(shot)],
                        env)
        # In Urdu too: right-to-left, Nastaliq, and Qt's ICU data cut down to English and Urdu.
        urdu = Path(folder) / "frozen-ur.png"
        problems += run(["demo", "--data-dir", str(Path(folder) / "demo"), "--lang", "ur", "--screenshot", str(urdu)],
                        env)
        if not all(p.exists() and p.stat().st_size > 10_000 for p in (shot, urdu)):
            problems.append("a demo screenshot was not written")
    for problem in problems:
        print(f"FROZEN SMOKE TEST: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

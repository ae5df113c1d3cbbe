"""Cold start: a fresh process from ``python`` to a main window with the FIR register painted.

Run as ``python -m bench.cold_start DATA_DIR USERNAME PASSWORD STARTED``, where
STARTED is the parent's ``time.monotonic()`` just before it launched the
process (the monotonic clock is system-wide on Linux, so interpreter start-up
counts). It does what ``ui.entry.run_shell`` does with ``auto_login``: open the
encrypted database (migrations and reference checks included), log in with the
password, build and show the main window, then wait until the FIR register's
first page has been painted. It prints one JSON line.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from app import settings
from app.services import open_services
from app.startup import choose_key_store
from bench.figures import peak_rss_mb
from bench.paint import PaintWatch, wait_painted
from ui.context import AppContext
from ui.entry import make_app
from ui.i18n import Language
from ui.ops import Ops
from ui.shell import Shell

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    data_dir, username, password, started = Path(argv[0]), argv[1], argv[2], float(argv[3])
    app = make_app(offscreen_ok=True)
    assert app is not None
    services = open_services(data_dir, choose_key_store(data_dir))
    ctx = AppContext(services=services, ops=Ops(), language=Language(app))
    try:
        shell = Shell(app, ctx, services.key_store.insecure)
        shell.set_language(services.settings.get(settings.LANGUAGE))
        ctx.actor = services.users.login(username, password)
        window = shell.show_main()
        wait_painted(app, PaintWatch(window.firs.table.viewport()))
        elapsed = time.monotonic() - started
        print(json.dumps({"cold_start_s": elapsed, "rss_mb": peak_rss_mb()}))
    finally:
        ctx.ops.shutdown()
        services.close()
    return 0


def measure(data_dir: Path, username: str, password: str) -> dict[str, float]:
    """Launch the cold start in a new interpreter and return its figures."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "bench.cold_start", str(data_dir), username, password,
                           repr(started)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
                          check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise RuntimeError(f"the cold start failed (exit code {done.returncode}): {last}")
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The `thana` command as a user runs it: version, demo screenshot offscreen, no display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

THANA = [sys.executable, "-m", "app.cli"]


def run(args: list[str], env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*THANA, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)


def test_version() -> None:
    result = run(["--version"], dict(os.environ))
    assert result.returncode == 0 and result.stdout.startswith("thana ")


def test_demo_screenshot_offscreen_logs_in_and_saves_the_window(tmp_path: Path) -> None:
    shot = tmp_path / "thana.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = run(["demo", "--data-dir", str(tmp_path / "demo"), "--days", "2", "--screenshot", str(shot)], env)
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert image.width() >= 1000 and image.height() >= 700
    assert (tmp_path / "demo" / "demo.key").exists()  # encrypted, key beside the synthetic data
    assert not (tmp_path / "demo" / "thana.db").read_bytes().startswith(b"SQLite format 3")


def test_demo_without_a_display_explains_xvfb_instead_of_aborting(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = run(["demo", "--data-dir", str(tmp_path / "demo")], env, timeout=30)
    assert result.returncode == 2
    assert "xvfb-run" in result.stderr and "Traceback" not in result.stderr


def test_selftest_from_source_reports_every_step() -> None:
    result = run(["--selftest"], dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stdout + result.stderr
    steps = [line.split(":")[1].strip() for line in result.stdout.splitlines() if line.startswith("ok:")]
    assert steps == ["encrypted database", "fonts", "translations", "scanners", "fingerprint engine", "main window"]

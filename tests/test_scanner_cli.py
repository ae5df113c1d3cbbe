"""``thana scanner list`` and ``thana scanner test`` as a technician runs them, against the emulator run as
its own program (``python -m devices.emulator``), as on a bench with a USB adapter."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent


def emulator(*options: str) -> Iterator[str]:
    process = subprocess.Popen([sys.executable, "-m", "devices.emulator", "--pty", *options], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        yield process.stdout.readline().strip()
    finally:
        process.terminate()
        process.communicate(timeout=10)


@pytest.fixture
def sensor_path() -> Iterator[str]:
    yield from emulator()


@pytest.fixture
def silent_path() -> Iterator[str]:
    yield from emulator("--fault", "silent", "--fault-times", "0")


def thana(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    return done, time.monotonic() - started


def test_scanner_test_shows_the_parameters_and_saves_one_capture(sensor_path: str, tmp_path: Path) -> None:
    out = tmp_path / "print.png"
    done, _ = thana("scanner", "test", "--port", sensor_path, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert f"scanner: ZFM on {sensor_path}" in done.stdout
    assert "packet_bytes: 128" in done.stdout and "templates stored: 0" in done.stdout
    assert "capture: 256 x 288 px at 500 dpi" in done.stdout
    with Image.open(out) as image:
        assert image.size == (256, 288) and image.mode == "L"
        assert round(image.info["dpi"][0]) == 500


def test_scanner_list_recognises_a_configured_port(sensor_path: str, tmp_path: Path) -> None:
    done, _ = thana("scanner", "list", "--port", sensor_path, "--port", str(tmp_path / "unplugged"))
    assert done.returncode == 0, done.stderr
    line = next(line for line in done.stdout.splitlines() if line.startswith(sensor_path))
    assert line.endswith("ZFM fingerprint scanner")
    assert "unplugged" not in done.stdout  # a configured port that is not there is not listed


@pytest.mark.parametrize("case", ["silent", "missing"])
def test_a_failure_is_one_line_and_a_non_zero_exit_within_5_seconds(
        case: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    port = request.getfixturevalue("silent_path") if case == "silent" else str(tmp_path / "ttyUSB0")
    done, seconds = thana("scanner", "test", "--port", port)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("thana scanner: "), done.stderr
    assert ("did not answer in time" if case == "silent" else "No fingerprint scanner is connected") in lines[0]
    assert seconds < 5

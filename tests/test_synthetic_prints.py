"""Synthetic fingerprints: deterministic, the right shape, varied like real impressions, and matchable."""

from __future__ import annotations

import itertools
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from app.biometrics import synthetic
from app.biometrics.quality import quality
from app.biometrics.synthetic import Print, finger_seed, impression

ROOT = Path(__file__).resolve().parents[1]
SEED = finger_seed("test person", 2)


def test_same_seed_and_index_give_the_same_pixels_even_after_regrowing_the_finger() -> None:
    first = impression(SEED, 3).pixels
    synthetic.finger.cache_clear()
    again = impression(SEED, 3).pixels
    assert np.array_equal(first, again)


def test_other_index_or_other_finger_gives_other_pixels() -> None:
    base = impression(SEED, 1).pixels
    assert not np.array_equal(base, impression(SEED, 2).pixels)
    assert not np.array_equal(base, impression(SEED + 1, 1).pixels)


@pytest.mark.parametrize(("height", "width"), [(288, 256), (388, 374)])
def test_impressions_are_8_bit_500_dpi_at_the_asked_size(height: int, width: int) -> None:
    shot = impression(SEED, 1, height, width)
    assert isinstance(shot, Print)
    assert shot.pixels.shape == (height, width)
    assert shot.pixels.dtype == np.uint8
    assert shot.dpi == 500


def test_default_size_is_the_zfm_sensors() -> None:
    assert impression(SEED, 1).pixels.shape == (288, 256)


def test_ridges_are_dark_on_a_light_background() -> None:
    pixels = impression(SEED, 1).pixels.astype(float)
    dark, light = np.percentile(pixels, [10, 90])
    assert dark < 110 < 150 < light
    assert np.median(pixels) > 110  # mostly background and valleys, not ink


def test_impressions_of_one_finger_differ_visibly() -> None:
    shots = [impression(SEED, i).pixels.astype(float) for i in range(1, 5)]
    for a, b in itertools.combinations(shots, 2):
        assert abs(np.corrcoef(a.ravel(), b.ravel())[0, 1]) < 0.5  # moved, turned, stretched: not one image
        assert np.mean(np.abs(a - b)) > 20


def test_finger_seed_is_stable_and_in_range() -> None:
    assert finger_seed("demo-person-1", 1) == 933506626126533499
    assert finger_seed("demo-person-1", 10) == 737639178761573943
    seeds = {finger_seed("demo-person-1", f) for f in range(1, 11)}
    assert len(seeds) == 10
    assert all(0 <= s < 2**63 for s in seeds)
    assert finger_seed("demo-person-2", 1) != finger_seed("demo-person-1", 1)


@pytest.mark.parametrize("finger", [0, 11, -1])
def test_finger_seed_refuses_positions_outside_1_to_10(finger: int) -> None:
    with pytest.raises(ValueError):
        finger_seed("demo-person-1", finger)


def test_generator_runs_on_numpy_alone() -> None:
    script = "import sys, app.biometrics.synthetic as s; s.impression(1, 1); print(sorted(sys.modules))"
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = {name.split(".")[0] for name in eval(out.stdout)}  # noqa: S307 - our own subprocess's module list
    assert not loaded & {"PIL", "scipy", "PySide6", "cv2"}


def test_quality_rates_blank_and_noise_low_and_synthetic_prints_high() -> None:
    rng = np.random.default_rng(7)
    assert quality(np.full((288, 256), 200, dtype=np.uint8)) < 20
    assert quality(np.zeros((288, 256), dtype=np.uint8)) < 20
    assert quality(rng.integers(0, 256, (288, 256), dtype=np.uint8)) < 20
    blotches = np.clip(128 + 60 * rng.standard_normal((36, 32)), 0, 255).repeat(8, 0).repeat(8, 1)
    assert quality(blotches.astype(np.uint8)) < 20
    scores = [quality(impression(SEED, i).pixels) for i in range(1, 6)]
    assert statistics.median(scores) >= 50


def test_quality_is_fast() -> None:
    pixels = impression(SEED, 1).pixels
    started = time.perf_counter()
    for _ in range(20):
        quality(pixels)
    assert (time.perf_counter() - started) / 20 < 0.015


@pytest.mark.slow
def test_nbis_matches_impressions_of_one_finger_and_tells_fingers_apart() -> None:
    from bench.fvc import error_rates
    from bench.nbis_yardstick import Yardstick, fvc_protocol

    judge = Yardstick()
    seeds = [finger_seed("nbis test person", f) for f in range(1, 6)]
    templates = {(f, i): judge.measure(impression(seed, i).pixels).minutiae
                 for f, seed in enumerate(seeds, start=1) for i in range(1, 5)}
    scores = fvc_protocol(templates)
    impostor_mean = statistics.mean(scores.all_impostors)
    for f in range(1, 6):
        own = [templates[(f, i)].compare(templates[(f, j)]) for i, j in itertools.combinations(range(1, 5), 2)]
        assert statistics.mean(own) > 3 * impostor_mean, f"finger {f}: {own} against impostors {impostor_mean:.1f}"
    assert error_rates(scores.genuine, scores.all_impostors).eer <= 0.10

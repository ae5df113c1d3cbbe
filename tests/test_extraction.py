"""The numpy minutiae extractor: minutiae stay put when the print moves or changes resolution, hopeless images
give none, bad input fails with a typed error, and real FVC2002 prints give plausible counts."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.biometrics import iso19794, synthetic
from app.biometrics.engine import Minutiae
from app.biometrics.extraction import ImageError, MinutiaeExtractor
from app.errors import ThanaError

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "fingerprints"
EXTRACTOR = MinutiaeExtractor()


@pytest.fixture(scope="module")
def print_pixels() -> np.ndarray:
    return synthetic.impression(synthetic.finger_seed("extraction test", 2), 1, height=320, width=288).pixels


def _found_again(x: np.ndarray, y: np.ndarray, angle: np.ndarray, second: Minutiae,
                 reach: float = 4.0, turn: float = math.radians(25)) -> float:
    """Share of the minutiae at (x, y, angle) with a minutia of ``second`` close by, pointing alike."""
    distance = np.hypot(x[:, None] - second.x[None, :], y[:, None] - second.y[None, :])
    bend = np.abs((angle[:, None] - second.angle[None, :] + np.pi) % (2 * np.pi) - np.pi)
    return float(((distance <= reach) & (bend <= turn)).any(axis=1).mean())


def _interior(m: Minutiae, margin: float) -> np.ndarray:
    return (m.x > margin) & (m.y > margin) & (m.x < m.width - margin) & (m.y < m.height - margin)


def test_the_output_keeps_the_engine_contract(print_pixels: np.ndarray) -> None:
    m = EXTRACTOR.extract(print_pixels)
    assert 15 <= len(m) <= 120
    assert (m.width, m.height) == (288, 320)
    assert m.x.dtype == m.y.dtype == m.angle.dtype == np.float32
    assert m.kind.dtype == m.quality.dtype == np.uint8
    assert set(m.kind.tolist()) <= {iso19794.MinutiaKind.ENDING, iso19794.MinutiaKind.BIFURCATION}
    assert ((m.angle >= 0) & (m.angle < 2 * np.pi)).all()
    assert ((m.quality >= 1) & (m.quality <= 100)).all()
    assert ((m.x >= 0) & (m.x < m.width) & (m.y >= 0) & (m.y < m.height)).all()
    back = Minutiae.from_iso(iso19794.read(iso19794.write(m.to_iso())))
    assert np.abs(back.x - m.x).max() <= 0.5 and len(back) == len(m)


def test_minutiae_turn_with_the_print(print_pixels: np.ndarray) -> None:
    """A quarter turn counter-clockwise on screen: (x, y) -> (y, width - 1 - x), every angle + 90°."""
    before = EXTRACTOR.extract(print_pixels)
    after = EXTRACTOR.extract(np.ascontiguousarray(np.rot90(print_pixels)))
    keep = _interior(before, 24)
    share = _found_again(before.y[keep], before.width - 1 - before.x[keep],
                         np.mod(before.angle[keep] + np.pi / 2, 2 * np.pi), after)
    assert share >= 0.8


def test_minutiae_move_with_the_print(print_pixels: np.ndarray) -> None:
    shifted = np.full((360, 330), 255, dtype=np.uint8)
    shifted[27:27 + 320, 31:31 + 288] = print_pixels
    before = EXTRACTOR.extract(print_pixels)
    after = EXTRACTOR.extract(shifted)
    keep = _interior(before, 24)
    assert _found_again(before.x[keep] + 31, before.y[keep] + 27, before.angle[keep], after) >= 0.8


def test_a_mirrored_print_mirrors_its_angles(print_pixels: np.ndarray) -> None:
    """Left-right mirror: x -> width - 1 - x and, counter-clockwise from the x axis, angle -> π - angle. A wrong
    sense of rotation or a ridge ending pointing the wrong way fails here even when a rotation test passes."""
    before = EXTRACTOR.extract(print_pixels)
    after = EXTRACTOR.extract(np.ascontiguousarray(print_pixels[:, ::-1]))
    keep = _interior(before, 24)
    share = _found_again(before.width - 1 - before.x[keep], before.y[keep],
                         np.mod(np.pi - before.angle[keep], 2 * np.pi), after)
    assert share >= 0.8


@pytest.mark.parametrize("dpi", [1000, 250])
def test_another_resolution_gives_the_same_minutiae(print_pixels: np.ndarray, dpi: int) -> None:
    height, width = print_pixels.shape
    scale = dpi / 500
    resized = Image.fromarray(print_pixels).resize((round(width * scale), round(height * scale)),
                                                  Image.Resampling.LANCZOS)
    at_500 = EXTRACTOR.extract(print_pixels)
    other = EXTRACTOR.extract(np.asarray(resized), dpi=dpi)
    assert (other.width, other.height) == (width, height)
    keep = _interior(at_500, 24)
    # Halving the resolution leaves a ridge period of 4.5 pixels: some detail is lost for good.
    assert _found_again(at_500.x[keep], at_500.y[keep], at_500.angle[keep], other) >= (
        0.75 if dpi > 500 else 0.5)


@pytest.mark.parametrize(("kind", "threshold"), [(iso19794.MinutiaKind.ENDING, 0.4),
                                                  (iso19794.MinutiaKind.BIFURCATION, -0.4)])
def test_a_lone_minutia_points_the_iso_way(kind: iso19794.MinutiaKind, threshold: float) -> None:
    """Horizontal ridges with one phase singularity at (128, 128): one more ridge on one side than on the other.
    With thin ridges that is a ridge ending, pointing into its ridge; with thick ridges a bifurcation, pointing
    between its branches into the valley they enclose (ISO/IEC 19794-2). Angles count counter-clockwise from
    the x axis on screen, so a step along the angle is (cos, -sin) in (column, row)."""
    rows, cols = np.mgrid[0:256, 0:256].astype(np.float64)
    phase = 2 * np.pi * rows / 9.0 + np.arctan2(rows - 128, cols - 128)
    dark = np.cos(phase) > threshold
    m = EXTRACTOR.extract(np.where(dark, 40, 220).astype(np.uint8))
    near = np.hypot(m.x - 128, m.y - 128) < 6
    assert near.sum() == 1 and m.kind[near][0] == kind
    x, y, a = float(m.x[near][0]), float(m.y[near][0]), float(m.angle[near][0])
    ahead = dark[round(y - 7 * math.sin(a)), round(x + 7 * math.cos(a))]
    behind = dark[round(y + 7 * math.sin(a)), round(x - 7 * math.cos(a))]
    assert (ahead, behind) == ((True, False) if kind == iso19794.MinutiaKind.ENDING else (False, True))
    assert len(m) == 1  # the straight ridges elsewhere hold no minutia, and the image's edge makes none


@pytest.mark.parametrize("name", ["blank", "black", "noise", "gradient"])
def test_hopeless_images_give_few_or_no_minutiae(name: str) -> None:
    rng = np.random.default_rng(5)
    pixels = {
        "blank": np.full((300, 300), 255, dtype=np.uint8),
        "black": np.zeros((300, 300), dtype=np.uint8),
        "noise": rng.integers(0, 256, (300, 300), dtype=np.uint8),
        "gradient": np.tile(np.linspace(0, 255, 300).astype(np.uint8), (300, 1)),
    }[name]
    assert len(EXTRACTOR.extract(pixels)) <= 3


@pytest.mark.parametrize(("pixels", "dpi"), [
    (np.zeros((300, 300, 3), dtype=np.uint8), 500),
    (np.zeros((300,), dtype=np.uint8), 500),
    (np.zeros((0, 0), dtype=np.uint8), 500),
    (np.zeros((300, 300), dtype=np.float32), 500),
    (np.zeros((300, 300), dtype=np.uint16), 500),
    ([[0] * 300] * 300, 500),
    (np.zeros((40, 300), dtype=np.uint8), 500),
    (np.zeros((300, 300), dtype=np.uint8), 0),
    (np.zeros((300, 300), dtype=np.uint8), float("nan")),
    (np.zeros((300, 300), dtype=np.uint8), 100_000),
])
def test_unusable_input_fails_with_a_typed_error(pixels: np.ndarray, dpi: float) -> None:
    with pytest.raises(ImageError) as caught:
        EXTRACTOR.extract(pixels, dpi)
    assert isinstance(caught.value, ThanaError)
    assert caught.value.text().startswith("The fingerprint image cannot be used (")


@pytest.mark.parametrize(("folder", "dpi"), [("FVC2002_DB1_B", 500), ("FVC2002_DB2_B", 569),
                                             ("FVC2002_DB3_B", 500), ("FVC2002_DB4_B", 500)])
def test_fvc2002_prints_give_plausible_minutia_counts(folder: str, dpi: int) -> None:
    counts = []
    for stem in ("101_1", "104_3", "108_6"):
        pixels = np.asarray(Image.open(SHARED / folder / f"{stem}.tif").convert("L"))
        m = EXTRACTOR.extract(pixels, dpi)
        assert (m.width, m.height) == (round(pixels.shape[1] * 500 / dpi), round(pixels.shape[0] * 500 / dpi))
        counts.append(len(m))
    assert all(10 <= c <= 150 for c in counts), counts

"""The minutiae matcher (MCC with LSS-R and an alignment check) on real prints: TOY_PNG and FVC2002 DB1 images
from ../shared, read in place, through our extractor."""

from __future__ import annotations

import functools
import itertools
import math
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from app.biometrics.engine import Minutiae
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.matching import Cylinders, MccMatcher

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "fingerprints"
MATCHER = MccMatcher()
SYMMETRY = 0.005  # moving a into b's frame or b into a's rounds differently: a pair at the limit may flip


@functools.cache
def minutiae(folder: str, finger: int, impression: int) -> Minutiae:
    path = next((SHARED / folder).glob(f"{finger}_{impression}.*"))
    return MinutiaeExtractor().extract(np.asarray(Image.open(path).convert("L")))


@functools.cache
def toy(finger: int, impression: int) -> Cylinders:
    return MATCHER.prepare(minutiae("TOY_PNG", finger, impression))


def fvc(finger: int, impression: int) -> Minutiae:
    return minutiae("FVC2002_DB1_B", 100 + finger, impression)


TOY_KEYS = [(f, i) for f in range(1, 6) for i in range(1, 4)]


def test_genuine_pairs_score_well_above_impostor_pairs() -> None:
    genuine, impostor = [], []
    for a, b in itertools.combinations(TOY_KEYS, 2):
        (genuine if a[0] == b[0] else impostor).append(MATCHER.compare(toy(*a), toy(*b)))
    assert np.mean(genuine) > 3 * np.mean(impostor)
    assert np.median(genuine) > np.percentile(impostor, 95)


def test_a_template_matches_itself_best() -> None:
    prepared = [MATCHER.prepare(fvc(f, 1)) for f in range(1, 6)] + [toy(*k) for k in TOY_KEYS]
    for n, probe in enumerate(prepared):
        scores = MATCHER.compare_many(probe, prepared)
        assert scores.argmax() == n
        assert scores[n] > 0.5


def test_compare_is_compare_many_of_one() -> None:
    a, others = toy(1, 1), [toy(*k) for k in TOY_KEYS]
    assert MATCHER.compare_many(a, others) == pytest.approx([MATCHER.compare(a, o) for o in others], abs=1e-9)


def test_a_batch_scores_each_candidate_as_alone() -> None:
    """A batch is padded to its largest candidate: the padding must never pair with anything, nor change which
    of several equally similar pairs is taken. Sparse probes (ten minutiae of a print) pair with few cylinders,
    which is where both went wrong."""
    batch = [MATCHER.prepare(fvc(f, 2)) for f in range(1, 9)] + [toy(*k) for k in TOY_KEYS[:4]]
    for finger in range(1, 9):
        full = fvc(finger, 1)
        rng = np.random.default_rng(finger)
        for _ in range(3):
            probe = MATCHER.prepare(_permuted(full, rng.choice(len(full), 10, replace=False)))
            alone = [MATCHER.compare(probe, c) for c in batch]
            assert MATCHER.compare_many(probe, batch) == pytest.approx(alone, abs=1e-9)


def test_scores_are_symmetric() -> None:
    prepared = [toy(*k) for k in TOY_KEYS[:6]] + [MATCHER.prepare(fvc(f, i)) for f in range(1, 6) for i in (1, 2, 3)]
    scores = np.array([MATCHER.compare_many(p, prepared) for p in prepared])
    assert np.abs(scores - scores.T).max() <= SYMMETRY


def _permuted(m: Minutiae, order: np.ndarray) -> Minutiae:
    return Minutiae(m.x[order], m.y[order], m.angle[order], m.kind[order], m.quality[order], m.width, m.height)


@settings(max_examples=20, deadline=None)
@given(seed=st.integers(0, 2**32 - 1))
def test_scores_do_not_depend_on_the_order_of_minutiae(seed: int) -> None:
    probe, genuine, impostor = fvc(1, 1), fvc(1, 2), fvc(2, 1)
    rng = np.random.default_rng(seed)
    shuffled = MATCHER.prepare(_permuted(probe, rng.permutation(len(probe))))
    original = MATCHER.prepare(probe)
    for other in (MATCHER.prepare(genuine), MATCHER.prepare(impostor)):
        assert MATCHER.compare(shuffled, other) == MATCHER.compare(original, other)


def _on_canvas(m: Minutiae, turn: float, shift: tuple[float, float], size: int = 1200) -> Minutiae:
    """The template rotated by ``turn`` about its image centre and moved by ``shift``, on a canvas so large that
    no part of the print leaves it (cells outside the image are invalid, which would change the score)."""
    cx, cy = m.width / 2, m.height / 2
    dx, dy = m.x - cx, m.y - cy
    # y points down and angles turn counter-clockwise: a turn of the picture by t moves (dx, dy) like this
    x = dx * math.cos(turn) + dy * math.sin(turn) + size / 2 + shift[0]
    y = -dx * math.sin(turn) + dy * math.cos(turn) + size / 2 + shift[1]
    angle = np.mod(m.angle + turn, 2 * math.pi)
    return Minutiae(x.astype(np.float32), y.astype(np.float32), angle.astype(np.float32), m.kind, m.quality,
                    size, size)


# MCC never pairs minutiae whose directions differ by more than 90°, so a finger turned by more than about 75°
# on the sensor is not recognised; placements vary far less than that.
@settings(max_examples=15, deadline=None)
@given(turn=st.floats(-math.pi / 3, math.pi / 3), sx=st.floats(-150, 150), sy=st.floats(-150, 150))
def test_rigid_motion_leaves_the_score_nearly_unchanged(turn: float, sx: float, sy: float) -> None:
    probe, genuine = fvc(3, 1), MATCHER.prepare(_on_canvas(fvc(3, 2), 0.0, (0.0, 0.0)))
    before = MATCHER.compare(MATCHER.prepare(_on_canvas(probe, 0.0, (0.0, 0.0))), genuine)
    after = MATCHER.compare(MATCHER.prepare(_on_canvas(probe, turn, (sx, sy))), genuine)
    assert before > 0.2  # a genuine pair, so a broken alignment would show
    assert after == pytest.approx(before, abs=0.02)


def _few(n: int) -> Minutiae:
    rng = np.random.default_rng(n)
    return Minutiae(rng.uniform(50, 250, n).astype(np.float32), rng.uniform(50, 250, n).astype(np.float32),
                    rng.uniform(0, 2 * math.pi, n).astype(np.float32), np.ones(n, np.uint8), np.zeros(n, np.uint8),
                    300, 300)


@pytest.mark.parametrize("n", [0, 1])
def test_empty_and_one_minutia_templates_score_zero(n: int) -> None:
    few, real = MATCHER.prepare(_few(n)), toy(1, 1)
    assert MATCHER.compare(few, real) == MATCHER.compare(real, few) == MATCHER.compare(few, few) == 0.0
    assert MATCHER.compare_many(few, [real, few]).tolist() == [0.0, 0.0]
    assert MATCHER.compare_many(real, [few, real])[0] == 0.0


def test_no_candidates_give_no_scores() -> None:
    assert MATCHER.compare_many(toy(1, 1), []).shape == (0,)

"""False minutiae: the skeleton's artefacts of pores, scars, creases and noise, recognised by their geometry.

Distances are in ridge periods (the local 1/frequency), so the rules hold for fine and coarse ridges alike.
- Two candidates closer than ``CROWDED`` periods: neither is trustworthy (a speck, a hole, a tangle).
- An ending next to a bifurcation: a spur, a short stub off a ridge.
- Two bifurcations close together: a bridge across a valley, or the two ends of a hole in a ridge.
- Two endings facing each other across a short gap along the flow: one ridge broken by a crease or dry skin,
  or a short island; either way the two endings are not in the finger.
- Several candidates within a ridge period or two: a tangle of noise, typically where the flow turns sharply
  (cores, deltas) or a scar crosses the ridges.
- Candidates near the edge of the print, where ridges stop only because the print does.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.extraction.detection import Candidates
from app.biometrics.extraction.tiles import Tiling
from app.biometrics.iso19794 import MinutiaKind

CROWDED = 0.3
SPUR = 0.8
BRIDGE = 0.5
BREAK = 0.5
BREAK_ALIGNMENT = np.deg2rad(35)  # the gap must run along the ridges and the endings point opposite ways
TANGLE_RADIUS, TANGLE_SIZE = 1.0, 3  # ridge periods; candidates, counting the one in the middle


def _turn(a: np.ndarray) -> np.ndarray:
    """An angle difference folded into [0, π]."""
    return np.abs((a + np.pi) % (2 * np.pi) - np.pi)


def false_ones(found: Candidates, period: np.ndarray) -> np.ndarray:
    """Boolean per candidate: True when one of the rules marks it false. ``period``: local ridge period, pixels."""
    if len(found) < 2:
        return np.zeros(len(found), dtype=bool)
    dr = found.rows[None, :] - found.rows[:, None]
    dc = found.cols[None, :] - found.cols[:, None]
    scale = (period[:, None] + period[None, :]) / 2
    distance = np.hypot(dr, dc) / scale
    np.fill_diagonal(distance, np.inf)
    ending = found.kind == MinutiaKind.ENDING
    both_endings = ending[:, None] & ending[None, :]
    both_forks = ~ending[:, None] & ~ending[None, :]
    mixed = ~both_endings & ~both_forks
    link = np.arctan2(dr, dc)  # direction from candidate i to candidate j
    opposite = _turn(found.angle[:, None] - found.angle[None, :] - np.pi) < BREAK_ALIGNMENT
    along = np.minimum(_turn(link - found.angle[:, None]), _turn(link - found.angle[:, None] - np.pi)) < BREAK_ALIGNMENT
    paired = ((distance < CROWDED)
              | (mixed & (distance < SPUR))
              | (both_forks & (distance < BRIDGE))
              | (both_endings & (distance < BREAK) & opposite & along & along.T))
    tangled = (distance < TANGLE_RADIUS).sum(axis=1) + 1 >= TANGLE_SIZE
    return paired.any(axis=1) | tangled


BORDER = 0.8  # ridge periods: near the print's edge, ridges end or fork only because the print stops


def print_share(found: Candidates, mask: np.ndarray, layout: Tiling, period: np.ndarray) -> np.ndarray:
    """Share of a disc of ``BORDER`` ridge periods round each candidate that lies on the print (tile ``mask``)."""
    ring = np.linspace(0, 2 * np.pi, 16, endpoint=False, dtype=np.float32)
    radius = (BORDER * period)[:, None, None] * np.array([0.5, 1.0], dtype=np.float32)[None, :, None]
    rows = found.rows[:, None, None] + radius * np.sin(ring)
    cols = found.cols[:, None, None] + radius * np.cos(ring)
    return layout.sample(mask, rows, cols).mean(axis=(1, 2))

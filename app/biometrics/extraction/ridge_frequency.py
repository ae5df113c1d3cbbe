"""Ridge frequency per tile: where the spectrum peaks along the ridges' normal, averaged over the print.

Only the bins within a narrow angle of the normal count (the ridges' own energy, not crossing creases or
noise), weighted by power squared so the peak dominates the background. Frequency varies slowly across a finger
(about ±20 %), so a wide average over print tiles is safe and steadies smudged or dry tiles.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.extraction.orientation_field import BAND, Flow, off_normal
from app.biometrics.extraction.tiles import bins
from app.biometrics.fields import blur

SECTOR = 0.3  # radians either side of the normal
SMOOTHING = 2.0  # tiles
TYPICAL = 1 / 9.0  # cycles per pixel at 500 dpi, for a print with no clear tile at all


def estimate(power: np.ndarray, flow: Flow, weight: np.ndarray) -> np.ndarray:
    """Cycles per pixel per tile (float32), for tiles with the given power spectra and smoothed flow."""
    radius, direction = bins()
    near = (np.abs(off_normal(flow, direction)) < SECTOR) & (radius >= BAND[0]) & (radius <= BAND[1])
    strength = power * power * near
    total = strength.sum(axis=(2, 3))
    peak = (strength * radius).sum(axis=(2, 3)) / np.maximum(total, 1e-12)
    w = (weight * (total > 0)).astype(np.float32)
    if not w.any():
        return np.full(power.shape[:2], TYPICAL, dtype=np.float32)
    norm = blur(w, SMOOTHING)
    mean = blur(np.where(w > 0, peak, 0).astype(np.float32) * w, SMOOTHING) / np.maximum(norm, 1e-6)
    overall = float((peak * w).sum() / w.sum())  # for tiles too far from any print tile to have a local mean
    return np.where(norm > 1e-3, mean, overall).clip(BAND[0], BAND[1]).astype(np.float32)

"""Contextual filtering in the short-time Fourier domain (Chikkerur, Cartwright and Govindaraju, 2007).

Each tile's spectrum is multiplied by a band-pass tuned to that tile: radially a log-Gaussian around its ridge
frequency, angularly a Gaussian around its smoothed ridge normal. Like a Gabor filter along the local flow, this
joins broken ridges and separates merged ones; narrower in angle where the flow is clear, wider where it bends
(cores, deltas) or is uncertain, so curved ridges are not straightened away.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.extraction.orientation_field import Flow, off_normal
from app.biometrics.extraction.tiles import Tiling, bins, overlap_add

RADIAL_SPREAD = 0.35  # standard deviation of log(frequency / ridge frequency)
ANGULAR_SPREAD = (0.22, 0.6)  # radians: for perfectly coherent flow, and for none


def enhanced(spectrum: np.ndarray, flow: Flow, frequency: np.ndarray, layout: Tiling) -> np.ndarray:
    """The filtered image: ridges negative, valleys positive, about zero off the print."""
    radius, direction = bins()
    f = frequency[..., None, None]
    with np.errstate(divide="ignore"):
        radial = np.exp(-0.5 * (np.log(radius / f) / RADIAL_SPREAD) ** 2)
    narrow, wide = ANGULAR_SPREAD
    spread = (wide - (wide - narrow) * np.clip(flow.coherence, 0, 1))[..., None, None]
    angular = np.exp(-0.5 * (off_normal(flow, direction) / spread) ** 2)
    return overlap_add(spectrum * (radial * angular).astype(np.float32), layout)

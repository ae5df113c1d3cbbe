"""Ridge orientation per tile from its spectrum, smoothed over the print.

A tile of straight ridges has its spectral energy at two opposite points along the ridges' normal; the energy
in the ridge band, summed as doubled-angle unit vectors, points along that normal (twice its angle) and is as
long as the energy is concentrated (coherence 1 for perfect ridges, near 0 for noise). Averaging the vectors of
neighbouring print tiles fills in smudged tiles from their neighbours, the way an examiner follows the flow
across a scar.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from app.biometrics.extraction.tiles import SIZE, bins
from app.biometrics.fields import blur

BAND = (1 / 16, 1 / 4.5)  # cycles per pixel at 500 dpi: ridge periods of 4.5 to 16 pixels
SMOOTHING = 1.0  # tiles (16 pixels): the flow bends little over one ridge period, more near cores and deltas


def _half_plane_weight() -> np.ndarray:
    """rfft2 keeps one half of the spectrum: the bins of the inner columns stand for two bins each."""
    weight = np.full((SIZE, SIZE // 2 + 1), 2.0, dtype=np.float32)
    weight[:, 0] = weight[:, -1] = 1.0
    return weight


@dataclass(frozen=True)
class Flow:
    """Per tile: ``normal`` = coherence·exp(2i·θ), θ the angle of the ridges' normal from the column axis with
    rows down; ``energy`` the ridge band's energy against the image's typical print tile; ``share`` the band's
    share of the tile's energy (near 1 for clean ridges, lower for noise and smudges)."""

    normal: np.ndarray
    energy: np.ndarray
    share: np.ndarray

    @property
    def coherence(self) -> np.ndarray:
        return np.abs(self.normal)

    @property
    def angle(self) -> np.ndarray:
        return np.angle(self.normal) / 2


def off_normal(flow: Flow, direction: np.ndarray) -> np.ndarray:
    """For every tile and bin, the angle from the tile's ridge normal to the bin's direction, folded into
    [-π/2, π/2] (grid rows x grid columns x bins). Folded by rounding: a float modulo costs ten times more."""
    half_turn = np.float32(np.pi)
    off = direction - flow.angle[..., None, None]
    return off - half_turn * np.rint(off / half_turn)


def estimate(power: np.ndarray) -> Flow:
    """The raw flow of tiles whose spectra have this power (|rfft2|²: grid rows x grid columns x bins)."""
    radius, direction = bins()
    weighted = power * _half_plane_weight()
    ring = ((radius >= BAND[0]) & (radius <= BAND[1])).astype(np.float32)
    energy = (weighted * ring).sum(axis=(2, 3))
    total = (weighted * (radius > 0)).sum(axis=(2, 3))
    vectors = (weighted * ring * np.exp(2j * direction).astype(np.complex64)).sum(axis=(2, 3))
    typical = max(float(np.percentile(energy, 90)), 1e-6)
    return Flow(np.asarray(vectors / np.maximum(energy, 1e-6), np.complex64),
                (energy / typical).astype(np.float32), (energy / np.maximum(total, 1e-6)).astype(np.float32))


def smoothed(flow: Flow, weight: np.ndarray) -> Flow:
    """The flow averaged over neighbouring tiles, each counted by ``weight`` (0 off the print): a tile's own
    vector is short where its ridges are unclear, so clear neighbours decide its direction."""
    w = weight.astype(np.float32)
    norm = np.maximum(blur(w, SMOOTHING), 1e-6)
    real = blur(flow.normal.real * w, SMOOTHING) / norm
    imag = blur(flow.normal.imag * w, SMOOTHING) / norm
    return replace(flow, normal=(real + 1j * imag).astype(np.complex64))

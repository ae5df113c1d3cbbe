"""One 64-bit word per minutia for the 1:N pre-filter: a small cylinder of its neighbours, hashed.

Around each minutia, turned to its direction, a disc of radius 70 px is cut into 52 cells and 6 layers of
relative direction (the cells and layers of Minutia Cylinder-Code); each cell sums the Gaussian
contributions of the neighbours near it. The 312 values are centred on their own mean and reduced to 64
bits by the signs of fixed random projections (SimHash), so the Hamming distance between two words
estimates the angle between the two neighbourhoods: mates' words differ in few bits, strangers' in about
half. The projection comes from a fixed integer hash, not numpy's generators, whose streams may change
between numpy versions: stored words must stay comparable with a probe's for as long as the format lives.
"""

from __future__ import annotations

import math

import numpy as np

from app.biometrics.engine import Minutiae

BITS = 64
RADIUS = 70.0  # pixels at 500 dpi
GRID = 8  # cells along the square around the disc
LAYERS = 6
SIGMA_S = 28 / 3
SIGMA_D = 2 * math.pi / 9
REACH = RADIUS + 3 * SIGMA_S  # neighbours further away add nothing to any cell


def _cells() -> tuple[np.ndarray, np.ndarray]:
    """Centres of the grid cells inside the disc, along and across the minutia's direction."""
    step = 2 * RADIUS / GRID
    centres = (np.arange(GRID) - (GRID - 1) / 2) * step
    along, across = (a.ravel() for a in np.meshgrid(centres, centres, indexing="ij"))
    inside = np.hypot(along, across) <= RADIUS
    return along[inside], across[inside]


def _projection(rows: int, seed: int = 0x7468616E61) -> np.ndarray:
    """(rows, BITS) of ±1 from splitmix64 of the entry's index: the same on every machine and numpy."""
    z = np.arange(rows * BITS, dtype=np.uint64) + np.uint64(seed)
    z = z * np.uint64(0x9E3779B97F4A7C15)
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    z ^= z >> np.uint64(31)
    return np.where(z >> np.uint64(63), 1.0, -1.0).astype(np.float32).reshape(rows, BITS)


CELL_ALONG, CELL_ACROSS = _cells()
LAYER_CENTRES = -math.pi + (np.arange(LAYERS) + 0.5) * 2 * math.pi / LAYERS
PROJECTION = _projection(len(CELL_ALONG) * LAYERS)
WEIGHTS = (1 << np.arange(BITS, dtype=np.uint64)).astype(np.uint64)


def _wrap(a: np.ndarray) -> np.ndarray:
    return a - (2 * np.pi) * np.floor((a + np.pi) / (2 * np.pi))


def describe(minutiae: Minutiae) -> tuple[np.ndarray, np.ndarray]:
    """(n,) uint64: one word per minutia, in the minutiae's order; and (n,) how many neighbours shaped each
    word (a minutia alone in its disc gets the same empty word as every other lonely one)."""
    n = len(minutiae)
    if n == 0:
        return np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int64)
    x = minutiae.x.astype(np.float32)
    y = minutiae.y.astype(np.float32)
    theta = minutiae.angle.astype(np.float32)
    dx, dy = x[None, :] - x[:, None], y[None, :] - y[:, None]
    # angles turn counter-clockwise with y down: a minutia points along (cos θ, -sin θ)
    cos, sin = np.cos(theta)[:, None], np.sin(theta)[:, None]
    along, across = dx * cos - dy * sin, dx * sin + dy * cos
    near = (np.hypot(dx, dy) <= REACH) & ~np.eye(n, dtype=bool)
    spatial = np.exp(-((along[..., None] - CELL_ALONG) ** 2 + (across[..., None] - CELL_ACROSS) ** 2)
                     / np.float32(2 * SIGMA_S**2)) * near[..., None]  # (n, n, cells)
    turn = _wrap(theta[None, :] - theta[:, None])[..., None] - LAYER_CENTRES
    directional = np.exp(-_wrap(turn) ** 2 / (2 * SIGMA_D**2)).astype(np.float32)  # (n, n, layers)
    value = np.einsum("ijc,ijl->icl", spatial, directional).reshape(n, -1)
    value = value / (1 + value)  # one close neighbour counts nearly as much as several
    value -= value.mean(axis=1, keepdims=True)
    signs = (value @ PROJECTION) > 0
    return (signs.astype(np.uint64) * WEIGHTS).sum(axis=1, dtype=np.uint64), near.sum(axis=1)

"""A master finger: the whole fingertip's ridge pattern and outline, before any impression is taken of it.

The master is drawn at 500 dpi on a canvas a little larger than the fingertip, so the circular FFT filtering
only ever wraps in the margin that the outline masks away.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.biometrics.fields import Array, smooth_noise, smoothstep, spectral_upsample
from app.biometrics.orientation import FingerClass, Point, draw_singularities, orientation_field
from app.biometrics.ridges import grow_ridges

CANVAS = (480, 416)  # rows, columns: 24.4 x 21.1 mm
GROWTH_SHRINK = 2  # the ridges grow at 250 dpi: still over four pixels a ridge period, and four times faster
SEEDS = 40
ITERATIONS = 12


@dataclass(frozen=True)
class Outline:
    """The fingertip's contact outline: an egg of elliptic quarters, blunter at the bottom."""

    centre: Point
    half_width: float
    top: float  # distance from the centre to the tip
    bottom: float  # and down towards the first joint

    def coverage(self, rows: Array, cols: Array, scale: float = 1.0, softness: float = 0.06,
                 wobble: Array | float = 0.0) -> Array:
        """1 well inside the outline shrunk by ``scale`` (light pressure touches less), fading to 0 at its edge;
        ``wobble`` moves the edge in and out (a share of the radius)."""
        dr = (rows - self.centre[0]) / (np.where(rows < self.centre[0], self.top, self.bottom) * scale)
        dc = (cols - self.centre[1]) / (self.half_width * scale)
        reach = (np.abs(dr) ** 2.3 + np.abs(dc) ** 2.3) ** (1 / 2.3)
        return smoothstep((1.0 - reach + wobble) / softness)


@dataclass(frozen=True)
class Master:
    kind: FingerClass
    ridges: Array  # float32: about 1 on ridge crests and -1 in valleys, lower still in pores
    outline: Outline
    aim: Point  # the point a user puts on the middle of the sensor: just below the core


def period_map(rng: np.random.Generator, rows: Array, outline: Outline) -> Array:
    """Ridge period in 500 dpi pixels at the master points of a grid: about 9 (0.46 mm), a little finer
    towards the tip, drifting smoothly."""
    tip = np.clip((outline.centre[0] - rows) / outline.top, 0.0, 1.0)
    base = rng.uniform(8.2, 10.0) - 0.8 * tip
    drift = 0.55 * smooth_noise(rng, rows.shape, scale=140.0 / GROWTH_SHRINK)
    return np.clip(base + drift, 7.4, 11.0).astype(np.float32)


def skin_texture(rng: np.random.Generator, ridges: Array) -> Array:
    """What to add to the smooth ridge field for skin: ragged ridge edges, and sweat pores along the crests."""
    ragged = 0.15 * smooth_noise(rng, ridges.shape, scale=3.0)
    pores = smoothstep((smooth_noise(rng, ridges.shape, scale=3.5) - 2.0) / 0.5)
    return ragged - 1.6 * pores * np.clip(ridges, 0.0, 1.0)


def grow_master(rng: np.random.Generator) -> Master:
    rows, cols = CANVAS
    half_width = rng.uniform(125, 155)
    top, bottom = rng.uniform(150, 175), rng.uniform(175, 200)
    centre = (rows / 2 + (top - bottom) / 2 + rng.uniform(-8, 8), cols / 2 + rng.uniform(-8, 8))
    outline = Outline(centre, half_width, top, bottom)
    points = draw_singularities(rng, centre)
    grid = np.mgrid[0:rows // GROWTH_SHRINK, 0:cols // GROWTH_SHRINK].astype(np.float64) * GROWTH_SHRINK
    theta = orientation_field(points, grid[0], grid[1], rng)
    period = period_map(rng, grid[0], outline)
    coarse = grow_ridges(theta, period, 1 / GROWTH_SHRINK, rng, SEEDS, ITERATIONS)
    smooth = np.clip(spectral_upsample(coarse, GROWTH_SHRINK), -1.0, 1.0)
    ridges = smooth + skin_texture(rng, smooth)
    aim = (points.arch_top[0] + rng.uniform(15, 45), points.arch_top[1])
    return Master(points.kind, ridges, outline, aim)

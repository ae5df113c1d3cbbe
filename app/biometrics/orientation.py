"""Fingerprint class, singular points and the ridge orientation field of a master finger.

The field follows Sherlock and Monro's zero-pole model: each core turns the ridges by half a turn around it,
each delta by half a turn the other way. Arches have no singular point, so they get an explicit bump field.
Rows grow downwards, angles are in radians in [0, pi), measured from the column axis.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import numpy as np

from app.biometrics.fields import Array, smooth_noise

Point = tuple[float, float]  # (row, col)


class FingerClass(enum.Enum):
    ARCH = "arch"
    TENTED_ARCH = "tented arch"
    LEFT_LOOP = "left loop"
    RIGHT_LOOP = "right loop"
    WHORL = "whorl"


# How often each class occurs in the population (Wilson, Candela and Watson's NIST figures).
CLASS_FREQUENCIES: dict[FingerClass, float] = {
    FingerClass.ARCH: 0.037,
    FingerClass.TENTED_ARCH: 0.029,
    FingerClass.LEFT_LOOP: 0.338,
    FingerClass.RIGHT_LOOP: 0.317,
    FingerClass.WHORL: 0.279,
}


@dataclass(frozen=True)
class Singularities:
    kind: FingerClass
    cores: tuple[Point, ...]
    deltas: tuple[Point, ...]
    arch_top: Point  # where an arch's bump peaks (also where a finger is centred on the sensor)
    openings: tuple[float, ...] = ()  # per core: the direction its loop opens to, radians (rows down)
    roundness: float = 0.0  # 0: the plain zero-pole loop, a pointed tent; towards 1: a round hairpin


def draw_class(rng: np.random.Generator) -> FingerClass:
    classes = list(CLASS_FREQUENCIES)
    weights = np.array([CLASS_FREQUENCIES[c] for c in classes])
    return classes[int(rng.choice(len(classes), p=weights / weights.sum()))]


def draw_singularities(rng: np.random.Generator, centre: Point) -> Singularities:
    """Cores and deltas placed around the fingertip's centre the way they sit on real fingers."""
    kind = draw_class(rng)
    row, col = centre[0] + rng.uniform(-50, 10), centre[1] + rng.uniform(-30, 30)
    core = (row, col)
    if kind is FingerClass.ARCH:
        return Singularities(kind, (), (), (row + rng.uniform(0, 30), col))
    if kind is FingerClass.TENTED_ARCH:
        delta = (row + rng.uniform(50, 90), col + rng.uniform(-12, 12))
        return Singularities(kind, (core,), (delta,), core)
    if kind is FingerClass.WHORL:
        tilt, gap = rng.uniform(-0.8, 0.8), rng.uniform(5, 35)
        step = (gap * np.cos(tilt), gap * np.sin(tilt))
        cores = ((row - step[0], col - step[1]), (row + step[0], col + step[1]))
        deltas = ((row + rng.uniform(70, 150), col - rng.uniform(80, 150)),
                  (row + rng.uniform(70, 150), col + rng.uniform(80, 150)))
        facing = np.arctan2(cores[1][0] - cores[0][0], cores[1][1] - cores[0][1])  # the two loops face each other
        return Singularities(kind, cores, deltas, core, (facing, facing + np.pi), rng.uniform(0.2, 0.8))
    side = 1.0 if kind is FingerClass.LEFT_LOOP else -1.0  # a left loop's delta sits to the right of its core
    delta = (row + rng.uniform(60, 150), col + side * rng.uniform(40, 130))
    opening = np.pi - np.arctan2(delta[0] - row, delta[1] - col)  # down and away from the delta
    return Singularities(kind, (core,), (delta,), core, (opening,), rng.uniform(0.2, 0.9))


def zero_pole_field(points: Singularities, rows: Array, cols: Array) -> Array:
    """Sherlock-Monro orientation: half the sum of the angles seen from the cores minus those from the deltas."""
    z = cols + 1j * rows
    turn = np.ones(z.shape, dtype=np.complex128)
    openings = points.openings or (0.0,) * len(points.cores)
    for (r, c), opening in zip(points.cores, openings, strict=True):
        w = z - complex(c, r)
        angle = np.angle(w)
        # Turn slowly where the loop's legs run and quickly round its head, fading out over a few ridges.
        bend = points.roundness * np.exp(-np.abs(w) / 70.0)
        turn *= np.exp(1j * (angle - bend * np.sin(angle - opening)))
    for r, c in points.deltas:
        w = np.conj(z - complex(c, r))
        turn *= w / np.maximum(np.abs(w), 1e-9)
    return np.angle(turn) / 2.0


def arch_field(top: Point, rows: Array, cols: Array, rng: np.random.Generator) -> Array:
    """Ridges as the level lines of a bump that is highest under the arch's top and fades downwards."""
    height, width = rng.uniform(40, 80), rng.uniform(70, 110)
    fade = 1.0 / (1.0 + np.exp((rows - top[0] - 60) / 40.0))
    level = rows + height * np.exp(-0.5 * ((cols - top[1]) / width) ** 2) * fade
    d_row, d_col = np.gradient(level, axis=0), np.gradient(level, axis=1)
    return np.arctan2(d_col, -d_row)


def orientation_field(points: Singularities, rows: Array, cols: Array, rng: np.random.Generator) -> Array:
    """Orientation in [0, pi) at the master points (rows, cols) of a regular grid, with a gentle smooth random
    bend so that no two fingers flow alike."""
    if points.kind is FingerClass.ARCH:
        theta = arch_field(points.arch_top, rows, cols, rng)
    else:
        theta = zero_pole_field(points, rows, cols)
    spacing = float(cols[0, 1] - cols[0, 0])
    slant = rng.uniform(-0.15, 0.15)
    bend = (0.2 * smooth_noise(rng, rows.shape, scale=100.0 / spacing)
            + 0.07 * smooth_noise(rng, rows.shape, scale=35.0 / spacing))
    return np.mod(theta + slant + bend, np.pi).astype(np.float32)

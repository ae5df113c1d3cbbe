"""Minutia candidates on the skeleton: crossing number 1 is a ridge ending, 3 a bifurcation.

Directions follow ISO/IEC 19794-2: a ridge ending points along its ridge, into the ridge; a bifurcation points
between its two branches, into the valley they enclose (the valley's ending: ridges and valleys swap roles).
The axis comes from the smoothed flow, steadier than the few skeleton pixels next to a minutia; the sense is
the side of the axis where the minutia's own ridge (or, for a bifurcation, its valley) lies.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.biometrics.extraction.orientation_field import Flow
from app.biometrics.extraction.skeleton import CROSSINGS, neighbour_codes
from app.biometrics.extraction.tiles import Tiling
from app.biometrics.iso19794 import MinutiaKind

REACH = 10  # pixels along the axis that decide the sense: about one ridge period
HALF_WIDTH = 2  # pixels either side of the axis: the minutia's own ridge or valley, not its neighbours
SAME_SPOT = 2.5  # pixels: one fork of a thick skeleton can show as two or three neighbouring candidates


@dataclass(frozen=True)
class Candidates:
    """Minutiae in image coordinates; ``angle`` from the column axis with rows down (clockwise on screen)."""

    rows: np.ndarray
    cols: np.ndarray
    angle: np.ndarray
    kind: np.ndarray

    def __len__(self) -> int:
        return int(self.rows.shape[0])

    def subset(self, keep: np.ndarray) -> Candidates:
        return Candidates(self.rows[keep], self.cols[keep], self.angle[keep], self.kind[keep])


def _first_of_each_spot(rows: np.ndarray, cols: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """Keep a candidate unless an earlier one of the same kind sits within SAME_SPOT pixels."""
    near = (np.hypot(rows[:, None] - rows[None, :], cols[:, None] - cols[None, :]) < SAME_SPOT) \
        & (kind[:, None] == kind[None, :])
    return ~np.tril(near, -1).any(axis=1)


def _ridge_ahead(ridges: np.ndarray, rows: np.ndarray, cols: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """True where more ridge lies ahead of the point along ``axis`` than behind it, in a narrow strip (a point's
    valley is then behind it: the strip is symmetric)."""
    along = np.arange(-REACH, REACH + 1, dtype=np.float32)
    across = np.arange(-HALF_WIDTH, HALF_WIDTH + 1, dtype=np.float32)
    t, s = (a.ravel() for a in np.meshgrid(along, across))
    sin, cos = np.sin(axis)[:, None], np.cos(axis)[:, None]
    r = np.rint(rows[:, None] + t * sin + s * cos).astype(np.intp).clip(0, ridges.shape[0] - 1)
    c = np.rint(cols[:, None] + t * cos - s * sin).astype(np.intp).clip(0, ridges.shape[1] - 1)
    return (ridges[r, c] * np.sign(t)).sum(axis=1) >= 0


def candidates(skeleton: np.ndarray, ridges: np.ndarray, allowed: np.ndarray, flow: Flow,
               layout: Tiling) -> Candidates:
    """Every ending and bifurcation of ``skeleton`` inside ``allowed``; ``ridges`` is the binary ridge image."""
    crossings = CROSSINGS[neighbour_codes(skeleton)]
    found = skeleton & allowed & ((crossings == 1) | (crossings == 3))
    r, c = np.nonzero(found)
    kind = np.where(crossings[r, c] == 1, MinutiaKind.ENDING, MinutiaKind.BIFURCATION).astype(np.uint8)
    keep = _first_of_each_spot(r.astype(np.float32), c.astype(np.float32), kind)
    rows, cols, kind = r[keep].astype(np.float32), c[keep].astype(np.float32), kind[keep]
    normal = layout.sample(flow.normal.real, rows, cols) + 1j * layout.sample(flow.normal.imag, rows, cols)
    axis = (np.angle(normal) / 2 + np.pi / 2).astype(np.float32)  # along the ridges
    forward = _ridge_ahead(ridges, rows, cols, axis) == (kind == MinutiaKind.ENDING)
    angle = np.mod(axis + np.where(forward, 0.0, np.pi), 2 * np.pi).astype(np.float32)
    return Candidates(rows, cols, angle, kind)

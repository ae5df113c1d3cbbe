"""Minutia Cylinder-Code (Cappelli, Ferrara, Maltoni, IEEE TPAMI 32(12), 2010), bit version.

Each minutia gets a cylinder: a disc of radius R around it, turned to the minutia's direction, cut into
cells on a grid and into ND layers of relative direction. A cell's bit says whether neighbouring minutiae
with that relative direction lie near the cell. Cells outside the print (the minutiae's convex hull grown
by a margin) are invalid, so two cylinders are compared only where both prints were seen.

Bits are stored layer-major, each layer packed into the same uint64 words as the validity mask, so one
mask word covers the same cells in every layer.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from app.biometrics.engine import Minutiae

DIRECTION_STEPS = 1024  # relative directions are looked up in a table this fine (0.35°) instead of computed


@dataclass(frozen=True)
class Params:
    radius: float = 70.0  # R, pixels at 500 dpi
    cells: int = 8  # NS, cells along a side of the square around the disc
    layers: int = 6  # ND, sections of relative direction
    sigma_s: float = 28 / 3  # spatial spread of a minutia's contribution
    sigma_d: float = 2 * math.pi / 9  # directional spread
    mu_psi: float = 0.01  # a cell's bit is set when the contributions reach this
    hull_margin: float = 50.0  # Ω: how far beyond the minutiae's convex hull the print is assumed to reach
    min_valid_cells: float = 0.6  # of the disc's cells, for a cylinder to be kept (the paper's 0.75 loses
    # too many cylinders of small prints and of extractors that drop minutiae near the print's edge)
    min_neighbours: int = 2  # minutiae that must contribute to a kept cylinder
    min_common_cells: float = 0.6  # of the disc's cells valid in both, for two cylinders to be compared
    max_turn: float = math.pi / 2  # two minutiae further apart in direction are never paired
    min_pairs: int = 4  # nP, the pairs averaged into the score, grows from this for small templates
    max_pairs: int = 12  # to this for large ones
    pairs_mu: float = 20.0  # the sigmoid in the template size that sets nP
    pairs_tau: float = 0.4
    relax_weight: float = 0.5  # wR: how much of its own similarity a pair keeps per round of relaxation
    relax_rounds: int = 5
    relax_distance: tuple[float, float] = (5.0, -1.6)  # sigmoids (μ, τ) of the pair-compatibility terms
    relax_direction: tuple[float, float] = (math.pi / 12, -30.0)
    relax_radial: tuple[float, float] = (math.pi / 12, -30.0)
    hypotheses: int = 3  # alignments tried: each lays one of the strongest relaxed pairs on each other
    pair_distance: float = 15.0  # two minutiae this close after alignment, and
    pair_turn: float = math.pi / 6  # this close in direction, are paired
    overlap_distance: float = 40.0  # a minutia this close to one of the other print's is in the common area
    paired_mu: float = 4.0  # the sigmoid in the count of paired minutiae: two or three pairs prove little
    paired_tau: float = 0.8


@dataclass(frozen=True)
class Cylinders:
    """The kept cylinders of one template, with their minutiae."""

    bits: np.ndarray  # (n, layers, words) uint64
    valid: np.ndarray  # (n, words) uint64: cells inside the print
    x: np.ndarray  # (n,) float32
    y: np.ndarray
    angle: np.ndarray  # radians, counter-clockwise with y down

    def __len__(self) -> int:
        return int(self.x.shape[0])


def wrap(a: np.ndarray) -> np.ndarray:
    """Angles to [-π, π) (floor is several times faster than numpy's float remainder)."""
    return a - (2 * np.pi) * np.floor((a + np.pi) * (1 / (2 * np.pi)))


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz and Stegun 7.1.26 (error below 1.5e-7): numpy has no erf."""
    t = 1 / (1 + 0.3275911 * np.abs(x))
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return np.sign(x) * (1 - poly * np.exp(-x * x))


@functools.cache
def _disc(p: Params) -> np.ndarray:
    """Offsets (k, 2) of the cell centres inside the disc, along and across the minutia's direction."""
    step = 2 * p.radius / p.cells
    idx = (np.arange(p.cells) - (p.cells - 1) / 2) * step
    u, v = np.meshgrid(idx, idx, indexing="ij")
    offsets = np.stack([u.ravel(), v.ravel()], axis=1)
    return offsets[np.hypot(offsets[:, 0], offsets[:, 1]) <= p.radius]


@functools.cache
def _directional(p: Params) -> np.ndarray:
    """(DIRECTION_STEPS + 1, layers) float32: how much a neighbour whose direction differs from the minutia's
    by each step of a turn adds to each layer (a Gaussian integrated over the layer's span of directions)."""
    step = 2 * math.pi / p.layers
    layer = -math.pi + (np.arange(p.layers) + 0.5) * step
    turn = np.linspace(0, 2 * math.pi, DIRECTION_STEPS + 1)
    alpha = wrap(layer[None, :] - wrap(turn)[:, None])
    scale = p.sigma_d * math.sqrt(2)
    return (0.5 * (_erf((alpha + step / 2) / scale) - _erf((alpha - step / 2) / scale))).astype(np.float32)


def disc_cells(p: Params) -> int:
    return len(_disc(p))


def _hull(points: np.ndarray) -> np.ndarray:
    """Convex hull (Andrew's monotone chain), counter-clockwise in x-right, y-up terms; (h, 2)."""
    pts = sorted(set(map(tuple, points.tolist())))
    if len(pts) < 3:
        return np.array(pts, dtype=np.float64).reshape(-1, 2)

    def half(seq: list[tuple[float, float]]) -> list[tuple[float, float]]:
        chain: list[tuple[float, float]] = []
        for q in seq:
            while len(chain) >= 2 and ((chain[-1][0] - chain[-2][0]) * (q[1] - chain[-2][1])
                                       - (chain[-1][1] - chain[-2][1]) * (q[0] - chain[-2][0])) <= 0:
                chain.pop()
            chain.append(q)
        return chain[:-1]

    return np.array(half(pts) + half(pts[::-1]), dtype=np.float64)


def _inside_grown_hull(hull: np.ndarray, points: np.ndarray, margin: float) -> np.ndarray:
    """Which points lie within ``margin`` of the hull (edges pushed out by the margin, corners mitred)."""
    if len(hull) < 3:  # a point or a segment: the margin around its vertices
        d = np.hypot(points[..., None, 0] - hull[:, 0], points[..., None, 1] - hull[:, 1])
        return (d <= margin).any(-1)
    edge = np.roll(hull, -1, axis=0) - hull
    normal = np.stack([edge[:, 1], -edge[:, 0]], axis=1) / np.hypot(edge[:, 0], edge[:, 1])[:, None]
    # signed distances to every edge's line as one small product (outward normals, so inside is negative)
    return (points @ normal.T <= (normal * hull).sum(1) + margin).all(-1)


def _pack(bits: np.ndarray) -> np.ndarray:
    """Bools (..., k) to little-endian uint64 words (..., ceil(k / 64))."""
    words = -(-bits.shape[-1] // 64)
    padded = np.zeros(bits.shape[:-1] + (words * 64,), dtype=bool)
    padded[..., : bits.shape[-1]] = bits
    return np.packbits(padded, axis=-1, bitorder="little").view(np.uint64)


def _empty(p: Params) -> Cylinders:
    words = -(-len(_disc(p)) // 64)
    none = np.zeros(0, dtype=np.float32)
    return Cylinders(np.zeros((0, p.layers, words), np.uint64), np.zeros((0, words), np.uint64), none, none, none)


def build(minutiae: Minutiae, p: Params) -> Cylinders:
    """The cylinders of a template; minutiae whose cylinder would be mostly outside the print are left out."""
    if len(minutiae) <= p.min_neighbours:
        return _empty(p)
    # a canonical order, so that the score cannot depend on the order the extractor listed the minutiae in
    order = np.lexsort((minutiae.angle, minutiae.y, minutiae.x))
    fx, fy, angle = (np.asarray(v, dtype=np.float32)[order] for v in (minutiae.x, minutiae.y, minutiae.angle))
    xy = np.stack([fx, fy], axis=1).astype(np.float64)
    theta = angle.astype(np.float64)
    disc = _disc(p)
    hull = _hull(xy)
    # y points down and angles turn counter-clockwise, so a minutia points along (cos θ, -sin θ)
    along = np.stack([np.cos(theta), -np.sin(theta)], axis=1)
    across = np.stack([np.sin(theta), np.cos(theta)], axis=1)
    centres = xy[:, None, :] + disc[None, :, 0, None] * along[:, None, :] + disc[None, :, 1, None] * across[:, None, :]
    inside_image = ((centres >= 0) & (centres < (minutiae.width, minutiae.height))).all(-1)
    cell_valid = _inside_grown_hull(hull, centres, p.hull_margin) & inside_image  # (n, k)
    cx, cy = centres[..., 0, None].astype(np.float32), centres[..., 1, None].astype(np.float32)
    d2 = np.square(cx - fx)  # (n, k, n): squared distances from cell centres to minutiae
    d2 += np.square(cy - fy)
    reach = 3 * p.sigma_s
    others = ~np.eye(len(xy), dtype=bool)
    far = np.where((d2 <= reach * reach) & others[:, None, :], d2, np.float32(np.inf))  # exp(-inf) is 0
    spatial = np.exp(far * np.float32(-1 / (2 * p.sigma_s**2))) * np.float32(1 / (p.sigma_s * math.sqrt(2 * math.pi)))
    turn = np.mod(theta[:, None] - theta[None, :], 2 * math.pi)  # (n, n): each neighbour's relative direction
    directional = _directional(p)[np.round(turn * (DIRECTION_STEPS / (2 * math.pi))).astype(np.intp)]
    value = spatial @ directional  # (n, k, layers): contributions summed over the neighbours
    bits = (value >= p.mu_psi) & cell_valid[:, :, None]
    near = np.hypot(xy[:, None, 0] - xy[:, 0], xy[:, None, 1] - xy[:, 1]) <= p.radius + reach
    keep = (cell_valid.sum(1) >= p.min_valid_cells * len(disc)) & ((near & others).sum(1) >= p.min_neighbours)
    return Cylinders(
        bits=_pack(bits[keep].transpose(0, 2, 1)),
        valid=_pack(cell_valid[keep]),
        x=fx[keep],
        y=fy[keep],
        angle=angle[keep],
    )

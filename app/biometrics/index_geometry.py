"""The pre-filter's second look: do the probe's best-matching minutiae in a candidate lie as they do in the probe?

For each screened candidate every probe minutia takes the candidate's minutia with the closest word; the
``PAIRS`` closest such pairs are kept, and two pairs agree when the distance between their minutiae is the
same in both prints and both turn the print by the same angle. A candidate scores the largest number of pairs
that agree with one of them: a mate's pairs line up around any true one, a stranger's lucky words scatter.
This is cheap next to the matcher (a few thousand candidates in tens of milliseconds), so the matcher only
sees a short list.
"""

from __future__ import annotations

import math

import numpy as np

from app.biometrics.index_format import Table, positions

PAIRS = 12
DISTANCE = 12.0  # pixels, plus DISTORTION of the distance: skin stretches more over longer spans
DISTORTION = 0.1
TURN = math.pi / 8


def _wrap(a: np.ndarray) -> np.ndarray:
    return a - (2 * np.pi) * np.floor((a + np.pi) / (2 * np.pi))


def agreement(words: np.ndarray, x: np.ndarray, y: np.ndarray, angle: np.ndarray, table: Table,
              chosen: np.ndarray) -> np.ndarray:
    """(C,) the largest number of agreeing pairs of each chosen template with the probe's minutiae (its words
    and positions, angles counter-clockwise)."""
    count = table.count[chosen]
    width = int(count.max(initial=0))
    if width == 0 or len(words) == 0:
        return np.zeros(len(chosen), dtype=np.int64)
    slots = np.minimum(table.first[chosen][:, None] + np.arange(width), len(table.words) - 1)
    real = np.arange(width) < count[:, None]
    bits = np.bitwise_count(words[None, :, None] ^ table.words[slots][:, None, :])  # (C, probe, width)
    bits[~np.broadcast_to(real[:, None, :], bits.shape)] = 255
    nearest = bits.argmin(axis=2)  # (C, probe): the candidate's minutia with the closest word
    closeness = np.take_along_axis(bits, nearest[..., None], axis=2)[..., 0]
    pairs = min(PAIRS, len(words))
    best = np.argsort(closeness, axis=1, kind="stable")[:, :pairs]  # (C, P) probe minutiae
    theirs = np.take_along_axis(slots, np.take_along_axis(nearest, best, axis=1), axis=1)  # (C, P) table slots
    gx, gy, ga = positions(table.points[theirs])
    px, py, pa = x[best], y[best], angle[best]
    turn = _wrap(pa - ga)  # each pair's rotation from the candidate to the probe
    dp = np.hypot(px[:, :, None] - px[:, None, :], py[:, :, None] - py[:, None, :])
    dg = np.hypot(gx[:, :, None] - gx[:, None, :], gy[:, :, None] - gy[:, None, :])
    agree = ((np.abs(dp - dg) <= DISTANCE + DISTORTION * dp)
             & (np.abs(_wrap(turn[:, :, None] - turn[:, None, :])) <= TURN)
             & (theirs[:, :, None] != theirs[:, None, :])
             & (closeness[np.arange(len(chosen))[:, None], best] < 255)[:, None, :])
    return agree.sum(axis=2).max(axis=1)

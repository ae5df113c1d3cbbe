"""Ridge skeletons one pixel wide: Guo and Hall's parallel thinning (1989, algorithm A1), run on whole images with
a lookup table over each pixel's eight neighbours (one table a sub-iteration), so no Python loop over pixels."""

from __future__ import annotations

import numpy as np

# Neighbours in the order P2..P9 of the thinning papers: N, NE, E, SE, S, SW, W, NW; bit k is neighbour k.
OFFSETS = ((-1, 0), (-1, 1), (0, 1), (1, 1), (1, 0), (1, -1), (0, -1), (-1, -1))


def neighbour_codes(image: np.ndarray) -> np.ndarray:
    """For every pixel, the byte whose bit k says whether neighbour k (OFFSETS) is set; off the image is unset."""
    rows, cols = image.shape
    padded = np.zeros((rows + 2, cols + 2), dtype=np.uint8)
    padded[1:-1, 1:-1] = image
    code = np.zeros((rows, cols), dtype=np.uint8)
    for bit, (dr, dc) in enumerate(OFFSETS):
        code |= padded[1 + dr:1 + dr + rows, 1 + dc:1 + dc + cols] << np.uint8(bit)
    return code


def _bits(code: int) -> list[int]:
    return [(code >> k) & 1 for k in range(8)]


def crossing_number(code: int) -> int:
    """Half the number of set/unset changes around the pixel: 1 at a ridge ending, 2 along a ridge, 3 at a fork."""
    p = _bits(code)
    return sum(abs(p[k] - p[(k + 1) % 8]) for k in range(8)) // 2


def _guo_hall_deletable(code: int, first: bool) -> bool:
    p2, p3, p4, p5, p6, p7, p8, p9 = _bits(code)
    connectivity = ((not p2) and (p3 or p4)) + ((not p4) and (p5 or p6)) + ((not p6) and (p7 or p8)) \
        + ((not p8) and (p9 or p2))
    n1 = (p9 or p2) + (p3 or p4) + (p5 or p6) + (p7 or p8)
    n2 = (p2 or p3) + (p4 or p5) + (p6 or p7) + (p8 or p9)
    side = ((p6 or p7 or not p9) and p8) if first else ((p2 or p3 or not p5) and p4)
    return connectivity == 1 and 2 <= min(n1, n2) <= 3 and not side


CROSSINGS = np.array([crossing_number(c) for c in range(256)], dtype=np.uint8)
_DELETABLE = tuple(np.array([_guo_hall_deletable(c, first) for c in range(256)]) for first in (True, False))


def thinned(ridges: np.ndarray) -> np.ndarray:
    """The skeleton of a boolean ridge image."""
    skeleton = np.zeros(ridges.shape, dtype=bool)
    rows, cols = np.nonzero(ridges.any(axis=1))[0], np.nonzero(ridges.any(axis=0))[0]
    if rows.size == 0:
        return skeleton
    box = (slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1))  # thin only where there are ridges
    part = ridges[box].copy()
    changed = True
    while changed:
        changed = False
        for deletable in _DELETABLE:
            doomed = part & deletable[neighbour_codes(part)]
            if doomed.any():
                part &= ~doomed
                changed = True
    skeleton[box] = part
    return skeleton

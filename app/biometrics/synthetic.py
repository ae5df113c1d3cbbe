"""Synthetic fingerprints in the spirit of SFinGe: demo people and the simulated scanner get prints of
fingers that never existed, so no real person's prints ship with the program.

A finger seed fixes a master finger (class, singular points, ridge pattern, outline); an impression index
fixes one touch of that finger on the sensor. Both are pure functions of their integers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.biometrics.impressions import render
from app.biometrics.master import Master, grow_master

DPI = 500
FINGERS = range(1, 11)  # ISO/IEC 19794 finger positions: 1 right thumb .. 5 right little, 6 left thumb .. 10
_WORD = 2**64  # numpy seeds are unsigned; any Python int is folded into one 64-bit word


@dataclass(frozen=True)
class Print:
    """One synthetic impression."""

    pixels: np.ndarray  # uint8, shape (height, width), dark ridges on a light background
    dpi: int


@lru_cache(maxsize=16)
def finger(seed: int) -> Master:
    """The master finger for a seed, kept for the next impressions of the same finger (growing takes longest)."""
    master = grow_master(np.random.default_rng([seed % _WORD, 0]))
    master.ridges.flags.writeable = False
    return master


def impression(finger_seed: int, index: int, height: int = 288, width: int = 256) -> Print:
    """Impression ``index`` of the finger ``finger_seed`` as a ``height`` x ``width`` image at 500 dpi."""
    if height < 32 or width < 32:
        raise ValueError(f"an impression needs at least 32 x 32 pixels, not {height} x {width}")
    rng = np.random.default_rng([finger_seed % _WORD, 1, index % _WORD])
    return Print(render(finger(finger_seed), rng, height, width), DPI)


def finger_seed(identity: str, finger: int) -> int:
    """A stable seed for finger 1..10 (ISO finger positions: 1 right thumb ... 10 left little) of a named identity,
    e.g. a demo person's id string; stable across runs and machines (use hashlib, not hash())."""
    if finger not in FINGERS:
        raise ValueError(f"finger positions run from 1 to 10, not {finger}")
    digest = hashlib.sha256(f"thana synthetic finger\x1f{identity}\x1f{finger}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> 1  # 63 bits: a non-negative int64 everywhere

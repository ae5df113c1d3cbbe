"""Which tiles show the print: enough energy in the ridge band, concentrated in one direction, then the usual
clean-up of the tile mask (close small gaps, drop specks, keep the largest piece, fill its holes)."""

from __future__ import annotations

import numpy as np

from app.biometrics.extraction.orientation_field import Flow

MIN_ENERGY = 0.08  # of the typical (90th percentile) tile's ridge-band energy
MIN_COHERENCE = 0.25
MIN_SHARE = 0.35


def _grow(mask: np.ndarray) -> np.ndarray:
    """8-neighbour dilation of a boolean grid."""
    out = mask.copy()
    out[1:] |= mask[:-1]
    out[:-1] |= mask[1:]
    wide = out.copy()
    wide[:, 1:] |= out[:, :-1]
    wide[:, :-1] |= out[:, 1:]
    return wide


def _shrink(mask: np.ndarray) -> np.ndarray:
    return ~_grow(~mask)


def _largest_piece(mask: np.ndarray) -> np.ndarray:
    """The largest 8-connected piece: every cell takes the smallest label among its neighbours until stable."""
    if not mask.any():
        return mask
    big = np.iinfo(np.int32).max
    labels = np.where(mask, np.arange(mask.size, dtype=np.int32).reshape(mask.shape), big)
    while True:
        padded = np.pad(labels, 1, constant_values=big)
        rows, cols = mask.shape
        least = np.min([padded[1 + dr:1 + dr + rows, 1 + dc:1 + dc + cols]
                        for dr in (-1, 0, 1) for dc in (-1, 0, 1)], axis=0)
        updated = np.where(mask, least, big)
        if np.array_equal(updated, labels):
            break
        labels = updated
    counts = np.bincount(labels[mask])
    return labels == counts.argmax()


def _filled(mask: np.ndarray) -> np.ndarray:
    """The mask with its holes filled: background cells that no path of background links to the border."""
    outside = np.zeros_like(mask)
    outside[0], outside[-1], outside[:, 0], outside[:, -1] = ~mask[0], ~mask[-1], ~mask[:, 0], ~mask[:, -1]
    while True:
        grown = _grow(outside) & ~mask
        if np.array_equal(grown, outside):
            return ~outside
        outside = grown


def foreground(flow: Flow) -> np.ndarray:
    """Boolean tile mask of the print, from the raw (unsmoothed) flow."""
    ridges = (flow.energy >= MIN_ENERGY) & (flow.coherence >= MIN_COHERENCE) & (flow.share >= MIN_SHARE)
    mask = _shrink(_grow(ridges))  # close one-tile gaps
    mask = _grow(_shrink(mask))  # then drop specks narrower than three tiles
    return _filled(_largest_piece(mask))


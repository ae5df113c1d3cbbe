"""Short-time Fourier analysis of an image: overlapping windowed tiles, their spectra, and overlap-add back.

Tiles are ``SIZE`` pixels square (about three and a half ridge periods at 500 dpi: enough for a clear spectral
peak, small enough for the ridges in it to run nearly straight) and start every ``HOP`` pixels. The sine window
used both ways sums to one in overlap-add at half-tile hops, so filtered tiles add up to an image without seams.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

from app.biometrics.fields import bilinear, frequency_grid

SIZE = 32
HOP = SIZE // 2
_WINDOW_1D = np.sin(np.pi * (np.arange(SIZE) + 0.5) / SIZE).astype(np.float32)
WINDOW = _WINDOW_1D[:, None] * _WINDOW_1D[None, :]


@dataclass(frozen=True)
class Tiling:
    """Where the tiles of an image sit: tile (i, j) covers padded rows i*HOP .. i*HOP+SIZE, likewise columns."""

    shape: tuple[int, int]  # the image's
    pad: int  # padding before the first row and column; the image ends HOP or more before the padded end
    grid: tuple[int, int]  # tiles down and across

    def sample(self, values: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """A per-tile field at image positions (bilinear between tile centres; arrays broadcast)."""
        return bilinear(values.astype(np.float32), (rows + self.pad + 0.5) / HOP - 1, (cols + self.pad + 0.5) / HOP - 1)


def tiling(shape: tuple[int, int]) -> Tiling:
    pad = HOP  # every image pixel is then covered by two tiles in each direction, as overlap-add needs
    grid = (-(-(shape[0] + pad) // HOP), -(-(shape[1] + pad) // HOP))
    return Tiling(shape, pad, grid)


def spectra(image: np.ndarray, layout: Tiling, fill: float = 0.0) -> np.ndarray:
    """rfft2 of every windowed tile: complex64 array (grid rows, grid columns, SIZE, SIZE // 2 + 1)."""
    rows = (layout.grid[0] + 1) * HOP
    cols = (layout.grid[1] + 1) * HOP
    padded = np.full((rows, cols), fill, dtype=np.float32)
    padded[layout.pad:layout.pad + layout.shape[0], layout.pad:layout.pad + layout.shape[1]] = image
    tiles = sliding_window_view(padded, (SIZE, SIZE))[::HOP, ::HOP]
    tiles = (tiles - tiles.mean(axis=(2, 3), keepdims=True)) * WINDOW  # the mean would leak into low bins
    return np.fft.rfft2(tiles).astype(np.complex64)


def overlap_add(spectrum: np.ndarray, layout: Tiling) -> np.ndarray:
    """The image whose tiles have these (filtered) spectra: inverse FFT, window again, add the overlaps."""
    tiles = np.fft.irfft2(spectrum, s=(SIZE, SIZE)).astype(np.float32) * WINDOW
    gr, gc = layout.grid
    quarters = tiles.reshape(gr, gc, 2, HOP, 2, HOP)
    out = np.zeros((gr + 1, gc + 1, HOP, HOP), dtype=np.float32)
    for a in range(2):
        for b in range(2):
            out[a:a + gr, b:b + gc] += quarters[:, :, a, :, b, :]
    image = out.transpose(0, 2, 1, 3).reshape((gr + 1) * HOP, (gc + 1) * HOP)
    return image[layout.pad:layout.pad + layout.shape[0], layout.pad:layout.pad + layout.shape[1]]


def bins() -> tuple[np.ndarray, np.ndarray]:
    """Radius (cycles per pixel) and direction (radians from the column axis, rows down, of the wave's normal)
    of every bin of a tile's spectrum."""
    fr, fc = frequency_grid((SIZE, SIZE))
    return np.hypot(fr, fc), np.arctan2(fr, fc)

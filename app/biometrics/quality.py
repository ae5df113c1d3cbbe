"""A quick print-quality score for the live capture view: numpy only, a couple of milliseconds an image.

The image is cut into blocks about two ridge periods wide. A block of the print (one with some contrast) is
good when its gradients agree on one ridge direction (orientation coherence), when it has clear contrast, and
when its gradient energy against its variance fits ridges about 9 pixels apart rather than noise (too high)
or smudges (too low). The score is the good share of the print, scaled down when the print covers less than
2 cm² (or most of a smaller sensor): NFIQ2 also rates small prints lower.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.fields import smoothstep

BLOCK_MM = 0.8  # 16 pixels at 500 dpi
PRINT_CONTRAST = 20.0  # grey-level deviation above which a block belongs to the print
ENOUGH_MM2 = 200.0  # a print this large (or filling 85 % of a smaller sensor) loses nothing for its size


def _block_sums(values: np.ndarray, block: int) -> np.ndarray:
    rows, cols = values.shape[0] // block, values.shape[1] // block
    return values[: rows * block, : cols * block].reshape(rows, block, cols, block).sum(axis=(1, 3))


def quality(pixels: np.ndarray, dpi: int = 500) -> int:
    """0 (no usable print) .. 100 (excellent): fast (≤ 15 ms on 288x256), Qt-free, numpy only."""
    image = np.asarray(pixels, dtype=np.float32)
    block = max(4, round(BLOCK_MM * dpi / 25.4))
    if image.ndim != 2 or min(image.shape) < 2 * block:
        return 0
    step = max(1, round(dpi / 500))  # so that the gradient sees the same share of a ridge period at any dpi
    gr = np.zeros_like(image)
    gc = np.zeros_like(image)
    gr[step:-step] = image[2 * step:] - image[: -2 * step]
    gc[:, step:-step] = image[:, 2 * step:] - image[:, : -2 * step]
    n = block * block
    grr, gcc, grc = _block_sums(gr * gr, block), _block_sums(gc * gc, block), _block_sums(gr * gc, block)
    coherence = np.sqrt((grr - gcc) ** 2 + 4 * grc**2) / (grr + gcc + 1e-6)
    mean = _block_sums(image, block) / n
    variance = np.maximum(_block_sums(image * image, block) / n - mean**2, 0.0)
    sharpness = (grr + gcc) / n / (variance + 1e-6)  # about 1.7 for 9-pixel ridges, 4 for pixel noise
    good = (smoothstep((coherence - 0.45) / 0.3) * smoothstep((np.sqrt(variance) - 10.0) / 24.0)
            * smoothstep((3.4 - sharpness) / 1.0) * smoothstep((sharpness - 0.6) / 0.6))
    on_print = np.sqrt(variance) > PRINT_CONTRAST
    if not on_print.any():
        return 0
    block_mm2 = (block * 25.4 / dpi) ** 2
    enough = min(ENOUGH_MM2, 0.85 * good.size * block_mm2)
    size_factor = min(1.0, on_print.sum() * block_mm2 / enough)
    return int(round(100 * float(good[on_print].mean()) * size_factor))

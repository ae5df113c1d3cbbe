"""Small numpy helpers the generator shares: smooth random fields, bilinear sampling and a light blur.

Everything works in float32: the prints are 8-bit in the end, and half the memory traffic halves the time.
"""

from __future__ import annotations

import numpy as np

Array = np.ndarray


def frequency_grid(shape: tuple[int, int]) -> tuple[Array, Array]:
    """Row and column frequencies (cycles per pixel) of the rfft2 half-spectrum of an image of this shape."""
    rows = np.fft.fftfreq(shape[0]).astype(np.float32)[:, None]
    cols = np.fft.rfftfreq(shape[1]).astype(np.float32)[None, :]
    return rows, cols


def smooth_noise(rng: np.random.Generator, shape: tuple[int, int], scale: float) -> Array:
    """Gaussian noise low-passed to features about ``scale`` pixels wide, zero mean and unit deviation.

    The filtering is circular, which suits noise: the field simply continues across the border, no seam.
    """
    white = rng.standard_normal(shape, dtype=np.float32)
    fr, fc = frequency_grid(shape)
    sigma = scale / 2.0
    gain = np.exp(-2.0 * np.pi**2 * sigma**2 * (fr**2 + fc**2))
    field = np.fft.irfft2(np.fft.rfft2(white) * gain, s=shape).astype(np.float32)
    field -= field.mean()
    return field / max(float(field.std()), 1e-6)


def spectral_upsample(image: Array, factor: int) -> Array:
    """A band-limited image enlarged ``factor`` times by zero-padding its spectrum (circular, like the FFT)."""
    rows, cols = image.shape
    spectrum = np.fft.rfft2(image)
    big = np.zeros((rows * factor, cols * factor // 2 + 1), dtype=spectrum.dtype)
    half = rows // 2
    big[:half, : cols // 2] = spectrum[:half, : cols // 2]
    big[-half:, : cols // 2] = spectrum[-half:, : cols // 2]
    return (np.fft.irfft2(big, s=(rows * factor, cols * factor)) * factor**2).astype(np.float32)


def bilinear(image: Array, rows: Array, cols: Array, outside: float = 0.0) -> Array:
    """``image`` sampled at fractional (rows, cols); points off the image take ``outside``."""
    height, width = image.shape
    r0 = np.floor(rows)
    c0 = np.floor(cols)
    fr = (rows - r0).astype(np.float32)
    fc = (cols - c0).astype(np.float32)
    inside = (r0 >= 0) & (c0 >= 0) & (r0 <= height - 2) & (c0 <= width - 2)
    r = np.clip(r0, 0, height - 2).astype(np.intp)
    c = np.clip(c0, 0, width - 2).astype(np.intp)
    top = image[r, c] * (1 - fc) + image[r, c + 1] * fc
    bottom = image[r + 1, c] * (1 - fc) + image[r + 1, c + 1] * fc
    return np.where(inside, top * (1 - fr) + bottom * fr, np.float32(outside)).astype(np.float32)


def blur(image: Array, sigma: float) -> Array:
    """A separable Gaussian blur with the border pixels repeated (no wrap-around at the edges)."""
    if sigma <= 0:
        return image
    radius = max(1, int(np.ceil(2.5 * sigma)))
    taps = np.exp(-0.5 * (np.arange(-radius, radius + 1) / sigma) ** 2).astype(np.float32)
    taps /= taps.sum()
    padded = np.pad(image, radius, mode="edge")
    height, width = image.shape
    across = sum(t * padded[:, i:i + width] for i, t in enumerate(taps))
    return np.asarray(sum(t * across[i:i + height, :] for i, t in enumerate(taps)), dtype=np.float32)


def smoothstep(x: Array) -> Array:
    """0 below 0, 1 above 1, a smooth S in between."""
    t = np.clip(x, 0.0, 1.0)
    return t * t * (3 - 2 * t)

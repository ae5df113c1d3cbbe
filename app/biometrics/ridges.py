"""The ridge pattern of a master finger, grown by iterative contextual Gabor filtering (as in SFinGe).

Some forty random dots are filtered again and again, each pixel with the Gabor filter of its own ridge orientation
and period, and the result is saturated back to [-1, 1]. The dots grow into wave trains that follow the
orientation field; where two trains meet out of step a ridge ends or forks, which is how the minutiae appear.

Filtering a whole image with a different kernel per pixel is done with a fixed bank instead: the image is
filtered by every bank kernel in the frequency domain (one FFT each), and each pixel blends the responses of
the two nearest orientations and the two bank periods.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from app.biometrics.fields import Array, frequency_grid

ORIENTATIONS = 16
BANK_PERIODS = (11.0, 7.5)  # pixels; the local period is blended between these two
SIGMA_ACROSS = 3.6  # the Gaussian envelope across the ridges, pixels
SIGMA_ALONG = 4.4  # and along them: a little longer, so ridges prefer to run on
GAIN = 20.0  # saturation: weak responses at a growing front are pushed up to full ridges at once


@lru_cache(maxsize=2)
def gabor_bank(shape: tuple[int, int], scale: float) -> Array:
    """Transfer functions (orientation, period, rfft2 half-spectrum) of even Gabor filters with unit peak gain,
    for an image drawn at ``scale`` times 500 dpi."""
    fr, fc = frequency_grid(shape)
    fr, fc = fr * scale, fc * scale  # in cycles per 500 dpi pixel
    bank = np.empty((ORIENTATIONS, len(BANK_PERIODS), fr.shape[0], fc.shape[1]), dtype=np.float32)
    for o in range(ORIENTATIONS):
        theta = np.pi * o / ORIENTATIONS
        across = fc * -np.sin(theta) + fr * np.cos(theta)
        along = fc * np.cos(theta) + fr * np.sin(theta)
        spread_along = SIGMA_ALONG**2 * along**2
        for p, period in enumerate(BANK_PERIODS):
            f = 1.0 / period
            lobe = np.exp(-2 * np.pi**2 * (SIGMA_ACROSS**2 * (across - f) ** 2 + spread_along))
            twin = np.exp(-2 * np.pi**2 * (SIGMA_ACROSS**2 * (across + f) ** 2 + spread_along))
            bank[o, p] = lobe + twin
        bank[o, :, 0, 0] = 0.0  # no response to a flat image: blank paper stays blank
    bank.flags.writeable = False  # shared through the cache
    return bank


def blend_weights(theta: Array, period: Array) -> list[tuple[int, int, Array]]:
    """For each bank filter any pixel uses: (orientation, period index, per-pixel weight)."""
    position = theta * (ORIENTATIONS / np.pi)
    lower = np.floor(position).astype(np.intp) % ORIENTATIONS
    upper = (lower + 1) % ORIENTATIONS
    towards_upper = (position - np.floor(position)).astype(np.float32)
    f_low, f_high = 1.0 / BANK_PERIODS[0], 1.0 / BANK_PERIODS[1]
    towards_high = np.clip((1.0 / period - f_low) / (f_high - f_low), 0.0, 1.0).astype(np.float32)
    weights = []
    for o in range(ORIENTATIONS):
        share = np.where(lower == o, 1 - towards_upper, 0) + np.where(upper == o, towards_upper, 0)
        if not share.any():
            continue
        weights.append((o, 0, (share * (1 - towards_high)).astype(np.float32)))
        weights.append((o, 1, (share * towards_high).astype(np.float32)))
    return weights


def contextual_filter(image: Array, bank: Array, weights: list[tuple[int, int, Array]]) -> Array:
    """Each pixel filtered by the Gabor filter of its own orientation and period."""
    spectrum = np.fft.rfft2(image)
    out = np.zeros(image.shape, dtype=np.float32)
    for o, p, weight in weights:
        out += weight * np.fft.irfft2(spectrum * bank[o, p], s=image.shape)
    return out


def grow_ridges(theta: Array, period: Array, scale: float, rng: np.random.Generator, seeds: int,
                iterations: int) -> Array:
    """A smooth ridge field, about -1 on valleys and 1 on ridge crests, grown from ``seeds`` random dots on a
    grid drawn at ``scale`` times 500 dpi; ``period`` is in 500 dpi pixels."""
    shape = theta.shape
    bank = gabor_bank(shape, scale)
    weights = blend_weights(theta, period)
    image = np.zeros(shape, dtype=np.float32)
    rows = rng.integers(0, shape[0], seeds)
    cols = rng.integers(0, shape[1], seeds)
    image[rows, cols] = rng.choice(np.array([-1.0, 1.0], dtype=np.float32), seeds)
    response = image
    for _ in range(iterations):
        response = contextual_filter(image, bank, weights)
        image = np.clip(GAIN * response / max(float(np.abs(response).max()), 1e-6), -1.0, 1.0)
    return response / max(float(np.percentile(np.abs(response), 95)), 1e-6)

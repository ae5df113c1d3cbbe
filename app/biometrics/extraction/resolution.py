"""The extractor's input: an 8-bit grey image of any resolution, checked and brought to 500 dpi."""

from __future__ import annotations

import math

import numpy as np
from PIL import Image

from app.biometrics.engine import ENGINE_DPI
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP

MIN_SIDE = 64  # pixels at 500 dpi: 3 mm, about seven ridges; anything smaller holds no usable print
DPI_RANGE = (100.0, 5000.0)


class ImageError(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "The fingerprint image cannot be used ({reason}).")


def at_engine_dpi(pixels: np.ndarray, dpi: float) -> np.ndarray:
    """``pixels`` (uint8, rows x columns) resampled to 500 dpi, as float32; ImageError when unusable."""
    if not isinstance(pixels, np.ndarray) or pixels.dtype != np.uint8:
        raise ImageError(reason=f"expected 8-bit grey pixels, not {getattr(pixels, 'dtype', type(pixels).__name__)}")
    if pixels.ndim != 2:
        raise ImageError(reason=f"expected one grey channel (2 dimensions), not {pixels.ndim} dimensions")
    if not (isinstance(dpi, int | float) and math.isfinite(dpi) and DPI_RANGE[0] <= dpi <= DPI_RANGE[1]):
        raise ImageError(reason=f"a resolution of {dpi} dpi is outside {DPI_RANGE[0]:g}..{DPI_RANGE[1]:g}")
    scale = ENGINE_DPI / float(dpi)
    height, width = round(pixels.shape[0] * scale), round(pixels.shape[1] * scale)
    if min(height, width) < MIN_SIDE:
        raise ImageError(reason=f"{pixels.shape[1]} x {pixels.shape[0]} pixels at {dpi:g} dpi is too small")
    if (height, width) == pixels.shape:
        return pixels.astype(np.float32)
    # Lanczos low-passes before shrinking (no aliasing of fine ridges) and interpolates smoothly when enlarging.
    image = Image.fromarray(np.ascontiguousarray(pixels)).resize((width, height), Image.Resampling.LANCZOS)
    return np.asarray(image, dtype=np.float32)

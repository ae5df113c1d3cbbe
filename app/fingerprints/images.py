"""Fingerprint images and photos as stored: lossless PNG for prints, a small JPEG for the face photo.

Photos come from files the user chooses, so they are decoded, checked and re-encoded: nothing of the
original file (metadata, trailing bytes) is kept.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, UnidentifiedImageError

from app.biometrics.extraction.resolution import at_engine_dpi
from app.fingerprints.errors import PhotoUnreadable

PHOTO_MAX_BYTES = 10 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000  # refuse decompression bombs before decoding
PHOTO_SIDE = 480  # long side kept: enough for a candidate card and a printed record


def print_png(pixels: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels, dtype=np.uint8)).save(out, format="PNG", optimize=False)
    return out.getvalue()


def normalise_photo(data: bytes) -> bytes:
    """A checked JPEG of at most 480 pixels on its long side, or PhotoUnreadable."""
    if not data or len(data) > PHOTO_MAX_BYTES:
        raise PhotoUnreadable()
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in {"JPEG", "PNG"} or image.width * image.height > PHOTO_MAX_PIXELS:
                raise PhotoUnreadable()
            image.thumbnail((PHOTO_SIDE, PHOTO_SIDE))
            out = io.BytesIO()
            image.convert("RGB").save(out, format="JPEG", quality=85)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoUnreadable() from exc


def to_engine_dpi(pixels: np.ndarray, dpi: float) -> np.ndarray:
    """The image at the engine's 500 dpi as 8-bit grey (what is stored: every stored print has one resolution)."""
    return np.clip(np.rint(at_engine_dpi(pixels, dpi)), 0, 255).astype(np.uint8)


def read_photo(path: Path) -> bytes:
    """The photo file the user chose, checked and re-encoded; PhotoUnreadable for anything else."""
    try:
        if path.stat().st_size > PHOTO_MAX_BYTES:
            raise PhotoUnreadable()
        data = path.read_bytes()
    except OSError as exc:
        raise PhotoUnreadable() from exc
    return normalise_photo(data)

"""What the emulated sensor sees when a finger is placed: 256 x 288 grayscale images with an identity tag.

There is no matcher inside the emulator. Each image carries the identity of the finger it shows, and the
characteristics made from it encode that identity, so "same finger" is decided by the tag (see
characteristics.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from PIL import Image

WIDTH = 256
HEIGHT = 288
IMAGE_BYTES = WIDTH * HEIGHT // 2  # 4 bits per pixel on the wire
SUFFIXES = (".png", ".tif", ".tiff", ".bmp")
WHITE = 255


@dataclass(frozen=True)
class Capture:
    pixels: np.ndarray  # uint8, shape (HEIGHT, WIDTH), dark ridges on light background
    identity: str


class ImageSource(Protocol):
    def next_image(self) -> Capture: ...


def fit_window(image: Image.Image) -> np.ndarray:
    """Centre-crop or white-pad to the sensor window without scaling, as a smaller or larger window would."""
    pixels = np.asarray(image.convert("L"), dtype=np.uint8)
    out = np.full((HEIGHT, WIDTH), WHITE, dtype=np.uint8)
    h, w = pixels.shape
    src_y, dst_y, rows = _centre(h, HEIGHT)
    src_x, dst_x, cols = _centre(w, WIDTH)
    out[dst_y : dst_y + rows, dst_x : dst_x + cols] = pixels[src_y : src_y + rows, src_x : src_x + cols]
    return out


def _centre(size: int, window: int) -> tuple[int, int, int]:
    """(source offset, destination offset, span) that centres `size` in `window`."""
    if size >= window:
        return (size - window) // 2, 0, window
    return 0, (window - size) // 2, size


def pack_nibbles(pixels: np.ndarray) -> bytes:
    """Image-buffer bytes as the module sends them: high nibble is the left pixel."""
    high = pixels[:, 0::2] >> 4
    low = pixels[:, 1::2] >> 4
    return ((high << 4) | low).astype(np.uint8).tobytes()


def identity_of(path: Path) -> str:
    """FVC naming: `101_3.tif` is impression 3 of finger `101`; any other name is its own finger."""
    match = re.fullmatch(r"(.+)[_-]\d+", path.stem)
    return match.group(1) if match else path.stem


class FolderSource:
    """Every png/tif/bmp in a folder, in sorted order, round and round."""

    def __init__(self, folder: Path) -> None:
        self.paths = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in SUFFIXES)
        if not self.paths:
            raise ValueError(f"no png, tif or bmp images in {folder}")
        self._next = 0

    def next_image(self) -> Capture:
        path = self.paths[self._next % len(self.paths)]
        self._next += 1
        with Image.open(path) as image:
            return Capture(fit_window(image), identity_of(path))


class SyntheticSource:
    """Successive impressions of one synthetic finger; set `finger_seed` to present another finger."""

    def __init__(self, finger_seed: int = 1) -> None:
        self.finger_seed = finger_seed
        self._index = 0

    def next_image(self) -> Capture:
        # Imported here so the emulator runs on folder images where the engine's generator is absent.
        from app.biometrics.synthetic import impression

        pixels = np.asarray(impression(self.finger_seed, self._index, HEIGHT, WIDTH).pixels, dtype=np.uint8)
        self._index += 1
        return Capture(pixels, f"synthetic-{self.finger_seed}")

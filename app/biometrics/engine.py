"""The seams of the identification engine: image -> minutiae -> comparison score.

Extraction and matching sit behind these two small protocols so that a better method can replace
either without touching enrolment, the check post or the 1:N index. Minutiae travel between them as
arrays at 500 dpi; ISO/IEC 19794-2 records are how they are stored and exchanged.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol, TypeVar

import numpy as np

from app.biometrics import iso19794

ENGINE_DPI = 500
ISO_UNITS_PER_TURN = 256


@dataclass(frozen=True, eq=False)
class Minutiae:
    """One finger view's minutiae in the coordinates of a 500 dpi image of ``width`` x ``height``.

    ``x``, ``y``: pixels (float32); ``angle``: radians in [0, 2π), counter-clockwise from the x axis
    with y pointing down, as ISO/IEC 19794-2 defines it; ``kind``: ``iso19794.MinutiaKind`` values;
    ``quality``: 0..100 (0 when the extractor does not say).
    """

    x: np.ndarray
    y: np.ndarray
    angle: np.ndarray
    kind: np.ndarray
    quality: np.ndarray
    width: int
    height: int

    def __len__(self) -> int:
        return int(self.x.shape[0])

    @classmethod
    def from_iso(cls, template: iso19794.Template, view: int = 0) -> Minutiae:
        """The given view of a record, rescaled to 500 dpi when the record says another resolution."""
        finger = template.views[view]
        sx = ENGINE_DPI / (template.x_resolution * 2.54) if template.x_resolution else 1.0
        sy = ENGINE_DPI / (template.y_resolution * 2.54) if template.y_resolution else 1.0
        points = finger.minutiae
        return cls(
            x=np.array([m.x * sx for m in points], dtype=np.float32),
            y=np.array([m.y * sy for m in points], dtype=np.float32),
            angle=np.array([m.radians for m in points], dtype=np.float32),
            kind=np.array([int(m.kind) for m in points], dtype=np.uint8),
            quality=np.array([m.quality for m in points], dtype=np.uint8),
            width=max(1, round(template.width * sx)),
            height=max(1, round(template.height * sy)),
        )

    def to_iso(self, position: int = 0, quality: int = 0) -> iso19794.Template:
        """A one-view ISO/IEC 19794-2 record at 500 dpi (197 pixels per centimetre)."""
        turn = ISO_UNITS_PER_TURN / (2 * math.pi)
        points = tuple(
            iso19794.Minutia(
                x=min(int(round(float(x))), iso19794.COORDINATE_MAX),
                y=min(int(round(float(y))), iso19794.COORDINATE_MAX),
                angle=int(round(float(a) * turn)) % ISO_UNITS_PER_TURN,
                kind=iso19794.MinutiaKind(int(k)),
                quality=int(q),
            )
            for x, y, a, k, q in zip(self.x, self.y, self.angle, self.kind, self.quality, strict=True)
        )
        view = iso19794.FingerView(position=position, minutiae=points, quality=quality)
        return iso19794.Template(width=self.width, height=self.height, views=(view,))


class Extractor(Protocol):
    def extract(self, pixels: np.ndarray, dpi: float = ENGINE_DPI) -> Minutiae:
        """Minutiae of an 8-bit grey image (dark ridges on light ground) of any resolution."""
        ...


Prepared = TypeVar("Prepared")


class Matcher(Protocol[Prepared]):
    def prepare(self, minutiae: Minutiae) -> Prepared:
        """What the matcher precomputes once per template (for example cylinder codes)."""
        ...

    def compare(self, probe: Prepared, candidate: Prepared) -> float:
        """Similarity in [0, 1]: 0 for nothing in common; symmetric up to rounding."""
        ...

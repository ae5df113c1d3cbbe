"""NIST NBIS as the yardstick for fingerprint images: mindtct minutiae, bozorth3 scores, NFIQ2 quality,
and the FVC2002 sample sets read in place from ``../shared/fingerprints``."""

from __future__ import annotations

import io
import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import nbis
import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "fingerprints"
FVC2002_DPI = {"DB1": 500, "DB2": 569, "DB3": 500, "DB4": 500}  # from the sets' README: the TIFF tag is wrong
Key = tuple[int, int]  # (finger, impression), both counted from 1 as in the FVC file names


@dataclass
class Measured:
    minutiae: nbis.Minutiae
    nfiq2: int  # 0 when NFIQ2 cannot score the image at all
    nfiq2_failed: bool


def nbis_extractor(nfiq2: bool) -> nbis.NbisExtractor:
    return nbis.new_nbis_extractor(nbis.NbisExtractorSettings(
        min_quality=0.0, get_center=False, check_fingerprint=False, compute_nfiq2=nfiq2, ppi=None))


class Yardstick:
    def __init__(self) -> None:
        self._with_nfiq2 = nbis_extractor(True)
        self._plain = nbis_extractor(False)

    def measure(self, pixels: np.ndarray) -> Measured:
        """Minutiae and NFIQ2 of an 8-bit 500 dpi image. NFIQ2 gives up on some very poor prints (one
        FVC2002 DB3 image); those count as 0, its 'no utility', and keep their minutiae."""
        png = png_bytes(pixels)
        try:
            minutiae = self._with_nfiq2.extract_minutiae(png)
            return Measured(minutiae, minutiae.quality().score, False)
        except nbis.NbisError.Nfiq2ComputeFailed:
            return Measured(self._plain.extract_minutiae(png), 0, True)


def png_bytes(pixels: np.ndarray) -> bytes:
    out = io.BytesIO()
    Image.fromarray(pixels).save(out, format="PNG")
    return out.getvalue()


def load_fvc2002(name: str) -> dict[Key, np.ndarray]:
    """One FVC2002 B set as 8-bit arrays at 500 dpi (DB2 is resampled from its 569 dpi)."""
    images = load_folder(SHARED / f"FVC2002_{name}_B", FVC2002_DPI[name], 500)
    return {(finger - 100, impression): pixels for (finger, impression), pixels in images.items()}


def load_folder(folder: Path, dpi: float, to_dpi: float | None = None) -> dict[Key, np.ndarray]:
    """A set of ``finger_impression`` images (TIFF or PNG) as 8-bit arrays, resampled from ``dpi`` to ``to_dpi``
    when that is given and differs; keys as the file names number them."""
    images = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in (".tif", ".tiff", ".png")):
        finger, impression = path.stem.split("_")
        image = Image.open(path).convert("L")
        if to_dpi is not None and dpi != to_dpi:
            size = (round(image.width * to_dpi / dpi), round(image.height * to_dpi / dpi))
            image = image.resize(size, Image.Resampling.LANCZOS)
        images[(int(finger), int(impression))] = np.asarray(image)
    return images


@dataclass(frozen=True)
class ProtocolScores:
    genuine: list[float]  # every pair i < j of impressions of one finger
    impostor: list[float]  # first impression of finger a against that of finger b, a < b
    all_impostors: list[float]  # every pair of impressions of different fingers


def protocol_scores(keys: Sequence[Key], score: Callable[[int, int], float]) -> ProtocolScores:
    """The FVC protocol's attempts over ``keys`` (finger, impression); ``score(i, j)`` compares keys i < j."""
    genuine, impostor, everyone = [], [], []
    for i, j in itertools.combinations(range(len(keys)), 2):
        (finger_a, impression_a), (finger_b, impression_b) = keys[i], keys[j]
        value = score(i, j)
        if finger_a == finger_b:
            genuine.append(value)
            continue
        everyone.append(value)
        if impression_a == impression_b == 1:
            impostor.append(value)
    return ProtocolScores(genuine, impostor, everyone)


def fvc_protocol(templates: dict[Key, nbis.Minutiae]) -> ProtocolScores:
    """bozorth3 scores for the FVC protocol's attempts over a set of fingers x impressions."""
    keys = sorted(templates)
    return protocol_scores(keys, lambda i, j: templates[keys[i]].compare(templates[keys[j]]))


def spearman(x: list[float], y: list[float]) -> float:
    """Spearman's rank correlation (ties share their mean rank)."""
    def ranks(values: list[float]) -> np.ndarray:
        v = np.asarray(values, float)
        order = v.argsort(kind="stable")
        r = np.empty(len(v))
        r[order] = np.arange(len(v))
        for value in np.unique(v):
            tied = v == value
            r[tied] = r[tied].mean()
        return r
    return float(np.corrcoef(ranks(x), ranks(y))[0, 1])

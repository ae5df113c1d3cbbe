"""The speed bench's gallery: the FVC2002 B fingers planted among 100,000 distractor templates.

Distractors come only from synthetic fingers (never from the FVC fingers used as probes): a few
thousand synthetic impressions are drawn once and kept under ``~/.cache/thana-bench``, extracted once
per version of the extractor's source, and then varied (rigid motion, minutiae dropped, added and
jittered, a smaller window) until the gallery is full.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from typing import Any

import numpy as np

from app.biometrics import extraction, index_descriptor, index_format, synthetic
from app.biometrics.engine import Extractor, Minutiae
from app.biometrics.extraction import MinutiaeExtractor
from app.biometrics.index import pack

CACHE = Path.home() / ".cache" / "thana-bench" / "fingerprint-speed"
SYNTHETIC_FINGERS = 2000
IMPRESSIONS = 3  # per synthetic finger: their own mates make the distractors less alike than copies would
CHUNK = 100  # fingers a cache file: an interrupted run resumes at the next file
FIELDS = ("x", "y", "angle", "kind", "quality")
SEED = 2026


def distractor_seed(n: int) -> int:
    return synthetic.finger_seed(f"bench distractor {n}", 1 + n % 10)


def _chunk_path(first: int) -> Path:
    return CACHE / f"prints-{first:05d}-{first + CHUNK - 1:05d}.npz"


def synthetic_prints() -> np.ndarray:
    """Every synthetic impression, uint8 of shape (fingers x impressions, 288, 256), made once and cached."""
    CACHE.mkdir(parents=True, exist_ok=True)
    chunks = []
    for first in range(0, SYNTHETIC_FINGERS, CHUNK):
        path = _chunk_path(first)
        if not path.exists():
            print(f"bench: drawing synthetic prints {first}..{first + CHUNK - 1}", file=sys.stderr, flush=True)
            images = np.stack([synthetic.impression(distractor_seed(n), i).pixels
                               for n in range(first, first + CHUNK) for i in range(1, IMPRESSIONS + 1)])
            partial = path.with_suffix(".partial.npz")
            np.savez_compressed(partial, images=images)
            partial.rename(path)
        with np.load(path) as data:
            chunks.append(data["images"])
    return np.concatenate(chunks)


def source_digest(*paths: Path) -> str:
    """A digest of source files (every .py under a folder): cached data follows changes of the code it came
    from."""
    digest = hashlib.sha256()
    for path in paths:
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


EXTRACTION = Path(extraction.__file__).parent
STORED_FORM = (EXTRACTION, Path(index_format.__file__), Path(index_descriptor.__file__), Path(__file__))


def distractor_templates(extractor: Extractor) -> list[Minutiae]:
    """The synthetic impressions' minutiae, extracted once per version of the extractor's source."""
    path = CACHE / f"templates-{source_digest(EXTRACTION)}.npz"
    if not path.exists():
        prints = synthetic_prints()
        print(f"bench: extracting {len(prints)} synthetic prints", file=sys.stderr, flush=True)
        _save(path, [extractor.extract(image, synthetic.DPI) for image in prints])
    return _load(path)


def _save(path: Path, templates: list[Minutiae]) -> None:
    arrays: dict[str, Any] = {name: np.concatenate([getattr(m, name) for m in templates]) for name in FIELDS}
    arrays |= {"counts": [len(m) for m in templates], "sizes": [(m.width, m.height) for m in templates]}
    partial = path.with_suffix(".partial.npz")
    np.savez(partial, **arrays)
    partial.rename(path)


def _load(path: Path) -> list[Minutiae]:
    with np.load(path) as data:
        bounds = np.cumsum(data["counts"])[:-1]
        columns = {name: np.split(data[name], bounds) for name in FIELDS}
        return [Minutiae(**{name: columns[name][i] for name in FIELDS}, width=int(w), height=int(h))
                for i, (w, h) in enumerate(data["sizes"])]


def perturbed(m: Minutiae, rng: np.random.Generator) -> Minutiae:
    """Another plausible touch of the same finger: turned and shifted, some minutiae lost, some spurious ones
    added, every one jittered; what falls off the image is gone."""
    keep = rng.random(len(m)) < rng.uniform(0.75, 0.95)
    x, y, angle = m.x[keep].astype(np.float64), m.y[keep].astype(np.float64), m.angle[keep].astype(np.float64)
    extra = rng.poisson(0.1 * len(m))
    if extra and len(x):
        x = np.concatenate([x, rng.uniform(x.min(), x.max(), extra)])
        y = np.concatenate([y, rng.uniform(y.min(), y.max(), extra)])
        angle = np.concatenate([angle, rng.uniform(0, 2 * np.pi, extra)])
    turn = rng.uniform(-0.45, 0.45)  # about ±25°
    cos, sin = np.cos(turn), np.sin(turn)
    cx, cy = m.width / 2, m.height / 2
    shift_x, shift_y = rng.normal(0, 15, 2)
    # points turn by +turn in image coordinates (y down), so directions (counter-clockwise) lose it
    nx = cos * (x - cx) - sin * (y - cy) + cx + shift_x + rng.normal(0, 2, len(x))
    ny = sin * (x - cx) + cos * (y - cy) + cy + shift_y + rng.normal(0, 2, len(x))
    na = np.mod(angle - turn + rng.normal(0, 0.08, len(x)), 2 * np.pi)
    on = (nx >= 0) & (ny >= 0) & (nx <= m.width - 1) & (ny <= m.height - 1)
    kinds = np.concatenate([m.kind[keep], rng.integers(1, 3, extra) if len(m.kind[keep]) else []])[on]
    return Minutiae(x=nx[on].astype(np.float32), y=ny[on].astype(np.float32), angle=na[on].astype(np.float32),
                    kind=kinds.astype(np.uint8), quality=np.full(int(on.sum()), 50, dtype=np.uint8),
                    width=m.width, height=m.height)


def distractor_rows(count: int) -> list[bytes]:
    """``count`` packed distractors: every synthetic impression once, then variants of them in turn; kept
    once per version of the extractor, the stored form and this module."""
    path = CACHE / f"rows-{count}-{source_digest(*STORED_FORM)}.npz"
    if not path.exists():
        bases = distractor_templates(MinutiaeExtractor())
        print(f"bench: packing {count} distractors", file=sys.stderr, flush=True)
        rng = np.random.default_rng(SEED)
        rows = [pack(bases[n % len(bases)] if n < len(bases) else perturbed(bases[n % len(bases)], rng))
                for n in range(count)]
        partial = path.with_suffix(".partial.npz")
        np.savez(partial, sizes=[len(r) for r in rows], data=np.frombuffer(b"".join(rows), dtype=np.uint8))
        partial.rename(path)
    with np.load(path) as data:
        blob, bounds = data["data"].tobytes(), np.cumsum(data["sizes"])
    return [blob[a:b] for a, b in zip([0, *bounds[:-1].tolist()], bounds.tolist(), strict=True)]


def gallery_rows(planted: list[Minutiae], size: int) -> tuple[list[tuple[int, bytes]], list[int]]:
    """``size`` rows (key, packed) with the planted templates under random keys among distractors, and the
    planted templates' keys in order."""
    rows = [pack(m) for m in planted] + distractor_rows(size - len(planted))
    keys = (np.random.default_rng(SEED).permutation(size) + 1).tolist()
    return list(zip(keys, rows, strict=True)), keys[:len(planted)]

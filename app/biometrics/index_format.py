"""The 1:N index's stored form of one template: quantised minutiae with their pre-filter words.

A row is, little-endian: a 16-byte header (magic "TF", format version, a zero byte, minutia count, image
width and height in 500 dpi pixels, two zero bytes, CRC-32 of the rest of the row), then one uint64
pre-filter word per minutia, then one uint32 per minutia (angle in 1/256 turns, x and y in 11 bits each,
the ISO kind in 2), then zero bytes up to a multiple of 8. Every row being a multiple of 8 bytes lets a
whole table of rows be read as one buffer of aligned words, with no Python work per minutia. The rows live
in the encrypted station database; the checksum catches a damaged or foreign row before it can shape a
search.
"""

from __future__ import annotations

import math
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from app.biometrics.engine import Minutiae
from app.biometrics.index_descriptor import describe
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP

MAGIC = b"TF"
VERSION = 1
HEADER = struct.Struct("<2sBBHHHHI")  # magic, version, 0, count, width, height, 0, crc32
MAX_MINUTIAE = 128  # the most reliable are kept: 16 + 12 * 128 bytes stays under 2 KiB
COORDINATE_LIMIT = 1 << 11  # 2048 px at 500 dpi is 10 cm, wider than any finger
TURN = 256


class IndexEntryError(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "A fingerprint index entry is damaged or was written by another "
                                                "version of the program ({reason}).")


@dataclass(frozen=True)
class Table:
    """Many rows read at once: per template its first minutia, minutia count and image size; per minutia its
    pre-filter word and packed position."""

    first: np.ndarray  # (T,) int64
    count: np.ndarray  # (T,) int64
    width: np.ndarray  # (T,) int64
    height: np.ndarray  # (T,) int64
    words: np.ndarray  # (M,) uint64
    points: np.ndarray  # (M,) uint32


def _size(count: int) -> int:
    return HEADER.size + 8 * (-(-12 * count // 8))


def _checksum(row: bytes | memoryview) -> int:
    return zlib.crc32(row[HEADER.size:], zlib.crc32(row[:HEADER.size - 4]))


def pack(minutiae: Minutiae) -> bytes:
    """The stored form of a template (at most MAX_MINUTIAE minutiae, the most reliable first)."""
    keep = np.argsort(-minutiae.quality.astype(np.int64), kind="stable")[:MAX_MINUTIAE]
    keep.sort()
    x = np.rint(minutiae.x[keep]).astype(np.int64)
    y = np.rint(minutiae.y[keep]).astype(np.int64)
    if (x < 0).any() or (y < 0).any() or (x >= COORDINATE_LIMIT).any() or (y >= COORDINATE_LIMIT).any():
        raise ValueError(f"minutiae must lie within 0..{COORDINATE_LIMIT - 1} pixels at 500 dpi")
    if not (0 < minutiae.width < 1 << 16 and 0 < minutiae.height < 1 << 16):
        raise ValueError(f"image size {minutiae.width} x {minutiae.height} does not fit the index")
    angle = np.rint(minutiae.angle[keep].astype(np.float64) * TURN / (2 * math.pi)).astype(np.int64) % TURN
    kind = minutiae.kind[keep].astype(np.int64) & 3
    points = (angle | x << 8 | y << 19 | kind << 30).astype("<u4")
    words, _ = describe(_minutiae(points, minutiae.width, minutiae.height))
    body = words.astype("<u8").tobytes() + points.tobytes()
    body += bytes(_size(len(points)) - HEADER.size - len(body))
    header = HEADER.pack(MAGIC, VERSION, 0, len(points), minutiae.width, minutiae.height, 0, 0)
    return header[:-4] + struct.pack("<I", _checksum(header + body)) + body


def unpack(row: bytes) -> Minutiae:
    """The minutiae of a stored row; IndexEntryError when it is not a valid row of this version."""
    table = read([row], [0])
    return _minutiae(table.points, int(table.width[0]), int(table.height[0]))


def minutiae_of(table: Table, template: int) -> Minutiae:
    start = int(table.first[template])
    return _minutiae(table.points[start:start + int(table.count[template])],
                     int(table.width[template]), int(table.height[template]))


def positions(points: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """x, y and angle (radians) of packed points, as float32 arrays of their shape."""
    p = points.astype(np.uint32)
    return (((p >> 8) & 0x7FF).astype(np.float32), ((p >> 19) & 0x7FF).astype(np.float32),
            (p & 0xFF).astype(np.float32) * np.float32(2 * math.pi / TURN))


def _minutiae(points: np.ndarray, width: int, height: int) -> Minutiae:
    x, y, angle = positions(points)
    return Minutiae(
        x=x,
        y=y,
        angle=angle,
        kind=(points.astype(np.uint32) >> 30).astype(np.uint8),
        quality=np.zeros(len(points), dtype=np.uint8),
        width=width,
        height=height,
    )


def read(rows: Sequence[bytes], keys: Sequence[int]) -> Table:
    """Many rows at once (keys only name a bad row in the error): one join, one buffer, vectorised checks."""
    sizes = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    short = np.flatnonzero((sizes < HEADER.size) | (sizes % 8 != 0))
    if len(short):
        raise IndexEntryError(reason=f"entry {keys[short[0]]}: {sizes[short[0]]} bytes")
    starts = np.cumsum(sizes) - sizes
    buffer = np.frombuffer(b"".join(rows), dtype=np.uint8)
    header = buffer[starts[:, None] + np.arange(HEADER.size)].view(np.dtype(
        [("magic", "S2"), ("version", "u1"), ("zero", "u1"), ("count", "<u2"), ("width", "<u2"),
         ("height", "<u2"), ("zero2", "<u2"), ("crc", "<u4")]))[:, 0]
    count = header["count"].astype(np.int64)
    expected = HEADER.size + 8 * ((12 * count + 7) // 8)
    bad = ((header["magic"] != MAGIC) | (header["version"] != VERSION) | (header["zero"] != 0)
           | (header["zero2"] != 0) | (count > MAX_MINUTIAE) | (expected != sizes)
           | (header["width"] == 0) | (header["height"] == 0))
    if bad.any():
        first = int(np.flatnonzero(bad)[0])
        raise IndexEntryError(reason=f"entry {keys[first]}: not a version {VERSION} entry of {sizes[first]} bytes")
    crc = header["crc"].tolist()
    for key, row, stored in zip(keys, rows, crc, strict=True):
        if _checksum(memoryview(row)) != stored:
            raise IndexEntryError(reason=f"entry {key}: checksum mismatch")
    # rows are whole words: gather every minutia's word and point with one index array each
    words64 = buffer.view("<u8")
    first = np.cumsum(count) - count
    within = np.arange(int(count.sum()), dtype=np.int64) - np.repeat(first, count)
    word_at = np.repeat((starts + HEADER.size) // 8, count) + within
    point_at = np.repeat((starts + HEADER.size) // 4 + 2 * count, count) + within
    return Table(first=first, count=count, width=header["width"].astype(np.int64),
                 height=header["height"].astype(np.int64), words=words64[word_at].astype(np.uint64),
                 points=buffer.view("<u4")[point_at].astype(np.uint32))

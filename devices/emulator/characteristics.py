"""Characteristics and templates of the emulated sensor: digest-like 512-byte blobs, matched by identity.

A char buffer and a template are both 512 bytes: pyfingerprint's downloadCharacteristics documents 512
elements, which is the R30x/AS608 char-buffer size, and createTemplate leaves the merged template in both
buffers. The blob is derived from the image bytes, so it is deterministic, but it also carries the digest of
the image's identity tag; two blobs match when their identity digests are equal. That is a stand-in for a
matcher, honest about being one: the same finger always matches with a high score, another never does.
"""

from __future__ import annotations

import hashlib

import numpy as np

SIZE = 512
CHARACTERISTICS_MAGIC = b"ZFMc"
TEMPLATE_MAGIC = b"ZFMt"
_IDENTITY = slice(4, 20)
_IMAGE = slice(20, 36)
_FILL = SIZE - _IMAGE.stop

# Scores of genuine pairs; R30x modules report about 50 and up for a match at the default security level.
SAME_IMPRESSION_SCORE = 300
GENUINE_MIN, GENUINE_SPAN = 100, 150

# Fewer grey levels than this in the 4-bit image means a blank window: nothing to extract.
MIN_CONTRAST = 3


def blank(pixels: np.ndarray) -> bool:
    quantised = pixels >> 4
    return int(quantised.max()) - int(quantised.min()) < MIN_CONTRAST


def extract(pixels: np.ndarray, identity: str) -> bytes:
    """Characteristics of one image, as convertImage leaves them in a char buffer."""
    image = pixels.tobytes()
    return _blob(CHARACTERISTICS_MAGIC, _digest(identity.encode()), _digest(image), image)


def merge(first: bytes, second: bytes) -> bytes | None:
    """createTemplate: one template from two impressions of the same finger, None if they differ."""
    if not (_readable(first) and _readable(second)) or first[_IDENTITY] != second[_IDENTITY]:
        return None
    both = first[_IMAGE] + second[_IMAGE]
    return _blob(TEMPLATE_MAGIC, first[_IDENTITY], _digest(both), both)


def score(first: bytes, second: bytes) -> int:
    """0 for different fingers or unreadable blobs, else a stable score that is well above the threshold."""
    if not (_readable(first) and _readable(second)) or first[_IDENTITY] != second[_IDENTITY]:
        return 0
    if first[_IMAGE] == second[_IMAGE]:
        return SAME_IMPRESSION_SCORE
    pair = b"".join(sorted((first[_IMAGE], second[_IMAGE])))
    return GENUINE_MIN + int.from_bytes(_digest(pair)[:2], "big") % GENUINE_SPAN


def _readable(blob: bytes) -> bool:
    return len(blob) == SIZE and blob[:4] in (CHARACTERISTICS_MAGIC, TEMPLATE_MAGIC)


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _blob(magic: bytes, identity: bytes, image_digest: bytes, source: bytes) -> bytes:
    return magic + identity + image_digest + hashlib.shake_256(source).digest(_FILL)

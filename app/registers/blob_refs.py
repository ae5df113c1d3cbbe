"""Which blobs an operation references: a field whose name ends in ``_sha256`` names a file (fingerprint
image, ISO template, photo) by the SHA-256 of its bytes. The bytes travel apart from the operation, as
blobs (sync/blobs.py uploads them, server/blobs.py holds them); the hash-chained content names them only.
The sync engine and the server both read references with this one function."""

from __future__ import annotations

import re

SUFFIX = "_sha256"
SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


def blob_refs(payload: object) -> list[str]:
    """The distinct SHA-256 names in ``payload`` (outside its ``chain`` block), in first-seen order."""
    found: dict[str, None] = {}
    _walk(payload, found)
    return list(found)


def _walk(value: object, found: dict[str, None]) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "chain":
                continue  # the link's own hashes, not files
            if isinstance(key, str) and key.endswith(SUFFIX) and isinstance(item, str) and SHA256_HEX.match(item):
                found.setdefault(item)
            else:
                _walk(item, found)
    elif isinstance(value, list):
        for item in value:
            _walk(item, found)

"""The server's countersignature on an accepted operation.

HMAC-SHA256 with a key kept in the server database, for this first increment: it proves the server
accepted (op id, entry hash, position) to whoever holds the key, not to the public. It becomes an
Ed25519 signature (public key pinned by the clients) when the client side of sync lands.
"""

from __future__ import annotations

import hashlib
import hmac


def countersign(key: bytes, op_id: str, entry_hash: str, position: int | None) -> str:
    message = f"{op_id}\n{entry_hash}\n{'' if position is None else position}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def verify(key: bytes, op_id: str, entry_hash: str, position: int | None, signature: str) -> bool:
    return hmac.compare_digest(countersign(key, op_id, entry_hash, position), signature)

"""Signed document payloads for the QR code printed on every issued document.

A payload is ``THANA:`` and the base45 of one frame: a version byte, the 64-byte Ed25519 signature, and
the canonical JSON of the details (``details.py``). The signature covers a fixed label, the version and
the JSON, so it cannot be replayed as any other kind of Thana signature. A typical certificate's
payload is under 600 characters, all of them in the QR code's compact alphanumeric set.

Reading a payload (``decode_payload``) accepts any bytes a scanner hands over and either returns the
signed parts or raises ``DocumentInvalid(MALFORMED)``; ``verification.py`` then checks the signature.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.documents import base45
from app.documents.details import DocumentDetails, details_from_json
from app.documents.errors import DocumentInvalid, InvalidReason

PREFIX = "THANA:"
VERSION = 1
SIGNATURE_BYTES = 64
_LABEL = b"thana-document-signature\x00"
# A payload this long is no QR code of ours; refusing it early bounds the work done on hostile input.
MAX_PAYLOAD_CHARS = 2000


@dataclass(frozen=True)
class SignedPayload:
    details: DocumentDetails
    signature: bytes
    signed_bytes: bytes  # what the signature covers


def key_id(public_key: Ed25519PublicKey) -> str:
    """The first 8 bytes of the SHA-256 of the raw public key, in hex: printed, published and looked up."""
    raw = public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _signed_bytes(version: int, details_json: bytes) -> bytes:
    return _LABEL + bytes([version]) + details_json


def sign(details: DocumentDetails, private_key: Ed25519PrivateKey) -> str:
    """The payload for the QR code. The details must name this key, so a verifier knows which to use."""
    if details.key_id != key_id(private_key.public_key()):
        raise ValueError("the details name another signing key")
    details_json = details.to_json()
    signature = private_key.sign(_signed_bytes(VERSION, details_json))
    return PREFIX + base45.encode(bytes([VERSION]) + signature + details_json)


def decode_payload(data: bytes | str) -> SignedPayload:
    """The signed parts of a payload as scanned, or ``DocumentInvalid(MALFORMED)``; the signature is not checked."""
    try:
        text = data.decode("ascii") if isinstance(data, bytes) else data
        # scanners add a line end; nothing else around the payload is tolerated
        text = text.strip("\r\n")
        if len(text) > MAX_PAYLOAD_CHARS or not text.startswith(PREFIX):
            raise ValueError("not a Thana document payload")
        frame = base45.decode(text[len(PREFIX):])
        if len(frame) <= 1 + SIGNATURE_BYTES or frame[0] != VERSION:
            raise ValueError("too short, or a version this program does not read")
        signature, details_json = frame[1:1 + SIGNATURE_BYTES], frame[1 + SIGNATURE_BYTES:]
        details = details_from_json(details_json)
    except (ValueError, TypeError) as exc:  # UnicodeDecodeError is a ValueError
        raise DocumentInvalid(InvalidReason.MALFORMED) from exc
    return SignedPayload(details, signature, _signed_bytes(VERSION, details_json))

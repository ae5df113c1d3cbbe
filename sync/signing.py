"""Requests bound to the device key (design decision 8): the device credential alone is useless.

At enrollment the station PC makes an Ed25519 key pair; the server keeps the public key. Every request
with the credential also carries a signature by the private key over what identifies it: method, path
with query, the SHA-256 of the (uncompressed) body, the time and a random nonce. The server accepts a
time only within ``WINDOW`` of its own clock and each nonce once, so a captured request cannot be
replayed, and a stolen token cannot sign a new one."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

WINDOW = 300  # seconds either side of the server's clock
TIME, NONCE, SIGNATURE = "X-Thana-Time", "X-Thana-Nonce", "X-Thana-Signature"


def request_message(method: str, path: str, body: bytes, time: int, nonce: str) -> bytes:
    """What is signed. ``path`` with its query string as sent; ``body`` before any gzip."""
    body_sha256 = hashlib.sha256(body).hexdigest()
    return f"thana-request-1\n{method.upper()}\n{path}\n{time}\n{nonce}\n{body_sha256}".encode()


@dataclass(frozen=True)
class Credential:
    """The device's bearer token and its private key, as sent with each request."""

    token: str
    key: Ed25519PrivateKey

    def __repr__(self) -> str:  # never the token or the key, in a log or a traceback
        return "Credential(<secret>)"

    def headers(self, method: str, path: str, body: bytes, time: int) -> dict[str, str]:
        nonce = secrets.token_hex(16)
        signature = self.key.sign(request_message(method, path, body, time, nonce))
        return {"Authorization": f"Bearer {self.token}", TIME: str(time), NONCE: nonce,
                SIGNATURE: base64.b64encode(signature).decode()}


def new_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def private_text(key: Ed25519PrivateKey) -> str:
    """The raw 32-byte private key as hex, for the keyring."""
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def private_key(text: str) -> Ed25519PrivateKey:
    """Raises ValueError when ``text`` is not a key kept by ``private_text``."""
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(text.strip()))


def public_text(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def verify(public_hex: str, signature_b64: str, message: bytes) -> bool:
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        public.verify(base64.b64decode(signature_b64, validate=True), message)
    except (InvalidSignature, ValueError):
        return False
    return True

"""Secrets handed to people and devices. The server keeps only their SHA-256: the codes and
tokens are random (60 and 256 bits), so a slow password hash would add nothing."""

from __future__ import annotations

import hashlib
import secrets

# No 0/O, 1/I/L: an enrollment code is read aloud over the phone and typed by hand.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_GROUPS = 3


def new_enrollment_code() -> str:
    groups = ("".join(secrets.choice(CODE_ALPHABET) for _ in range(4)) for _ in range(CODE_GROUPS))
    return "-".join(groups)


def normalise_code(typed: str) -> str:
    """What the person typed, as issued: case, spaces and dashes do not matter."""
    bare = "".join(ch for ch in typed.upper() if ch.isalnum())
    return "-".join(bare[i:i + 4] for i in range(0, len(bare), 4))


def new_device_credential() -> str:
    return secrets.token_urlsafe(32)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()

"""Password hashing with argon2id."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

# Memory-hard and about 0.25-0.3 s a login on these 2-core machines (measured: time_cost 7 at 64 MiB);
# older hashes are re-hashed at the next good login.
_HASHER = PasswordHasher(time_cost=7, memory_cost=64 * 1024, parallelism=2)


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_password(stored_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored_hash: str) -> bool:
    return _HASHER.check_needs_rehash(stored_hash)

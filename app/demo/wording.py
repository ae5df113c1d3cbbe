"""Small helpers for joining words the way Urdu and English sentences need them."""

from __future__ import annotations


def join_words(items: list[str], urdu: bool) -> str:
    """ "A, B and C" or "A، B اور C"."""
    if len(items) < 2:
        return "".join(items)
    return ("، " if urdu else ", ").join(items[:-1]) + (" اور " if urdu else " and ") + items[-1]

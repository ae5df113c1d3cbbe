"""Latin and digit runs inside right-to-left text (dates, FIR numbers, section codes)."""

from __future__ import annotations

LRI, PDI = "\u2066", "\u2069"  # left-to-right isolate and its end (Unicode bidi algorithm)


def isolate_ltr(value: str) -> str:
    """Keep a date, number or code group in reading order inside right-to-left text."""
    return f"{LRI}{value}{PDI}"

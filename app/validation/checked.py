"""The answer of a single-value validator: the normalised value, or an error template."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Checked:
    """``value`` is the cleaned input when it is acceptable; otherwise ``error`` says why (translatable)."""

    value: str | None
    error: str | None = None

"""Passport numbers: 6 to 20 ASCII letters and digits (Pakistani ones are two letters and seven digits,
foreign ones vary, so only the shape is checked)."""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP
from app.validation.checked import Checked


def check_passport(raw: str) -> Checked:
    text = raw.strip().upper()
    if not (text.isascii() and text.isalnum() and 6 <= len(text) <= 20):
        return Checked(None, QT_TRANSLATE_NOOP("core", "A passport number has 6 to 20 letters and digits."))
    return Checked(text)

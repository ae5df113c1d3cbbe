"""CNIC / NICOP numbers: 13 digits written 5-7-1 (``35202-1234567-1``).

The first digit is the province (1 KP, 2 FATA, 3 Punjab, 4 Sindh,
5 Balochistan, 6 Islamabad, 7 Gilgit-Baltistan, 8 AJK); the last digit is odd
for men and even for women. There is no public check digit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP

PROVINCE_DIGITS = frozenset("12345678")
_FORMATTED = re.compile(r"^(\d{5})-(\d{7})-(\d)$")
_BARE = re.compile(r"^\d{13}$")
# Urdu (Extended Arabic-Indic) and Arabic-Indic digits typed on an Urdu keyboard.
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


@dataclass(frozen=True)
class CnicCheck:
    """A normalised number or an error template; ``warning`` for a gender mismatch."""

    value: str | None
    error: str | None = None
    warning: str | None = None


def ascii_digits(raw: str) -> str:
    """Urdu and Arabic-Indic digits to ASCII (shared by every number typed on an Urdu keyboard)."""
    return raw.translate(_DIGITS)


def normalise(raw: str) -> str:
    """Digits in any script to ASCII, spaces dropped; 13 bare digits get dashes."""
    text = ascii_digits(raw).replace(" ", "").strip()
    if _BARE.match(text):
        text = f"{text[:5]}-{text[5:12]}-{text[12]}"
    return text


def check_cnic(raw: str, gender: str = "") -> CnicCheck:
    text = normalise(raw)
    match = _FORMATTED.match(text)
    if not match:
        return CnicCheck(None, QT_TRANSLATE_NOOP("core", "A CNIC has 13 digits, written 12345-1234567-1."))
    if text[0] not in PROVINCE_DIGITS:
        return CnicCheck(None, QT_TRANSLATE_NOOP("core", "The first digit of a CNIC is the province code, 1 to 8."))
    warning = None
    last_odd = int(text[-1]) % 2 == 1
    if (gender == "M" and not last_odd) or (gender == "F" and last_odd):
        warning = QT_TRANSLATE_NOOP(
            "core", "The last digit of this CNIC is usually odd for men and even for women. Please check it.")
    return CnicCheck(text, None, warning)


def mask(cnic: str) -> str:
    """For logs: keep the province digit and the last digit only."""
    return f"{cnic[0]}****-*******-{cnic[-1]}" if len(cnic) == 15 else "*****"

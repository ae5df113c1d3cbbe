"""Pakistani mobile numbers, written 03XX-XXXXXXX: the number the counter sends SMS notices to.

Typed forms accepted: with or without the dash and spaces, in Urdu digits, and in the international
forms +92 3XX..., 0092 3XX... and 92 3XX..., which all mean the same 03XX number.
"""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP
from app.validation.checked import Checked
from app.validation.cnic import ascii_digits

_MOBILE = re.compile(r"^03\d{9}$")
_INTERNATIONAL = ("+92", "0092", "92")


def check_mobile(raw: str) -> Checked:
    text = re.sub(r"[\s\-()]", "", ascii_digits(raw))
    for prefix in _INTERNATIONAL:
        # "92" alone is a prefix only on a 12-digit number, so 03XX numbers starting 0 are never cut
        if text.startswith(prefix) and len(text) - len(prefix) == 10:
            text = "0" + text[len(prefix):]
            break
    if not _MOBILE.match(text) or not text.isascii():
        return Checked(None, QT_TRANSLATE_NOOP("core", "A mobile number is written 03XX-XXXXXXX."))
    return Checked(f"{text[:4]}-{text[4:]}")

"""Vehicle registration marks as painted on Pakistani plates: ``LEB-8979``, ``ICT-AB-123``, ``LEC-19-4567``.

Our assumption (no single national format is published): a series of one to four letters, an optional
second group of one to three letters or a two-digit year (motorcycles, Islamabad), then one to four
digits. Spaces, dashes and case are not significant; the canonical form is upper case joined by dashes.
"""

from __future__ import annotations

import re

from app.i18n import QT_TRANSLATE_NOOP
from app.validation.checked import Checked
from app.validation.cnic import ascii_digits

_PLATE = re.compile(r"^([A-Z]{1,4})(?:-([A-Z]{1,3}|\d{2}))?-(\d{1,4})$")


def check_registration(raw: str) -> Checked:
    text = ascii_digits(raw).upper().strip()
    # letters and digits change groups even without a separator: "LEB8979" is "LEB-8979"
    text = re.sub(r"(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])", "-", text)
    text = re.sub(r"[\s\-]+", "-", text).strip("-")
    match = _PLATE.match(text) if text.isascii() else None
    if not match or int(match.group(3)) == 0:
        return Checked(None, QT_TRANSLATE_NOOP(
            "core", "A registration number is letters then digits, for example LEB-8979 or ICT-AB-123."))
    return Checked("-".join(group for group in match.groups() if group))

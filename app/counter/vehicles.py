"""Vehicle identifiers as the stolen-vehicle check compares them (Qt-free).

A registration number is written many ways for the same plate: "LEA 1234", "lea-1234", "LEA-01234", with
Urdu digits. ``registration_key`` gives one canonical form (``app.validation.vehicle`` plus leading zeros
of the number dropped). The two-digit year group of a Punjab plate ("LEA-12-1234") is often left out of a
list or a form, so ``plate_base`` drops it: a plate that matches only without its year is a possible hit,
for the approver to weigh, never a silent miss. Chassis and engine numbers keep only letters and digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP
from app.validation.checked import Checked
from app.validation.cnic import ascii_digits
from app.validation.vehicle import check_registration

MIN_IDENTIFIER, MAX_IDENTIFIER = 5, 25
# "No. LEB-8979", "Reg. No. LEB 8979", "نمبر LEB-8979": how FIRs name a vehicle in "property carried off"
_PLATE_IN_TEXT = re.compile(
    r"(?:\bNo\b\.?|\bReg(?:istration)?\b\.?(?:\s*No\b\.?)?|نمبر)\s*[:#]?\s*"
    r"([A-Za-z]{1,4}[\s-]*(?:(?:\d{2}|[A-Za-z]{1,3})[\s-]+)?\d{1,4})(?![\w-])", re.IGNORECASE)
_CHASSIS_IN_TEXT = re.compile(r"(?:\bchassis\b|چیسس)\s*(?:No\b\.?|number|نمبر)?\s*[:#]?\s*([A-Za-z0-9-]{5,30})",
                              re.IGNORECASE)
_ENGINE_IN_TEXT = re.compile(r"(?:\bengine\b|انجن)\s*(?:No\b\.?|number|نمبر)?\s*[:#]?\s*([A-Za-z0-9-]{5,30})",
                             re.IGNORECASE)


def registration_key(raw: str) -> Checked:
    """The canonical plate ("LEA-12-1234"), or the registration validator's error."""
    checked = check_registration(raw)
    if checked.value is None:
        return checked
    *letters, number = checked.value.split("-")
    return Checked("-".join([*letters, str(int(number))]))


def plate_base(key: str) -> str:
    """The canonical plate without its two-digit year group: "LEA-12-1234" -> "LEA-1234"."""
    groups = key.split("-")
    if len(groups) == 3 and groups[1].isdigit():
        return f"{groups[0]}-{groups[2]}"
    return key


def identifier_key(raw: str) -> Checked:
    """A chassis or engine number with case, spaces, dashes, dots and slashes dropped: "nze-141 123" ->
    "NZE141123"; anything else (an Urdu letter, a comma) is an error, not silently dropped."""
    key = re.sub(r"[\s\-./\\_]", "", ascii_digits(raw)).upper()
    if not (key.isascii() and key.isalnum()) or not MIN_IDENTIFIER <= len(key) <= MAX_IDENTIFIER:
        return Checked(None, QT_TRANSLATE_NOOP(
            "core", "A chassis or engine number is 5 to 25 letters and digits."))
    return Checked(key)


@dataclass(frozen=True)
class VehicleIds:
    """The normalised identifiers of one vehicle ('' where not known)."""

    registration: str = ""
    chassis: str = ""
    engine: str = ""

    def __bool__(self) -> bool:
        return bool(self.registration or self.chassis or self.engine)


def ids_in_text(text: str) -> list[VehicleIds]:
    """The vehicles an FIR's "property carried off" names: one per plate, chassis or engine number found.
    A free-text column cannot say which chassis goes with which plate, so each is its own entry."""
    text = ascii_digits(text)
    found: list[VehicleIds] = []
    for match in _PLATE_IN_TEXT.finditer(text):
        plate = registration_key(match.group(1)).value
        if plate:
            found.append(VehicleIds(registration=plate))
    for pattern, field in ((_CHASSIS_IN_TEXT, "chassis"), (_ENGINE_IN_TEXT, "engine")):
        for match in pattern.finditer(text):
            key = identifier_key(match.group(1)).value
            if key:
                found.append(VehicleIds(**{field: key}))
    return found

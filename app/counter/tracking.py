"""Tracking numbers of counter applications: ``STATION-YYMMDD-NNNN-C``.

``STATION`` is the station's national code (``PB-LHR-MTN``), ``YYMMDD`` the Pakistan date received,
``NNNN`` the application's number that day at that station (from 0001; more digits past 9999), and
``C`` a check character: Luhn mod 36 over the letters and digits of the rest, so any one mistyped
character (and nearly every swap of two neighbours) is caught before a search or a phone call is wasted.
Lower case, spaces around dashes and Urdu digits are read as the same number.

Other daily numbers of a station (a complaint's e-tag) use the same shape with a letter ``marker`` before
``NNNN``, so the two kinds can never be read as each other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.validation.cnic import ascii_digits

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SHAPE = re.compile(r"^([A-Z0-9]+(?:-[A-Z0-9]+)*)-([0-9]{6})-([0-9]{4,})-([0-9A-Z])$")
BAD = QT_TRANSLATE_NOOP("core", "A tracking number is written like PB-LHR-MTN-261202-0007-K.")
MISTYPED = QT_TRANSLATE_NOOP("core", "This tracking number has a mistake in it: check it against the receipt.")


def check_character(body: str) -> str:
    """Luhn mod 36 over the letters and digits of ``body`` (dashes ignored)."""
    chars = [c for c in body.upper() if c != "-"]
    total = 0
    factor = 2
    for c in reversed(chars):
        addend = factor * ALPHABET.index(c)
        total += addend // 36 + addend % 36
        factor = 1 if factor == 2 else 2
    return ALPHABET[(36 - total % 36) % 36]


@dataclass(frozen=True)
class TrackingNumber:
    station_code: str
    day: date
    seq: int
    marker: str = ""  # "" for a tracking number; one letter for another kind of daily number

    @property
    def body(self) -> str:
        return f"{self.station_code}-{self.day:%y%m%d}-{self.marker}{self.seq:04d}"

    def __str__(self) -> str:
        return f"{self.body}-{check_character(self.body)}"


def parse_tracking(raw: str, marker: str = "", field: str = "tracking_no", bad: str = BAD,
                   mistyped: str = MISTYPED) -> TrackingNumber:
    """The number typed, or ValidationError (on ``field``) saying whether it is malformed or mistyped."""
    text = re.sub(r"\s*-\s*", "-", ascii_digits(raw).strip().upper())
    shape = re.compile(_SHAPE.pattern.replace("-([0-9]{4,})-", f"-{marker}([0-9]{{4,}})-")) if marker else _SHAPE
    match = shape.match(text) if text.isascii() else None
    if match is None:
        raise ValidationError([FieldProblem(field, bad)])
    station, yymmdd, seq, check = match.groups()
    try:
        day = date(2000 + int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:]))
    except ValueError:
        raise ValidationError([FieldProblem(field, bad)]) from None
    if int(seq) == 0 or check_character(f"{station}-{yymmdd}-{marker}{seq}") != check:
        raise ValidationError([FieldProblem(field, mistyped)])
    return TrackingNumber(station, day, int(seq), marker)


def looks_like_tracking(raw: str) -> bool:
    """Whether a search box's text is meant as a tracking number (it ends -YYMMDD-NNNN-C; a CNIC never does)."""
    return bool(re.search(r"-\s*[0-9]{6}\s*-\s*[0-9]{4,}\s*-\s*[0-9A-Za-z]\s*$", ascii_digits(raw)))

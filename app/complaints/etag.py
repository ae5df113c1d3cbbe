"""E-tag numbers of complaints: ``STATION-YYMMDD-ENNNN-C``.

The brief (3.11) says only that the visitor gets an e-tag once the complaint is entered; its format is
ours. It is the counter's tracking number with the letter ``E`` before the day's complaint number:
``STATION`` the station's national code (so e-tags of all stations never collide), ``YYMMDD`` the Pakistan
date received, ``NNNN`` the complaint's number that day at that station, ``C`` the same Luhn mod 36 check
character, so a mistyped e-tag is told apart from one that does not exist. It reads back as typed: lower
case, spaces around dashes and Urdu digits are the same e-tag. The ``E`` keeps e-tags and tracking numbers
from ever being read as each other.
"""

from __future__ import annotations

import re
from datetime import date

from app.counter.tracking import TrackingNumber, parse_tracking
from app.i18n import QT_TRANSLATE_NOOP
from app.validation.cnic import ascii_digits

MARKER = "E"
BAD = QT_TRANSLATE_NOOP("core", "An e-tag is written like PB-LHR-MTN-261202-E0007-K.")
MISTYPED = QT_TRANSLATE_NOOP("core", "This e-tag has a mistake in it: check it against the complaint slip.")


def etag(station_code: str, day: date, seq: int) -> TrackingNumber:
    return TrackingNumber(station_code, day, seq, MARKER)


def parse_etag(raw: str) -> TrackingNumber:
    """The e-tag typed, or ValidationError on ``etag_no`` saying whether it is malformed or mistyped."""
    return parse_tracking(raw, MARKER, "etag_no", BAD, MISTYPED)


def looks_like_etag(raw: str) -> bool:
    """Whether a search box's text is meant as an e-tag (it ends -YYMMDD-ENNNN-C)."""
    return bool(re.search(r"-\s*[0-9]{6}\s*-\s*[Ee][0-9]{4,}\s*-\s*[0-9A-Za-z]\s*$", ascii_digits(raw)))

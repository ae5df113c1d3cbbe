"""What may reach a log file: never passwords, keys, fingerprint data or record contents.

Code logs events and identifiers only (and the database hides statement parameters
from its errors); this formatter is the second line: any CNIC that slips into a line,
traceback included, is masked to its province and last digit.
"""

from __future__ import annotations

import logging
import re

from app.validation.cnic import mask, normalise

_SEPARATOR = "[-\\s\u2010-\u2015]?"  # none, a hyphen, a space or a typographic dash
_CNIC = re.compile(rf"(?<!\d)\d{{5}}{_SEPARATOR}\d{{7}}{_SEPARATOR}\d(?!\d)")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def mask_cnics(text: str) -> str:
    return _CNIC.sub(lambda m: mask(normalise(re.sub(r"\D", "", m.group(0)))), text)


class MaskingFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        return mask_cnics(super().format(record))

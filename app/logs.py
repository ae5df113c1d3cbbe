"""What may reach a log file: never passwords, keys, fingerprint data or record contents.

Code logs events and identifiers only (and the database hides statement parameters
from its errors); this formatter is the second line: any CNIC that slips into a line,
traceback included, is masked to its province and last digit.
"""

from __future__ import annotations

import logging
import re

from app.validation.cnic import mask, normalise

_CNIC = re.compile(r"(?<!\d)\d{5}-?\d{7}-?\d(?!\d)")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def mask_cnics(text: str) -> str:
    return _CNIC.sub(lambda m: mask(normalise(m.group(0))), text)


class MaskingFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(FORMAT)

    def format(self, record: logging.LogRecord) -> str:
        return mask_cnics(super().format(record))

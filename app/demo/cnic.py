"""Synthetic CNIC/NICOP numbers (domain brief §9.3): `3PDTU-NNNNNNN-G`.

The first five digits name where the card was issued; the last digit is odd for
men and even (2-8) for women. A registry hands out each number once, so no two
demo persons share one. Every number passes ``app.validation.cnic.check_cnic``.
"""

from __future__ import annotations

import random

from app.validation.cnic import check_cnic

MALE_LAST = "13579"
FEMALE_LAST = "2468"


class CnicRegistry:
    """Issues unique, valid numbers from one seeded random generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._issued: set[str] = set()

    def issue(self, prefix: str, gender: str) -> str:
        """A new number for a card issued under ``prefix`` (five digits) to gender M or F."""
        assert len(prefix) == 5 and prefix.isdigit()
        while True:
            middle = f"{self._rng.randrange(10**7):07d}"
            last = self._rng.choice(FEMALE_LAST if gender == "F" else MALE_LAST)
            number = f"{prefix}-{middle}-{last}"
            if number not in self._issued:
                break
        checked = check_cnic(number, gender)
        assert checked.value == number and checked.warning is None, number
        self._issued.add(number)
        return number

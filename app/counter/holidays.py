"""Pakistan's federal public holidays, the days a promise of working days does not run: the fixed dates
of every year and the Islamic ones each year's Cabinet Division notification announces, read from the
reference file app/reference/holidays.json (which names its sources and is updated as years are
announced)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from app.reference.seed import load_json


@dataclass(frozen=True)
class Holidays:
    fixed: frozenset[tuple[int, int, int]]  # (month, day, first year it is kept)
    dated: frozenset[date]  # the announced ones, every day of each

    def __contains__(self, day: object) -> bool:
        if not isinstance(day, date):
            return False
        return day in self.dated or any((m, d) == (day.month, day.day) and day.year >= since
                                        for m, d, since in self.fixed)


def holidays_from(raw: dict[str, Any]) -> Holidays:
    """The holidays of the reference file's form; ValueError when an entry is not a real date or range."""
    fixed = frozenset((int(f["month"]), int(f["day"]), int(f.get("since", 1))) for f in raw["fixed"])
    for month, day, _ in fixed:
        date(2024, month, day)  # a leap year: 29 February would pass, 30 February not
    dated: set[date] = set()
    for year, entries in raw["years"].items():
        for entry in entries:
            first, last = date.fromisoformat(entry["from"]), date.fromisoformat(entry["to"])
            if not (first.year == int(year) and first <= last <= first + timedelta(days=7)):
                raise ValueError(f"{entry['en']} {year}: a range of at most a week, in its year")
            dated.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    return Holidays(fixed, frozenset(dated))


@cache
def public_holidays() -> Holidays:
    return holidays_from(load_json("holidays"))

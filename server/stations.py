"""Police stations the server knows: the client's reference data (app/reference), by code."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

GEOGRAPHY = Path(__file__).resolve().parent.parent / "app" / "reference" / "geography.json"


@cache
def station_codes() -> frozenset[str]:
    data = json.loads(GEOGRAPHY.read_text(encoding="utf-8"))
    return frozenset(station["code"] for station in data["police_stations"])


@cache
def station_districts() -> dict[str, str]:
    """Each station's district code (the district watchlist scope)."""
    data = json.loads(GEOGRAPHY.read_text(encoding="utf-8"))
    return {station["code"]: station["district"] for station in data["police_stations"]}


def district_of(station: str) -> str | None:
    return station_districts().get(station)

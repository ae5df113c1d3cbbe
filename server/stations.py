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

"""The demo's stolen-vehicle list: what a district list sent yesterday would hold (cars and motorcycles
stolen across the three districts in the last months), so vehicle verification has something to find.
``LEB-8979`` (the domain brief's example plate) is always on it, for a trainer to show a hit."""

from __future__ import annotations

import random
import string
from collections.abc import Mapping
from datetime import date, timedelta

from app.counter.stolen_list import VehicleRow, replace_list
from app.counter.vehicles import plate_base
from app.demo.names import PLATE_PREFIXES
from app.demo.stories import CARS, MOTORCYCLES
from app.storage.database import Database

DEFAULT_ENTRIES = 60
SHOWN_HIT = "LEB-8979"


def demo_stolen_list(db: Database, rng: random.Random, today: date, stations: Mapping[str, tuple[str, ...]],
                     entries: int = DEFAULT_ENTRIES) -> int:
    """Replace the list by ``entries`` demo entries reported at ``stations`` (district -> station names)."""
    list_date = today - timedelta(days=1)
    rows = [_entry(rng, list_date, stations, SHOWN_HIT if i == 0 else "") for i in range(entries)]
    with db.write() as s:
        replace_list(s, rows, is_demo=True)
    return len(rows)


def _entry(rng: random.Random, list_date: date, stations: Mapping[str, tuple[str, ...]],
           plate: str) -> VehicleRow:
    district = rng.choice(sorted(stations))
    car = rng.random() < 0.4
    if not plate:
        year = f"-{rng.randint(12, 25)}" if not car and rng.random() < 0.5 else ""
        plate = f"{rng.choice(PLATE_PREFIXES[district])}{year}-{rng.randint(100, 9999)}"
    model = rng.choice(CARS if car else MOTORCYCLES)[0]
    reported = list_date - timedelta(days=rng.randint(1, 120))
    serial = rng.randint(1, 900)
    return {
        "registration": plate, "plate_base": plate_base(plate),
        "chassis": _code(rng, 3) + str(rng.randint(100000, 9999999)) if car else "",
        "engine": _code(rng, 2) + str(rng.randint(100000, 9999999)),
        "description": model, "reference": f"FIR {serial}/{reported.year}", "reported_on": reported,
        "station": f"{rng.choice(stations[district])}, {district}", "list_date": list_date}


def _code(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(length))

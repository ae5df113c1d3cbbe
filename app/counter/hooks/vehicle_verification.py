"""Vehicle verification: the stolen-vehicle list is searched by registration, chassis or engine number,
so at least one of them is needed, and a chassis or engine number must look like one. The check itself is
``app.counter.stolen_list``: the imported district list and this station's theft FIRs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from app.counter.findings import Finding
from app.counter.stolen_list import checked_ids, vehicle_findings
from app.counter.vehicles import identifier_key
from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import CounterApplication

IDENTIFIERS = ("registration_number", "chassis_number", "engine_number")


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    del today
    if not any(values.get(name) for name in IDENTIFIERS):
        return [FieldProblem("registration_number", QT_TRANSLATE_NOOP(
            "core", "Enter the registration, chassis or engine number of the vehicle."))]
    return [FieldProblem(name, error) for name in ("chassis_number", "engine_number")
            if values.get(name) and (error := identifier_key(values[name]).error) is not None]


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    values = application.values
    wanted = checked_ids(*(values.get(name, "") for name in IDENTIFIERS))
    return vehicle_findings(s, application.station_id, wanted)

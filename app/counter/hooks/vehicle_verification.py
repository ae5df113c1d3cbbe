"""Vehicle verification: the stolen-vehicle list is searched by registration, chassis or engine number,
so at least one of them is needed."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP

IDENTIFIERS = ("registration_number", "chassis_number", "engine_number")


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    del today
    if any(values.get(name) for name in IDENTIFIERS):
        return []
    return [FieldProblem("registration_number", QT_TRANSLATE_NOOP(
        "core", "Enter the registration, chassis or engine number of the vehicle."))]

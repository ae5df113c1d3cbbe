"""Who is registered at this station as a tenant, private employee or domestic servant: searched by CNIC,
name or address over what the counter captured (Qt-free).

The applications' captured values are the record (hash-chained when received); a separate table of
registrations would be a second copy to keep in step with every application, its sync and its status.
A station receives a few hundred of these a year, so reading the values in place (SQLite ``json_extract``)
is quick, and the status shows whether a registration was accepted or refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select

from app.clock import now_utc
from app.counter.tokens import station_of
from app.errors import FieldProblem, PermissionDenied, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.security.actor import Actor
from app.security.permissions import ACTIONS, Permission, allowed
from app.storage.database import Database
from app.storage.models import CounterApplication
from app.validation.cnic import check_cnic
from app.validation.text import clean

MIN_TEXT = 3
LIMIT = 500


@dataclass(frozen=True)
class Kept:
    """Which captured fields of a service name the registered person, the other party and the address."""

    person: tuple[str, str]  # name, CNIC
    other: tuple[str, str]  # landlord or employer: name, CNIC ('' when not captured)
    address: str
    since: str  # the date field the registration runs from ('' when none)


KEPT: dict[str, Kept] = {
    "tenant_registration": Kept(("tenant_name", "tenant_cnic"), ("landlord_name", "landlord_cnic"),
                                "property_address", "tenancy_from"),
    "employee_registration": Kept(("employee_name", "employee_cnic"), ("employer_name", "employer_cnic"),
                                  "workplace_address", "started_on"),
    "employee_verification": Kept(("employee_name", "employee_cnic"), ("employer_name", ""),
                                  "employee_address", ""),
}


@dataclass(frozen=True)
class Registration:
    application_id: int
    tracking_no: str
    service_code: str
    name: str
    cnic: str
    other_name: str
    other_cnic: str
    address: str
    since: str
    received_at: datetime
    status: str
    kind: str  # the employment kind of an employee registration (domestic, business, ...), else ''


def _value(key: str) -> ColumnElement[str]:
    return func.json_extract(CounterApplication.values, f"$.{key}")


class RegistrationSearch:
    def __init__(self, db: Database, clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.clock = db, clock

    def search(self, actor: Actor, user_text: str) -> list[Registration]:
        """Newest first: a CNIC finds the registered person or the other party; other text (3 characters
        or more) is looked for in their names and the address."""
        if not allowed(actor.role, Permission.VIEW_REGISTERS) and not allowed(actor.role, Permission.COUNTER_WORK):
            raise PermissionDenied(action=ACTIONS[Permission.VIEW_REGISTERS])
        station_id = station_of(actor, None)
        text = clean(user_text)
        cnic = check_cnic(text) if any(ch.isdigit() for ch in text) else None
        if cnic is not None and cnic.error is None:
            keys = {key for kept in KEPT.values() for key in (kept.person[1], kept.other[1]) if key}
            condition = or_(*(_value(key) == cnic.value for key in sorted(keys)))
        elif cnic is not None and sum(ch.isdigit() for ch in text) >= 5 and not any(ch.isalpha() for ch in text):
            raise ValidationError([FieldProblem("search", cnic.error or "")])
        elif len(text) < MIN_TEXT:
            raise ValidationError([FieldProblem("search", QT_TRANSLATE_NOOP(
                "core", "Search by CNIC, or by at least 3 letters of a name or address."))])
        else:
            pattern = "%" + text.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            keys = {key for kept in KEPT.values() for key in (kept.person[0], kept.other[0], kept.address)}
            condition = or_(*(func.lower(_value(key)).like(pattern, escape="\\") for key in sorted(keys)))
        with self.db.read() as s:
            rows = s.scalars(select(CounterApplication).where(
                CounterApplication.station_id == station_id, CounterApplication.service_code.in_(KEPT), condition)
                .order_by(CounterApplication.id.desc()).limit(LIMIT)).all()
            return [_registration(a) for a in rows]


def _registration(a: CounterApplication) -> Registration:
    kept, v = KEPT[a.service_code], a.values
    return Registration(a.id, a.tracking_no, a.service_code, v.get(kept.person[0], ""), v.get(kept.person[1], ""),
                        v.get(kept.other[0], ""), v.get(kept.other[1], "") if kept.other[1] else "",
                        v.get(kept.address, ""), v.get(kept.since, "") if kept.since else "", a.received_at,
                        a.status, v.get("employment", ""))

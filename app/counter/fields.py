"""Checking what the counter captured for a service against the catalogue's fields.

Each field kind reuses the project's validators (``app.validation``); the service's hook, if it names one,
adds the rules that join fields. Every bad field is reported at once, nothing is half-accepted.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date

from app.counter.catalogue import FieldKind, FieldSpec, Service
from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.validation import text as tv
from app.validation.checked import Checked
from app.validation.cnic import ascii_digits, check_cnic
from app.validation.passport import check_passport
from app.validation.phone import check_mobile
from app.validation.vehicle import check_registration

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 12, 31)


def check_values(service: Service, values: Mapping[str, str], today: date) -> dict[str, str]:
    """The cleaned values of the service's fields (an empty optional field is left out), or ValidationError."""
    unknown = set(values) - {spec.name for spec in service.fields}
    if unknown:
        # a form built from the catalogue cannot send these: a programming error, not the user's
        raise ValueError(f"fields {sorted(unknown)} are not fields of service {service.code}")
    problems: list[FieldProblem] = []
    cleaned: dict[str, str] = {}
    for spec in service.fields:
        raw = tv.clean(values.get(spec.name, ""))
        if not raw:
            if spec.required:
                tv.check_required(problems, spec.name, raw)
            continue
        before = len(problems)
        tv.check_length(problems, spec.name, raw, spec.max_length)
        if len(problems) > before:
            continue
        value = _check_kind(problems, spec, raw)
        if value is not None:
            cleaned[spec.name] = value
    if not problems and service.hook is not None:
        problems.extend(service.hook(cleaned, today))
    if problems:
        raise ValidationError(problems)
    return cleaned


def _check_kind(problems: list[FieldProblem], spec: FieldSpec, raw: str) -> str | None:
    if spec.kind is FieldKind.NAME:
        before = len(problems)
        tv.check_name(problems, spec.name, raw, "any", limit=spec.max_length)
        return raw if len(problems) == before else None
    if spec.kind is FieldKind.TEXT:
        return raw
    if spec.kind is FieldKind.CHOICE:
        if raw in {c.code for c in spec.choices}:
            return raw
        problems.append(FieldProblem(spec.name, QT_TRANSLATE_NOOP("core", "Choose one of the listed options.")))
        return None
    checked = _CHECKERS[spec.kind](raw)
    if checked.error is not None:
        problems.append(FieldProblem(spec.name, checked.error))
    return checked.value


def _check_cnic(raw: str) -> Checked:
    result = check_cnic(raw)
    return Checked(result.value, result.error)


def check_date(raw: str) -> Checked:
    """An ISO date (what the date picker gives), within the range a register can hold."""
    text = ascii_digits(raw)
    try:
        # fromisoformat also takes week dates and bare digits; the picker only ever writes YYYY-MM-DD
        day = date.fromisoformat(text) if _ISO_DATE.fullmatch(text) else None
    except ValueError:
        day = None
    if day is None or not EARLIEST <= day <= LATEST:
        return Checked(None, QT_TRANSLATE_NOOP("core", "Enter a real date, written YYYY-MM-DD."))
    return Checked(day.isoformat())


def check_number(raw: str) -> Checked:
    digits = ascii_digits(raw)
    if not (digits.isascii() and digits.isdigit()) or int(digits) == 0:
        return Checked(None, QT_TRANSLATE_NOOP("core", "Enter a number using digits only."))
    return Checked(str(int(digits)))


_CHECKERS: dict[FieldKind, Callable[[str], Checked]] = {
    FieldKind.CNIC: _check_cnic,
    FieldKind.PASSPORT: check_passport,
    FieldKind.PHONE: check_mobile,
    FieldKind.VEHICLE_REGISTRATION: check_registration,
    FieldKind.DATE: check_date,
    FieldKind.NUMBER: check_number,
}

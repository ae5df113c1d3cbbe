"""Registration of a private employee or domestic servant (ROPE): the employer cannot register himself and
the employment cannot start in the future; the employee's CNIC is checked against live criminal records
and the wanted list."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from app.counter.findings import Finding
from app.counter.person_checks import different_people, person_findings
from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import CounterApplication


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    problems = different_people(values, "employer_cnic", "employee_cnic")
    started = values.get("started_on")
    if started and date.fromisoformat(started) > today:
        problems.append(FieldProblem("started_on", QT_TRANSLATE_NOOP("core", "This date is in the future.")))
    return problems


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    return person_findings(s, application.values.get("employee_cnic", ""), "Employee", "ملازم")

"""Police verification of a private employee: the employee's CNIC is checked against live criminal records
and the wanted list. The fields need no rule beyond their kinds."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from app.counter.findings import Finding
from app.counter.person_checks import person_findings
from app.errors import FieldProblem
from app.storage.models import CounterApplication


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    del values, today
    return []


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    return person_findings(s, application.values.get("employee_cnic", ""), "Employee", "ملازم")

"""Tenant registration: the landlord cannot be his own tenant; the tenant's CNIC is checked against live
criminal records and the wanted list (a hit goes to the approver, as the PITB system notifies police)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy.orm import Session

from app.counter.findings import Finding
from app.counter.person_checks import different_people, person_findings
from app.errors import FieldProblem
from app.storage.models import CounterApplication


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    del today
    return different_people(values, "landlord_cnic", "tenant_cnic")


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    return person_findings(s, application.values.get("tenant_cnic", ""), "Tenant", "کرایہ دار")

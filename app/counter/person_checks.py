"""The CNIC check of the person a registration or verification is about (the tenant, the employee), worded
for the file: every hit names whose CNIC it was found under; no hit is said plainly too, so the issued
document records that the check was made."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.counter.findings import Finding
from app.counter.record_checks import CNIC_CHECK, records_against_cnic
from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP


def person_findings(s: Session, cnic: str, who_en: str, who_ur: str) -> list[Finding]:
    hits = records_against_cnic(s, cnic)
    if hits:
        return [dataclasses.replace(f, en=f"{who_en}: {f.en}", ur=f"{who_ur}: {f.ur}") for f in hits]
    return [Finding(CNIC_CHECK, False,
                    f"{who_en}: no criminal record or wanted-list entry under CNIC {cnic}",
                    f"{who_ur}: شناختی کارڈ نمبر {cnic} پر کوئی مجرمانہ ریکارڈ یا مطلوب اندراج نہیں")]


def different_people(values: Mapping[str, str], first: str, second: str) -> list[FieldProblem]:
    """Both CNICs given and equal: one person cannot be both sides (landlord and tenant, employer and
    employee)."""
    if values.get(first) and values.get(first) == values.get(second):
        return [FieldProblem(second, QT_TRANSLATE_NOOP("core", "This is the same CNIC as the other party's."))]
    return []

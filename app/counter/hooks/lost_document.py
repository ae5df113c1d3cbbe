"""Lost-document report: a lost CNIC's number must be a CNIC (NADRA matches the report against it), a lost
passport's a passport number, and the loss cannot be in the future. Nothing is checked against records (a
loss is not a theft): ``verify`` gives the one line the report prints, what was lost, when and where."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import cache

from sqlalchemy.orm import Session

from app.counter.catalogue import load_catalogue
from app.counter.findings import Finding
from app.counter.stolen_list import day_text
from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import CounterApplication
from app.validation.cnic import check_cnic
from app.validation.passport import check_passport


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    number = values.get("document_number", "")
    kind = values.get("document_type")
    error = check_cnic(number).error if kind == "cnic" else check_passport(number).error if kind == "passport" else None
    if error:
        problems.append(FieldProblem("document_number", error))
    lost_on = values.get("lost_on")
    if lost_on and date.fromisoformat(lost_on) > today:
        problems.append(FieldProblem("lost_on", QT_TRANSLATE_NOOP("core", "This date is in the future.")))
    return problems


LOSS = "loss_report"
SERVICE = "lost_document_report"


@cache
def _document_names() -> dict[str, tuple[str, str]]:
    spec = load_catalogue().get(SERVICE).field("document_type")
    return {c.code: (c.en, c.ur) for c in spec.choices}


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    del s
    values = application.values
    en, ur = _document_names()[values["document_type"]]
    when = day_text(date.fromisoformat(values["lost_on"]))
    number, where = values["document_number"], values["lost_at"]
    return [Finding(LOSS, False, f"Reported lost: {en} No. {number}, on {when}, at {where}",
                    f"گمشدگی کی اطلاع: {ur} نمبر {number}، بتاریخ {when}، بمقام {where}")]

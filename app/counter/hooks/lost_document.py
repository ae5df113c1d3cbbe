"""Lost-document report: a lost CNIC's number must be a CNIC (NADRA matches the report against it), a lost
passport's a passport number, and the loss cannot be in the future."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP
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

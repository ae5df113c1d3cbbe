"""What a complaint is and may become: statuses, channels, the draft and its checks, and escalation.

Escalation (domain brief 3.11: follow-up by supervisors and a monitoring room above them): a complaint
still open when its category's promised time runs out goes to the SHO; still open one more promised time
later, to the DPO. Everything is computed from an instant the caller's clock gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from app.complaints.categories import Categories, Category
from app.counter import sms
from app.counter.timeline import due_time
from app.counter.tracking import parse_tracking
from app.errors import FieldProblem, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.fir_rules import PartyRef
from app.registers.persons import check_person
from app.validation import text as tv
from app.validation.phone import check_mobile

MAX_DESCRIPTION = 4000
MAX_PLACE = 200
MAX_NOTE = 500


class Status(StrEnum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    CONVERTED = "converted"  # an FIR was registered on it
    CLOSED = "closed"


OPEN = (Status.RECEIVED, Status.ASSIGNED, Status.IN_PROGRESS)

STATUS_NAMES: dict[Status, str] = {
    Status.RECEIVED: QT_TRANSLATE_NOOP("core", "Received"),
    Status.ASSIGNED: QT_TRANSLATE_NOOP("core", "Assigned"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("core", "In progress"),
    Status.CONVERTED: QT_TRANSLATE_NOOP("core", "FIR registered"),
    Status.CLOSED: QT_TRANSLATE_NOOP("core", "Closed"),
}

# How a complaint reached the station (domain brief 3.11).
CHANNELS: dict[str, str] = {
    "walk_in": QT_TRANSLATE_NOOP("core", "Walk-in"),
    "online": QT_TRANSLATE_NOOP("core", "Online"),
    "helpline": QT_TRANSLATE_NOOP("core", "Helpline 8787"),
}

LEVEL_NAMES: dict[int, str] = {
    0: "",
    1: QT_TRANSLATE_NOOP("core", "Escalated to the SHO"),
    2: QT_TRANSLATE_NOOP("core", "Escalated to the DPO"),
}
TOP_LEVEL = 2


@dataclass
class ComplaintDraft:
    category: str = ""
    channel: str = "walk_in"
    complainant: PartyRef | None = None  # someone in the person index, or a new person
    description: str = ""
    place: str = ""
    occurred_on: date | None = None
    mobile: str = ""  # for the SMS notices; a complainant without a mobile gets none
    language: str = "ur"
    tracking_no: str = ""  # the counter application (crime report etc.) this complaint was received on


def check_draft(categories: Categories, draft: ComplaintDraft, today: date) -> Category:
    """Clean ``draft`` in place and return its category, or raise ValidationError naming every bad field."""
    problems: list[FieldProblem] = []
    category = None
    try:
        category = categories.get(draft.category)
    except KeyError:
        problems.append(FieldProblem("category", QT_TRANSLATE_NOOP("core", "Choose the kind of complaint.")))
    if draft.channel not in CHANNELS:
        problems.append(FieldProblem("channel", QT_TRANSLATE_NOOP(
            "core", "Choose how the complaint came: walk-in, online or the 8787 helpline.")))
    if draft.complainant is None or (draft.complainant.person_id is None and draft.complainant.draft is None):
        problems.append(FieldProblem("complainant.name_en", QT_TRANSLATE_NOOP(
            "core", "Find the complainant in the person index or enter a new one.")))
    elif draft.complainant.draft is not None:
        try:
            draft.complainant.draft = check_person(draft.complainant.draft, "complainant.", today).draft
        except ValidationError as exc:
            problems.extend(exc.problems)
    draft.description, draft.place = tv.clean(draft.description), tv.clean(draft.place)
    tv.check_required(problems, "description", draft.description)
    tv.check_length(problems, "description", draft.description, MAX_DESCRIPTION)
    tv.check_length(problems, "place", draft.place, MAX_PLACE)
    if draft.occurred_on is not None and draft.occurred_on > today:
        problems.append(FieldProblem("occurred_on", QT_TRANSLATE_NOOP(
            "core", "The date of the incident cannot be in the future.")))
    draft.mobile = tv.clean(draft.mobile)
    if draft.mobile:
        mobile = check_mobile(draft.mobile)
        if mobile.error:
            problems.append(FieldProblem("mobile", mobile.error))
        else:
            draft.mobile = mobile.value or ""
    if draft.language not in sms.LANGUAGES:
        problems.append(FieldProblem("language", QT_TRANSLATE_NOOP("core", "Choose Urdu or English.")))
    draft.tracking_no = tv.clean(draft.tracking_no)
    if draft.tracking_no:
        try:
            draft.tracking_no = str(parse_tracking(draft.tracking_no))
        except ValidationError as exc:
            problems.extend(exc.problems)
    if problems:
        raise ValidationError(problems)
    assert category is not None
    return category


def check_note(note: str, required: bool) -> str:
    note = tv.clean(note)
    problems: list[FieldProblem] = []
    if required and not note:
        problems.append(FieldProblem("note", QT_TRANSLATE_NOOP("core", "Write the reason.")))
    tv.check_length(problems, "note", note, MAX_NOTE)
    if problems:
        raise ValidationError(problems)
    return note


def is_overdue(status: str, due_at: datetime, now: datetime) -> bool:
    return status in OPEN and now > due_at


def level_due(status: str, due_at: datetime, category: Category, now: datetime) -> int:
    """The escalation level an open complaint should have reached by ``now``: 0, 1 (SHO) or 2 (DPO)."""
    if not is_overdue(status, due_at, now):
        return 0
    return TOP_LEVEL if now > due_time(due_at, category.promised) else 1


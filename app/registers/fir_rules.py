"""The rules an FIR must satisfy before it may enter Register No. I."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.persons import PersonDraft
from app.validation import text as tv

DIRECTIONS = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")
DELAY_NEEDS_EXPLANATION = timedelta(hours=24)
CLOCK_SLACK = timedelta(minutes=5)
EARLIEST = datetime(1950, 1, 1, tzinfo=UTC)
STATUSES = ("under_investigation", "challaned", "untraced", "cancelled")


@dataclass
class PartyRef:
    """A person named in a form: an existing record or a new one to create."""

    person_id: int | None = None
    draft: PersonDraft | None = None


@dataclass
class AccusedDraft:
    """A named accused (``person``) or an unknown one described in words."""

    person: PartyRef | None = None
    description: str = ""


@dataclass
class FirDraft:
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None
    reported_at: datetime | None = None
    place: str = ""
    distance_km: float | None = None
    direction: str = ""
    complainant: PartyRef | None = None
    accused: list[AccusedDraft] = field(default_factory=list)
    section_ids: list[int] = field(default_factory=list)
    property_taken: str = ""
    first_information: str = ""
    delay_explanation: str = ""
    despatched_at: datetime | None = None
    investigating_officer_id: int | None = None
    diary_ref: str = ""


def clean_draft(draft: FirDraft) -> FirDraft:
    for name in ("place", "property_taken", "first_information", "delay_explanation", "diary_ref", "direction"):
        setattr(draft, name, tv.clean(getattr(draft, name)))
    for accused in draft.accused:
        accused.description = tv.clean(accused.description)
    return draft


def check_times(draft: FirDraft, now: datetime) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    required = QT_TRANSLATE_NOOP("core", "This field is required.")
    if draft.occurred_from is None:
        problems.append(FieldProblem("occurred_from", required))
    if draft.reported_at is None:
        problems.append(FieldProblem("reported_at", required))
    for name in ("occurred_from", "occurred_to", "reported_at", "despatched_at"):
        value = getattr(draft, name)
        if value is not None and not (EARLIEST <= value <= now + CLOCK_SLACK):
            problems.append(FieldProblem(name, QT_TRANSLATE_NOOP(
                "core", "This date is impossible: it lies in the future or too far back.")))
    if problems:
        return problems
    assert draft.occurred_from is not None and draft.reported_at is not None
    end = draft.occurred_to or draft.occurred_from
    if draft.occurred_to is not None and draft.occurred_to < draft.occurred_from:
        problems.append(FieldProblem("occurred_to", QT_TRANSLATE_NOOP(
            "core", "The occurrence cannot end before it began.")))
    if draft.reported_at < end:
        problems.append(FieldProblem("reported_at", QT_TRANSLATE_NOOP(
            "core", "The report must come after the occurrence.")))
    elif draft.reported_at - end > DELAY_NEEDS_EXPLANATION and not draft.delay_explanation:
        problems.append(
            FieldProblem("delay_explanation", QT_TRANSLATE_NOOP(
                "core", "Reported more than 24 hours after the occurrence: explain the delay."))
        )
    if draft.despatched_at is not None and draft.despatched_at < draft.reported_at:
        problems.append(FieldProblem("despatched_at", QT_TRANSLATE_NOOP(
            "core", "The FIR cannot be despatched before it was reported.")))
    return problems


def check_fir(draft: FirDraft, now: datetime) -> list[FieldProblem]:
    """Every problem with the draft (persons are checked separately)."""
    problems = check_times(draft, now)
    tv.check_required(problems, "place", draft.place)
    tv.check_length(problems, "place", draft.place, 500)
    tv.check_required(problems, "first_information", draft.first_information)
    tv.check_length(problems, "first_information", draft.first_information, 20000)
    tv.check_length(problems, "property_taken", draft.property_taken, 2000)
    tv.check_length(problems, "delay_explanation", draft.delay_explanation, 2000)
    tv.check_length(problems, "diary_ref", draft.diary_ref, 40)
    if draft.distance_km is not None and not 0 <= draft.distance_km <= 500:
        problems.append(FieldProblem("distance_km", QT_TRANSLATE_NOOP(
            "core", "The distance must be between 0 and 500 km.")))
    if draft.direction and draft.direction not in DIRECTIONS:
        problems.append(FieldProblem("direction", QT_TRANSLATE_NOOP("core", "Choose a direction such as N, NE or SW.")))
    if draft.complainant is None or (draft.complainant.person_id is None and draft.complainant.draft is None):
        problems.append(FieldProblem("complainant", QT_TRANSLATE_NOOP("core", "Name the complainant.")))
    if not draft.section_ids:
        problems.append(FieldProblem("sections", QT_TRANSLATE_NOOP("core", "Choose at least one offence section.")))
    if len(set(draft.section_ids)) != len(draft.section_ids):
        problems.append(FieldProblem("sections", QT_TRANSLATE_NOOP("core", "A section is listed twice.")))
    for accused in draft.accused:
        if accused.person is None and not accused.description:
            problems.append(FieldProblem("accused", QT_TRANSLATE_NOOP("core", "Describe each unknown accused.")))
            break
    return problems

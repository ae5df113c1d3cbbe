"""SMS notices to complainants (domain brief 3.11: on logging, on the officer assigned and on updates),
rendered in the complainant's language and queued through the counter's SMS outbox."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from sqlalchemy.orm import Session

from app.counter import sms


class Step(StrEnum):
    RECEIVED = "received"
    ASSIGNED = "assigned"
    PROGRESS = "progress"
    ESCALATED = "escalated"
    CONVERTED = "converted"
    CLOSED = "closed"


TEMPLATES: Mapping[Step, Mapping[str, str]] = {
    Step.RECEIVED: {
        "en": "Police: your complaint ({category}) is registered. E-tag {etag}. Action expected by {due}.",
        "ur": "پولیس: آپ کی شکایت ({category}) درج ہو گئی ہے۔ ای ٹیگ {etag}۔ متوقع کارروائی {due} تک۔",
    },
    Step.ASSIGNED: {
        "en": "Police: complaint {etag} is assigned to {officer}.",
        "ur": "پولیس: شکایت {etag} {officer} کے سپرد کر دی گئی ہے۔",
    },
    Step.ESCALATED: {
        "en": "Police: complaint {etag} is overdue and has been referred to the {rank}.",
        "ur": "پولیس: شکایت {etag} پر مقررہ وقت میں کارروائی نہیں ہوئی، اسے {rank} کو بھیج دیا گیا ہے۔",
    },
    Step.CONVERTED: {
        "en": "Police: FIR {fir} is registered on your complaint {etag}.",
        "ur": "پولیس: آپ کی شکایت {etag} پر ایف آئی آر نمبر {fir} درج کر لی گئی ہے۔",
    },
    Step.CLOSED: {
        "en": "Police: complaint {etag} is closed: {note}",
        "ur": "پولیس: شکایت {etag} نمٹا دی گئی: {note}",
    },
}
LEVELS: Mapping[int, Mapping[str, str]] = {
    1: {"en": "SHO", "ur": "ایس ایچ او"},
    2: {"en": "DPO", "ur": "ڈی پی او"},
}


def queue(session: Session, step: Step, *, to: str, language: str, complaint_uid: str, **values: str) -> None:
    """The notice of ``step`` in the caller's transaction; progress notes are internal and send none."""
    if not to or step not in TEMPLATES:
        return
    text = TEMPLATES[step][language].format(**values)
    sms.queue_sms(session, to=to, language=language, text=text, complaint=complaint_uid, status=step.value)

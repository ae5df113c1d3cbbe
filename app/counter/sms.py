"""SMS notices to applicants, rendered here in the applicant's language and queued in the outbox for the
national server to send (the station has no SMS gateway). The text is final when queued: the server only
delivers it, so the notice says what the counter recorded even if templates change later."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy.orm import Session

from app.counter.catalogue import Service
from app.counter.timeline import Status
from app.ids import uuid7
from app.registers import outbox

ENTITY = "sms"
LANGUAGES = ("ur", "en")

TEMPLATES: Mapping[Status, Mapping[str, str]] = {
    Status.RECEIVED: {
        "en": "Police Khidmat Markaz: your application for {service} is received. Tracking No. {tracking}. "
              "Expected by {due}.",
        "ur": "پولیس خدمت مرکز: آپ کی درخواست برائے {service} موصول ہو گئی ہے۔ ٹریکنگ نمبر {tracking}۔ "
              "متوقع تاریخ {due}۔",
    },
    Status.UNDER_VERIFICATION: {
        "en": "Police Khidmat Markaz: application {tracking} ({service}) is under verification.",
        "ur": "پولیس خدمت مرکز: درخواست {tracking} ({service}) کی تصدیق جاری ہے۔",
    },
    Status.AWAITING_SHO: {
        "en": "Police Khidmat Markaz: application {tracking} ({service}) is awaiting the SHO's decision.",
        "ur": "پولیس خدمت مرکز: درخواست {tracking} ({service}) ایس ایچ او کے فیصلے کی منتظر ہے۔",
    },
    Status.READY: {
        "en": "Police Khidmat Markaz: your {service} (application {tracking}) is ready. Please collect it "
              "with your CNIC.",
        "ur": "پولیس خدمت مرکز: آپ کا {service} (درخواست {tracking}) تیار ہے۔ شناختی کارڈ کے ساتھ وصول کریں۔",
    },
    Status.HANDED_OVER: {
        "en": "Police Khidmat Markaz: application {tracking} ({service}) is handed over. Thank you.",
        "ur": "پولیس خدمت مرکز: درخواست {tracking} ({service}) حوالے کر دی گئی۔ شکریہ۔",
    },
    Status.REJECTED: {
        "en": "Police Khidmat Markaz: application {tracking} ({service}) could not be accepted. Please visit "
              "the counter with this number.",
        "ur": "پولیس خدمت مرکز: درخواست {tracking} ({service}) منظور نہیں ہو سکی۔ یہ نمبر لے کر کاؤنٹر پر "
              "تشریف لائیں۔",
    },
}


def notice_text(status: Status, language: str, service: Service, tracking: str, due: str) -> str:
    name = service.name_ur if language == "ur" else service.name_en
    return TEMPLATES[status][language].format(service=name, tracking=tracking, due=due)


def queue_notice(session: Session, *, to: str, language: str, text: str, application_uid: str,
                 status: Status) -> None:
    queue_sms(session, to=to, language=language, text=text, application=application_uid, status=status.value)


def queue_sms(session: Session, *, to: str, language: str, text: str, **about: str) -> None:
    """One SMS in the caller's transaction; its uid is the server's idempotency key, so it is sent once.
    ``about`` names what it is about (an application or a complaint) and the step that caused it."""
    outbox.enqueue(session, ENTITY, uuid7(), "send", {"to": to, "language": language, "text": text, **about})

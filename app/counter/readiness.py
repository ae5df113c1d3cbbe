"""When an application may become ready, from its catalogue entry: a service that checks records is ready
only after its checks were recorded, and one with ``fingerprint_check`` only after a fingerprint search at
the counter. The one rule every way to READY passes (the clear verification and the SHO's decision)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.counter.catalogue import Service
from app.errors import ConflictError
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import ApplicationFinding, CounterApplication

FINGERPRINT_CHECK = "cro_fingerprint"


def checks_record(service: Service) -> bool:
    return service.verifier is not None or service.fingerprint_check


def require_checks_done(s: Session, application: CounterApplication, service: Service) -> None:
    if not checks_record(service):
        return
    sources = set(s.scalars(select(ApplicationFinding.source)
                            .where(ApplicationFinding.application_id == application.id)))
    if not sources:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "core", "The record checks of this application have not been run: verify it first."))
    if service.fingerprint_check and FINGERPRINT_CHECK not in sources:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "core", "This service needs the applicant's fingerprint searched at the counter before it is ready."))

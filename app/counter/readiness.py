"""When an application may become ready, from its catalogue entry: a service that checks records (a hook
with ``verify``, or ``fingerprint_check``) is ready only after its checks were recorded. Every way to READY
passes here (the clear verification, the SHO's decision, the clerk's step); only the verification step
records checks, and it refuses a ``fingerprint_check`` service without a counter fingerprint search."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.counter.catalogue import Service
from app.errors import ConflictError
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import ApplicationFinding, CounterApplication


def checks_record(service: Service) -> bool:
    return service.verifier is not None or service.fingerprint_check


def require_checks_done(s: Session, application: CounterApplication, service: Service) -> None:
    if not checks_record(service):
        return
    checked = s.scalar(select(ApplicationFinding.id).where(ApplicationFinding.application_id == application.id)
                       .limit(1))
    if checked is None:
        raise ConflictError(QT_TRANSLATE_NOOP(
            "core", "The record checks of this application have not been run: verify it first."))

"""The composition root of the core: opens the database and builds the services.

No globals: the entry point (or a test) builds one ``Services`` and passes it on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.clock import now_utc
from app.complaints.categories import load_categories
from app.complaints.service import ComplaintService
from app.counter.desk import CounterDesk, open_desk
from app.fingerprints.enrolment import EnrolmentService
from app.fingerprints.gallery import Gallery
from app.fingerprints.identification import IdentificationService
from app.fingerprints.kit import default_engine
from app.paths import DB_NAME
from app.reference.seed import seed_reference
from app.reference.service import ReferenceService
from app.registers.diary import DiaryService
from app.registers.fir import FirService
from app.registers.person_amendments import PersonAmendmentService
from app.registers.persons import PersonService
from app.registers.queries import RegisterQueries
from app.registers.wanted import WantedList
from app.security.audit_trail import AuditService
from app.security.keystore import KeyStore, load_or_create_key
from app.security.users import UserService
from app.settings import Settings
from app.storage import migrate
from app.storage.database import Database


@dataclass
class Services:
    db: Database
    key_store: KeyStore
    reference: ReferenceService
    persons: PersonService
    firs: FirService
    diary: DiaryService
    users: UserService
    queries: RegisterQueries
    settings: Settings
    audit: AuditService
    gallery: Gallery
    enrolment: EnrolmentService
    identification: IdentificationService
    counter: CounterDesk
    amendments: PersonAmendmentService
    wanted: WantedList
    complaints: ComplaintService

    def close(self) -> None:
        self.db.close()


def open_services(data_dir: Path, key_store: KeyStore, clock: Callable[[], datetime] = now_utc, *,
                  durable: bool = True) -> Services:
    """Open (creating if new) the encrypted database, migrate it, load reference data."""
    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(data_dir / DB_NAME, load_or_create_key(key_store), durable=durable)
    migrate.upgrade(db)
    seed_reference(db)
    gallery = Gallery(db, default_engine())
    enrolment = EnrolmentService(db, gallery.engine, gallery, clock)
    firs = FirService(db, clock)
    counter = open_desk(db, key_store, data_dir, clock)
    return Services(
        db=db,
        key_store=key_store,
        reference=ReferenceService(db),
        persons=PersonService(db),
        firs=firs,
        diary=DiaryService(db, clock),
        users=UserService(db, clock),
        queries=RegisterQueries(db),
        settings=Settings(db),
        audit=AuditService(db),
        gallery=gallery,
        enrolment=enrolment,
        identification=IdentificationService(db, enrolment, gallery, clock),
        counter=counter,
        amendments=PersonAmendmentService(db),
        wanted=WantedList(db),
        complaints=ComplaintService(db, load_categories(), counter.catalogue, firs, clock),
    )

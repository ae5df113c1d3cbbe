"""The counter's services together: the catalogue, tokens, applications, the list, verification and issuing,
on one clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.clock import now_utc
from app.counter.applications import ApplicationService
from app.counter.catalogue import Catalogue, load_catalogue
from app.counter.issuing import IssuingService
from app.counter.listing import ApplicationQueries
from app.counter.registrations import RegistrationSearch
from app.counter.report import CounterReports
from app.counter.stolen_list import StolenVehicleList
from app.counter.tokens import TokenService
from app.counter.verification import VerificationService
from app.security.keystore import KeyStore
from app.storage.database import Database


@dataclass(frozen=True)
class CounterDesk:
    catalogue: Catalogue
    tokens: TokenService
    applications: ApplicationService
    listing: ApplicationQueries
    clock: Callable[[], datetime]
    stolen_vehicles: StolenVehicleList
    registrations: RegistrationSearch
    verification: VerificationService
    issuing: IssuingService
    reports: CounterReports


def open_desk(db: Database, key_store: KeyStore, data_dir: Path,
              clock: Callable[[], datetime] = now_utc) -> CounterDesk:
    """The desk; documents are signed with the station's key in the key store (made on first use)."""
    catalogue = load_catalogue()
    tokens = TokenService(db, catalogue, clock)
    applications = ApplicationService(db, catalogue, tokens, clock)
    return CounterDesk(catalogue, tokens, applications, ApplicationQueries(db, clock), clock,
                       StolenVehicleList(db, clock), RegistrationSearch(db, clock),
                       VerificationService(applications), IssuingService(applications, key_store, data_dir, clock),
                       CounterReports(db, catalogue, clock))

"""The counter's services together: the catalogue, tokens, applications and the list, on one clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from app.clock import now_utc
from app.counter.applications import ApplicationService
from app.counter.catalogue import Catalogue, load_catalogue
from app.counter.listing import ApplicationQueries
from app.counter.report import CounterReports
from app.counter.tokens import TokenService
from app.storage.database import Database


@dataclass(frozen=True)
class CounterDesk:
    catalogue: Catalogue
    tokens: TokenService
    applications: ApplicationService
    listing: ApplicationQueries
    clock: Callable[[], datetime]
    reports: CounterReports


def open_desk(db: Database, clock: Callable[[], datetime] = now_utc) -> CounterDesk:
    catalogue = load_catalogue()
    tokens = TokenService(db, catalogue, clock)
    return CounterDesk(catalogue, tokens, ApplicationService(db, catalogue, tokens, clock),
                       ApplicationQueries(db, clock), clock, reports=CounterReports(db, catalogue, clock))

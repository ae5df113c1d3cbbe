"""One pull cycle: each scope of this station from its cursor, page by page, then its digest.

Every page is committed with its cursor (sync/pull_apply.py), so a dropped link costs at most the page
in flight: the retry, and the next cycle, go on from the last committed cursor, never from zero. A
failed page also halves the page size, as a failed push halves the batch (sync/pacing.py)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from app.storage.database import Database
from app.storage.models import District, PoliceStation, SyncCursor
from sync.errors import BadResponse, SyncError
from sync.feed_records import entry_hash
from sync.pacing import Backoff, BatchSize
from sync.pull_apply import PulledPage, apply_page, cursor, local_digest
from sync.signing import Credential
from sync.transport import Transport

log = logging.getLogger("thana.sync")
MAX_PAGE = 1000  # the server's limit (server/api.py)


@dataclass
class PullTally:
    pulled: int = 0  # records new in this replica
    pages: int = 0
    drift: list[str] = field(default_factory=list)  # scopes whose digest disagreed


@dataclass(frozen=True)
class Progress:
    """How far a cycle's pull has come: operations received and pages, both only growing."""

    scope: str
    records: int
    pages: int


@dataclass(frozen=True)
class Drift:
    scope: str
    reason: str


def scopes(db: Database, station: str) -> list[str]:
    """The scopes a station's device pulls: its own operations (first: they restore a new PC), its
    district's watchlist and shared person records, its users, the national wanted list."""
    with db.read() as s:
        district = s.scalar(select(District.code).join(PoliceStation, PoliceStation.district_id == District.id)
                            .where(PoliceStation.code == station))
    found = [f"station:{station}"] + ([f"district:{district}", f"persons:{district}"] if district else [])
    return found + [f"users:{station}", "wanted:national"]


@dataclass
class Puller:
    db: Database
    transport: Transport
    credential: Credential
    station: str
    page_size: BatchSize = field(default_factory=lambda: BatchSize(size=200, maximum=MAX_PAGE))
    backoff: Backoff = field(default_factory=Backoff)
    attempts: int = 4  # failed requests in a row before the cycle gives up (the next one resumes)
    sleep: Callable[[float], None] = time.sleep
    monotonic: Callable[[], float] = time.monotonic
    afters: list[tuple[str, int]] = field(default_factory=list)  # (scope, after) of every request: progress
    progress: Callable[[Progress], None] | None = None  # told after every committed page
    received: int = 0  # operations received in this pull, for ``progress``

    def __repr__(self) -> str:  # never the credential
        return f"Puller({self.transport.base_url!r}, {self.station!r})"

    def pull(self) -> PullTally:
        tally = PullTally()
        for scope in scopes(self.db, self.station):
            self.pull_scope(scope, tally)
            drift = self.check_digest(scope)
            if drift is not None:
                tally.drift.append(scope)
        return tally

    def pull_scope(self, scope: str, tally: PullTally) -> None:
        failures = 0
        while True:
            after = cursor(self.db, scope)  # the last committed one: a retry resumes there
            started = self.monotonic()
            try:
                page = self._fetch(scope, after)
            except SyncError as exc:
                failures += 1
                if not exc.retryable or failures >= self.attempts:
                    raise
                self.page_size.shrink()
                delay = self.backoff.delay(failures - 1)
                log.info("sync: pulling %s after %d: %s; retry in %.1f s", scope, after, exc.text(), delay)
                self.sleep(delay)
                continue
            failures = 0
            self.page_size.after_success(self.monotonic() - started)
            tally.pulled += apply_page(self.db, page, self.station)
            tally.pages += 1
            self.received += len(page.ops)
            if self.progress is not None:
                self.progress(Progress(scope, self.received, tally.pages))
            if not page.more:
                return

    def _fetch(self, scope: str, after: int) -> PulledPage:
        self.afters.append((scope, after))
        body = self.transport.get("/v1/pull", {"scope": scope, "after": after, "limit": self.page_size.size},
                                  self.credential)
        return parse_page(body, scope, after, self.transport.base_url)

    def check_digest(self, scope: str) -> Drift | None:
        """Compare the scope's digest at the cursor with the server's; a disagreement is kept on the cursor
        (a problem to show) and logged, agreement clears it."""
        upto = cursor(self.db, scope)
        body = self.transport.get(f"/v1/scopes/{scope}/digest", {"upto": upto}, self.credential)
        if not isinstance(body, dict) or not isinstance(body.get("upto"), int) or not isinstance(
                body.get("digest"), str):
            raise BadResponse(url=self.transport.base_url)
        count, value = local_digest(self.db, scope, int(body["upto"]))
        drift = None
        if (count, value) != (body.get("count"), body["digest"]):
            drift = Drift(scope, f"the server holds {body.get('count')} operations of {scope} up to position "
                                 f"{body['upto']}, this replica {count}, and their digests differ")
            log.warning("sync: drift in %s: %s", scope, drift.reason)
        with self.db.write() as s:
            row = s.get(SyncCursor, scope) or SyncCursor(scope=scope, position=upto)
            row.drift = drift.reason if drift else None
            s.add(row)
        return drift


def parse_page(body: Any, scope: str, after: int, url: str) -> PulledPage:
    """A page as the server must send it, or BadResponse (nothing is applied): positions above the
    cursor and rising, each operation's hash the one its body gives."""
    if not isinstance(body, dict) or body.get("scope") != scope or not isinstance(body.get("ops"), list):
        raise BadResponse(url=url)
    next_after, more = body.get("next_after"), body.get("more")
    if not isinstance(next_after, int) or not isinstance(more, bool) or next_after < after:
        raise BadResponse(url=url)
    last = after
    for op in body["ops"]:
        if (not isinstance(op, dict) or not isinstance(op.get("position"), int) or op["position"] <= last
                or op["position"] > next_after or not isinstance(op.get("body"), dict)
                or not all(isinstance(op.get(k), str) for k in ("op_id", "station", "entity", "entity_uid",
                                                                "entry_hash", "received_at"))
                or entry_hash(op["body"]) != op["entry_hash"]):
            raise BadResponse(url=url)
        last = op["position"]
    return PulledPage(scope, body["ops"], next_after, more)


def drifts(db: Database) -> list[Drift]:
    """Scopes whose last digest check disagreed with the server: problems to show."""
    with db.read() as s:
        return [Drift(row.scope, row.drift) for row in s.scalars(
            select(SyncCursor).where(SyncCursor.drift.is_not(None)).order_by(SyncCursor.scope)) if row.drift]

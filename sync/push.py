"""One push cycle: drain the outbox in batches, in creation order, retrying with back-off.

A failed request changes nothing in the outbox: only a complete, valid answer is written back, in one
local transaction per answer. Retrying is safe because every operation carries its id: the server
answers an operation it already has as a duplicate with its original result."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.storage.database import Database
from sync import state
from sync.errors import SyncError
from sync.pacing import Backoff, BatchSize
from sync.signing import Credential
from sync.state import Outgoing, Tally
from sync.transport import Transport

log = logging.getLogger("thana.sync")
SESSION_HEADER = "X-Thana-Session"  # server/sessions.py: a push of an older session than the newest is refused


@dataclass
class Pusher:
    db: Database
    transport: Transport
    credential: Credential
    batch: BatchSize = field(default_factory=BatchSize)
    backoff: Backoff = field(default_factory=Backoff)
    attempts: int = 4  # requests per batch before the cycle gives up (the scheduler tries again later)
    sleep: Callable[[float], None] = time.sleep
    monotonic: Callable[[], float] = time.monotonic
    delays: list[float] = field(default_factory=list)  # the back-off waits of this pusher, for the status
    session_id: str = ""  # this push session (one sync cycle): the next number of this PC when not given

    def __post_init__(self) -> None:
        if not self.session_id:
            self.session_id = state.next_push_session(self.db)

    def __repr__(self) -> str:  # never the credential
        return f"Pusher({self.transport.base_url!r}, batch={self.batch.size})"

    def push(self) -> Tally:
        """Push until nothing sendable is pending; the counts. Raises the last SyncError when a batch
        cannot be sent after all its attempts: what was answered before stays recorded."""
        tally, sent_ids = Tally(), set[int]()
        while True:
            batch = state.next_batch(self.db, self.batch.size)
            # each operation at most once a cycle: one still pending after its answer (blocked) waits
            # for the next cycle, so the cycle never loops on the same batch
            if not batch or any(op.id in sent_ids for op in batch):
                return tally
            sent_ids.update(op.id for op in batch)
            sent, results = self._send(batch)
            answered = state.record_results(self.db, sent, results)
            tally.add(answered)
            log.info("sync: pushed %d: %d accepted, %d duplicate, %d rejected, %d conflict, %d blocked",
                     answered.pushed, answered.accepted, answered.duplicate, answered.rejected,
                     answered.conflict, answered.blocked)

    def _send(self, batch: list[Outgoing]) -> tuple[list[Outgoing], list[dict[str, object]]]:
        attempt = 0
        while True:
            started = self.monotonic()
            try:
                body = self.transport.post("/v1/push", {"ops": [op.wire for op in batch]}, self.credential,
                                           headers={SESSION_HEADER: self.session_id})
                results = state.parse_results(body, batch, self.transport.base_url)
            except SyncError as exc:
                if not exc.retryable:
                    raise
                self.batch.shrink()
                attempt += 1
                if attempt >= self.attempts:
                    raise
                delay = self.backoff.delay(attempt - 1)
                self.delays.append(delay)
                log.info("sync: %s; retry %d in %.1f s with %d operations", exc.text(), attempt, delay,
                         min(len(batch), self.batch.size))
                self.sleep(delay)
                batch = batch[:self.batch.size]  # a shorter prefix: still in creation order
                continue
            self.batch.after_success(self.monotonic() - started)
            return batch, results

"""A sync cycle of a station replica: upload the files the outbox names, push the outbox, then pull each
scope of the station.

One cycle at a time per data folder (an OS lock on ``sync.lock``: the window's scheduler and
``thana sync`` may both try). A device the server has revoked is locked for sync (sync/revocation.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.clock import now_utc
from app.security.keystore import SecretStore
from app.storage.database import Database
from app.storage.station_lock import StationLock
from sync import clock as clocks
from sync import document_keys, revocation
from sync.blobs import BlobTransfer, upload_pending
from sync.clock import ClockSkew, ClockWatch
from sync.enrollment import enrolled_device
from sync.errors import DeviceRevoked, SyncBusy
from sync.pacing import Backoff, BatchSize
from sync.pull import Progress, Puller
from sync.push import Pusher
from sync.restore import restore, restore_pending
from sync.state import Tally
from sync.status import mark_synced
from sync.transport import DEFAULT_TIMEOUTS, Timeouts, Transport


class SyncLock(StationLock):
    lock_name = "sync.lock"
    busy = SyncBusy


@dataclass(frozen=True)
class CycleResult:
    pushed: Tally
    pulled: int = 0
    drift: list[str] = field(default_factory=list)  # scopes whose digest disagreed with the server's
    blobs: int = 0  # files uploaded before the push (sync/blobs.py)
    skew: ClockSkew | None = None  # this PC's clock against the server's (sync/clock.py)

    def summary(self) -> str:
        t = self.pushed
        line = (f"pushed {t.pushed}, accepted {t.accepted}, duplicate {t.duplicate}, rejected {t.rejected}, "
                f"conflict {t.conflict}, blocked {t.blocked}, pulled {self.pulled}")
        line += f", files uploaded {self.blobs}" if self.blobs else ""
        return line + (f"; drift in {', '.join(self.drift)}" if self.drift else "")


def run_cycle(db: Database, secrets: SecretStore, *, timeouts: Timeouts = DEFAULT_TIMEOUTS,
              backoff: Backoff | None = None, batch: BatchSize | None = None,
              clock: Callable[[], datetime] = now_utc,
              progress: Callable[[Progress], None] | None = None) -> CycleResult:
    """One cycle with the enrolled device's credential; raises a SyncError (NotEnrolled, DeviceRevoked,
    ServerUnreachable, SyncBusy...) when it cannot be done. ``progress`` hears of every pulled page."""
    folder = Path(db.path).parent
    with SyncLock(folder):
        revocation.check_unlocked(db)
        device = enrolled_device(db, secrets)
        try:
            with Transport(device.server_url, timeouts, ca_pem=device.ca_pem) as transport:
                watch = ClockWatch().attach(transport)
                # the files first: the server holds an operation whose files it does not have yet
                blobs = upload_pending(db, BlobTransfer(transport, device.credential, backoff=backoff or Backoff()))
                pusher = Pusher(db, transport, device.credential, batch=batch or BatchSize(),
                                backoff=backoff or Backoff())
                pushed = pusher.push()
                puller = Puller(db, transport, device.credential, device.station, backoff=backoff or Backoff(),
                                progress=progress)
                pulled = puller.pull()
                if restore_pending(db):  # a new install's first full pull: its numbering from the station's ops
                    restore(db, device.station)
                document_keys.exchange(transport, device.credential, folder)  # the station's key out, the list in
                mark_synced(db, now_utc())  # kept in the database: the status bar shows it after a restart
                skew = watch.skew()
                if skew is not None:
                    clocks.record(db, skew)
                return CycleResult(pushed, pulled.pulled, pulled.drift, blobs, skew)
        except DeviceRevoked as refusal:
            raise revocation.lock(db, folder, device, refusal, clock()) from refusal


def probe(db: Database, secrets: SecretStore, timeouts: Timeouts) -> None:
    """A cheap look at whether the enrolled device's server answers (its meta document), or a SyncError."""
    device = enrolled_device(db, secrets)
    with Transport(device.server_url, timeouts, ca_pem=device.ca_pem) as transport:
        transport.get("/v1/meta", {})

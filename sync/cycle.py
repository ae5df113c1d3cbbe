"""A sync cycle of a station replica: push the outbox, then pull each scope of the station."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from app.clock import now_utc
from app.security.keystore import SecretStore
from app.storage.database import Database
from sync.enrollment import enrolled_device
from sync.pacing import Backoff, BatchSize
from sync.pull import Progress, Puller
from sync.push import Pusher
from sync.state import Tally
from sync.status import mark_synced
from sync.transport import DEFAULT_TIMEOUTS, Timeouts, Transport


@dataclass(frozen=True)
class CycleResult:
    pushed: Tally
    pulled: int = 0
    drift: list[str] = field(default_factory=list)  # scopes whose digest disagreed with the server's

    def summary(self) -> str:
        t = self.pushed
        line = (f"pushed {t.pushed}, accepted {t.accepted}, duplicate {t.duplicate}, rejected {t.rejected}, "
                f"conflict {t.conflict}, blocked {t.blocked}, pulled {self.pulled}")
        return line + (f"; drift in {', '.join(self.drift)}" if self.drift else "")


def run_cycle(db: Database, secrets: SecretStore, *, timeouts: Timeouts = DEFAULT_TIMEOUTS,
              backoff: Backoff | None = None, batch: BatchSize | None = None,
              progress: Callable[[Progress], None] | None = None) -> CycleResult:
    """One cycle with the enrolled device's credential; raises a SyncError (NotEnrolled, DeviceRevoked,
    ServerUnreachable...) when it cannot be done. ``progress`` hears of every pulled page."""
    device = enrolled_device(db, secrets)
    with Transport(device.server_url, timeouts) as transport:
        pusher = Pusher(db, transport, device.credential, batch=batch or BatchSize(),
                        backoff=backoff or Backoff())
        pushed = pusher.push()
        puller = Puller(db, transport, device.credential, device.station, backoff=backoff or Backoff(),
                        progress=progress)
        pulled = puller.pull()
        mark_synced(db, now_utc())  # kept in the database: the status bar shows it after a restart
        return CycleResult(pushed, pulled.pulled, pulled.drift)


def probe(db: Database, secrets: SecretStore, timeouts: Timeouts) -> None:
    """A cheap look at whether the enrolled device's server answers (its meta document), or a SyncError."""
    device = enrolled_device(db, secrets)
    with Transport(device.server_url, timeouts) as transport:
        transport.get("/v1/meta", {})

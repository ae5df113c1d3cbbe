"""A sync cycle of a station replica: push the outbox, then pull each scope of the station."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.security.keystore import SecretStore
from app.storage.database import Database
from sync.enrollment import enrolled_device
from sync.pacing import Backoff, BatchSize
from sync.pull import Puller
from sync.push import Pusher
from sync.restore import restore, restore_pending
from sync.state import Tally
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
              backoff: Backoff | None = None, batch: BatchSize | None = None) -> CycleResult:
    """One cycle with the enrolled device's credential; raises a SyncError (NotEnrolled, DeviceRevoked,
    ServerUnreachable...) when it cannot be done."""
    device = enrolled_device(db, secrets)
    with Transport(device.server_url, timeouts) as transport:
        pusher = Pusher(db, transport, device.credential, batch=batch or BatchSize(),
                        backoff=backoff or Backoff())
        pushed = pusher.push()
        puller = Puller(db, transport, device.credential, device.station, backoff=backoff or Backoff())
        pulled = puller.pull()
        if restore_pending(db):  # a new install's first full pull: its numbering from the station's operations
            restore(db, device.station)
        return CycleResult(pushed, pulled.pulled, pulled.drift)

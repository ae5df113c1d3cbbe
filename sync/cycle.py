"""A sync cycle of a station replica (push only, for now; the pull comes with its own increment)."""

from __future__ import annotations

from dataclasses import dataclass

from app.security.keystore import SecretStore
from app.storage.database import Database
from sync.enrollment import enrolled_device
from sync.pacing import Backoff, BatchSize
from sync.push import Pusher
from sync.state import Tally
from sync.transport import DEFAULT_TIMEOUTS, Timeouts, Transport


@dataclass(frozen=True)
class CycleResult:
    pushed: Tally
    pulled: int = 0

    def summary(self) -> str:
        t = self.pushed
        return (f"pushed {t.pushed}, accepted {t.accepted}, duplicate {t.duplicate}, rejected {t.rejected}, "
                f"conflict {t.conflict}, blocked {t.blocked}, pulled {self.pulled}")


def run_cycle(db: Database, secrets: SecretStore, *, timeouts: Timeouts = DEFAULT_TIMEOUTS,
              backoff: Backoff | None = None, batch: BatchSize | None = None) -> CycleResult:
    """One cycle with the enrolled device's credential; raises a SyncError (NotEnrolled, DeviceRevoked,
    ServerUnreachable...) when it cannot be done."""
    device = enrolled_device(db, secrets)
    with Transport(device.server_url, timeouts) as transport:
        pusher = Pusher(db, transport, device.credential, batch=batch or BatchSize(),
                        backoff=backoff or Backoff())
        return CycleResult(pusher.push())

"""The background sync of the running app: sync/scheduler.py decides when, one worker thread runs the
cycle (sync/cycle.py) or the probe, and the outcome comes back to the GUI thread by signal.

The worker is a thread of its own, not the Ops pools: a call that hangs on a dead link must never hold
up the GUI, nor the closing of the window (``shutdown`` waits a few seconds, then leaves it: it is a
daemon thread and touches nothing the GUI needs). Everything shown is read back from the database."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.errors import ThanaError
from app.security.keystore import SecretStore
from app.storage.database import Database
from sync.cycle import probe, run_cycle
from sync.errors import NotEnrolled, SyncError
from sync.pacing import Backoff
from sync.scheduler import Action, Outcome, Scheduler
from sync.status import SyncStatus, read_status
from sync.transport import Timeouts
from ui.ops import Ops

log = logging.getLogger("thana.sync")
PROBE_TIMEOUTS = Timeouts(connect=3.0, read=5.0)  # a probe is cheap or it is a "no"
SHUTDOWN_WAIT_S = 3.0


@dataclass(frozen=True)
class _Done:
    action: Action
    outcome: Outcome
    error: ThanaError | None
    status: SyncStatus | None


class SyncController(QObject):
    """Owned by the application (it outlives the main window, which is rebuilt on a language switch)."""

    status_changed = Signal(object)  # SyncStatus, read from the database
    online_changed = Signal(object)  # True, False, or None (not known yet)
    running_changed = Signal(bool)  # a cycle is running
    progress = Signal(object)  # sync.pull.Progress of the running cycle's pull
    failed = Signal(object)  # the ThanaError of the last cycle, or None when it went through
    _done = Signal(object)  # a _Done, from the worker thread
    _progressed = Signal(object)

    def __init__(self, db: Database, secrets: SecretStore, ops: Ops, scheduler: Scheduler | None = None, *,
                 timeouts: Timeouts | None = None, backoff: Backoff | None = None,
                 before_cycle: Callable[[], object] | None = None) -> None:
        """``before_cycle``: more work of each cycle, on its worker (the demo's other stations push)."""
        super().__init__()
        self.before_cycle = before_cycle
        self.db, self.secrets, self.ops = db, secrets, ops
        self.scheduler = scheduler or Scheduler()
        self.timeouts, self.backoff = timeouts or Timeouts(), backoff or Backoff(base=0.5)
        self.status: SyncStatus | None = None
        self.error: ThanaError | None = None
        self._thread: threading.Thread | None = None
        self._closing = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._tick)
        self._done.connect(self._finished)
        self._progressed.connect(self.progress)

    @property
    def online(self) -> bool | None:
        return self.scheduler.online

    @property
    def running(self) -> bool:
        return self.scheduler.running is Action.CYCLE

    def start(self) -> None:
        self.refresh()
        self._schedule()

    def sync_now(self) -> None:
        self.scheduler.demand()
        self._schedule()

    def refresh(self) -> None:
        """Read the status again (after a local save: the pending count grows)."""
        if not self._closing:
            self.ops.db(lambda: read_status(self.db), self._show)

    def shutdown(self) -> None:
        self._closing = True
        self._timer.stop()
        if self._thread is not None:
            self._thread.join(SHUTDOWN_WAIT_S)
            if self._thread.is_alive():
                log.warning("sync: a cycle still waits on the network at exit; it is left to end on its own")

    def _schedule(self) -> None:
        wait = self.scheduler.wait()
        if wait is not None and not self._closing:
            self._timer.start(int(min(wait, 3600.0) * 1000))

    @Slot()
    def _tick(self) -> None:
        action = self.scheduler.next_action()
        if action is None:
            self._schedule()
            return
        if action is Action.CYCLE:
            self.running_changed.emit(True)
        self._thread = threading.Thread(target=self._work, args=(action,), name="thana-sync", daemon=True)
        self._thread.start()

    def _work(self, action: Action) -> None:
        """On the worker thread: the cycle or probe, then the status read back."""
        error: ThanaError | None = None
        outcome = Outcome.SYNCED
        try:
            if action is Action.CYCLE:
                if self.before_cycle is not None:
                    self.before_cycle()
                run_cycle(self.db, self.secrets, timeouts=self.timeouts, backoff=self.backoff,
                          progress=self._progressed.emit)
            else:
                probe(self.db, self.secrets, PROBE_TIMEOUTS)
        except SyncError as exc:
            error = exc
            outcome = Outcome.UNREACHABLE if exc.retryable else Outcome.REFUSED
        except ThanaError as exc:  # the database (a full disk): not the link; shown, tried again later
            error, outcome = exc, Outcome.REFUSED
        except Exception:  # a bug: logged, the schedule goes on
            log.exception("sync: the cycle failed")
            error, outcome = ThanaError(), Outcome.REFUSED
        status: SyncStatus | None = None
        try:
            status = read_status(self.db)
        except Exception:
            log.exception("sync: the status could not be read")
        self._done.emit(_Done(action, outcome, error, status))

    @Slot(object)
    def _finished(self, done: _Done) -> None:
        was_online = self.scheduler.online
        self.scheduler.finished(done.outcome)
        if isinstance(done.error, NotEnrolled):
            self.scheduler.online = None  # nothing to be online with; the next try is an interval away
        if done.action is Action.CYCLE:
            self.error = done.error
            self.running_changed.emit(False)
            self.failed.emit(done.error)
        if done.status is not None:
            self._show(done.status)
        if self.scheduler.online != was_online:
            self.online_changed.emit(self.scheduler.online)
        self._schedule()

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

"""The one way the UI runs work off the GUI thread.

Database work goes to a single worker thread (writes never interleave);
network work to a small pool; fingerprint reading and searching to their own
thread, so a search never waits behind a save. Results and typed errors come back to the GUI
thread by signal. ``shutdown`` waits for running work, so nothing is cut
half-way when the window closes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from app.errors import ThanaError

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[ThanaError], None]


@dataclass(frozen=True)
class _Outcome:
    on_success: Success | None
    on_failure: Failure | None
    result: Any
    error: BaseException | None


class Ops(QObject):
    """Run callables in the background; callbacks run on the GUI thread."""

    _finished = Signal(object)  # an _Outcome, delivered on the GUI thread
    busy_changed = Signal(int)  # how many operations are running; 0 means idle
    crashed = Signal(object)  # an unexpected exception, for the crash dialog

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thana-db")
        self._net = ThreadPoolExecutor(max_workers=4, thread_name_prefix="thana-net")
        self._compute = ThreadPoolExecutor(max_workers=1, thread_name_prefix="thana-compute")
        self._running = 0
        self._finished.connect(self._deliver)

    def db(self, work: Callable[[], Any], on_success: Success | None = None,
           on_failure: Failure | None = None) -> Future[Any]:
        """Run database work on the single DB worker."""
        return self._submit(self._db, work, on_success, on_failure)

    def network(self, work: Callable[[], Any], on_success: Success | None = None,
                on_failure: Failure | None = None) -> Future[Any]:
        return self._submit(self._net, work, on_success, on_failure)

    def compute(self, work: Callable[[], Any], on_success: Success | None = None,
                on_failure: Failure | None = None) -> Future[Any]:
        """CPU work (fingerprint extraction and 1:N search); it may still write through the database."""
        return self._submit(self._compute, work, on_success, on_failure)

    def _submit(self, pool: ThreadPoolExecutor, work: Callable[[], Any], on_success: Success | None,
                on_failure: Failure | None) -> Future[Any]:
        self._running += 1
        if self._running == 1:
            self.busy_changed.emit(self._running)

        def run() -> Any:
            try:
                result = work()
            except ThanaError as exc:
                self._finished.emit(_Outcome(on_success, on_failure, None, exc))
                raise
            except Exception as exc:  # a bug: report it, never lose it
                log.exception("background work failed")
                self._finished.emit(_Outcome(on_success, on_failure, None, exc))
                raise
            self._finished.emit(_Outcome(on_success, on_failure, result, None))
            return result

        return pool.submit(run)

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self._running -= 1
        if self._running == 0:
            self.busy_changed.emit(0)
        if outcome.error is None:
            if outcome.on_success:
                outcome.on_success(outcome.result)
        elif isinstance(outcome.error, ThanaError) and outcome.on_failure:
            outcome.on_failure(outcome.error)
        else:
            self.crashed.emit(outcome.error)

    @property
    def idle(self) -> bool:
        return self._running == 0

    def shutdown(self) -> None:
        """Wait for running work to finish (a save is never cut off by closing)."""
        self._compute.shutdown(wait=True)
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=True)

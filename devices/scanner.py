"""One open scanner and the one thread that owns its port.

The GUI (or the command line) submits work and gets a ``Future``; it never
waits on the device. After a failure that reopening may fix (unplugged,
garbled, silent) the client is dropped and the next call reopens the port,
retrying for a moment so a scanner being plugged back in is picked up.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from devices.base import Capture, Client, Handler, Kind, ScannerInfo
from devices.errors import CaptureCancelled, ScannerError, ScannerNotConnected, ScannerUnplugged

T = TypeVar("T")
REOPEN_WINDOW_S = 2.5  # a USB adapter re-enumerates within a second or two of being plugged back in
REOPEN_PAUSE_S = 0.1


class Scanner:
    def __init__(self, kind: Kind, port: str) -> None:
        self.kind = kind
        self.port = port
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"scanner {port}")
        self._client: Client | None = None
        self._cancels: set[threading.Event] = set()  # of captures queued or running
        self._closed = False
        self._closing = threading.Lock()

    def info(self, handler: Handler) -> Future[ScannerInfo]:
        return self._submit(handler, lambda client: client.info())

    def capture(self, handler: Handler, cancel: threading.Event) -> Future[Capture]:
        with self._closing:
            self._cancels.add(cancel)
        future = self._submit(handler, lambda client: client.capture(handler, cancel))
        future.add_done_callback(lambda _future: self._forget(cancel))
        return future

    def _forget(self, cancel: threading.Event) -> None:
        with self._closing:
            self._cancels.discard(cancel)

    def _submit(self, handler: Handler, operation: Callable[[Client], T]) -> Future[T]:
        with self._closing:
            if not self._closed:
                return self._thread.submit(self._run, handler, operation)
        gone: Future[T] = Future()  # unplugged and replaced while a window still held on to it
        gone.set_exception(ScannerNotConnected(port=self.port))
        return gone

    def close(self) -> None:
        """Cancel captures (nobody is waiting for a finger any more), release the port, end the thread."""
        with self._closing:  # the watcher thread may close it while the GUI submits
            if self._closed:
                return
            self._closed = True
            cancels = list(self._cancels)
        for cancel in cancels:
            cancel.set()
        self._thread.submit(self._drop)
        self._thread.shutdown(wait=True)

    def _run(self, handler: Handler, operation: Callable[[Client], T]) -> T:
        client = self._client or self._reopen(handler)
        try:
            return operation(client)
        except CaptureCancelled:
            self._drop()  # a cancelled download leaves bytes in flight
            raise
        except ScannerError as exc:
            if exc.recoverable:
                self._drop()
            raise

    def _reopen(self, handler: Handler) -> Client:
        deadline = time.monotonic() + REOPEN_WINDOW_S
        while True:
            try:
                self._client = self.kind.open(self.port, handler)
                return self._client
            except (ScannerNotConnected, ScannerUnplugged):  # still re-enumerating
                if time.monotonic() > deadline:
                    raise
                time.sleep(REOPEN_PAUSE_S)

    def _drop(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

"""A fault-injecting TCP proxy between the sync engine and the real server (toxiproxy is not packaged
here): it relays bytes both ways, and can drop the next responses after the server has sent them, which
is "the server committed, the answer was lost"."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from tests.server_helpers import Server

TRUNCATE_AT = 200  # bytes: inside the headers or early in the JSON

class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.drop_responses = 0  # the next N responses are cut off once the server has begun sending them
        self.truncate_responses = 0  # the next N responses are cut after their first TRUNCATE_AT bytes
        self.reset_requests = 0  # the next N requests never reach the server: the connection is reset
        self.cut_every = 0  # if set, the link is cut each time this many more response bytes have passed
        self.hold = False  # a black hole: new connections are accepted and never answered, until release()
        self._held: list[socket.socket] = []
        self.dropped = self.truncated = self.reset = self.cuts = 0
        self.response_bytes = 0  # every response byte relayed to the client
        self._budget = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._sockets: list[socket.socket] = []
        self._threads: list[threading.Thread] = []
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.1)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self._start(self._accept)

    def _start(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        with self._lock:
            self._threads.append(thread)
        thread.start()

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if self.hold:
                with self._lock:
                    self._held.append(client)
                continue
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            with self._lock:
                self._sockets += [client, upstream]
            self._start(self._pump, client, upstream, False)
            self._start(self._pump, upstream, client, True)

    def _pump(self, source: socket.socket, target: socket.socket, is_response: bool) -> None:
        try:
            while data := source.recv(65536):
                if is_response and self._take("drop_responses", "dropped"):
                    break
                if is_response and self._take("truncate_responses", "truncated"):
                    target.sendall(data[:TRUNCATE_AT])
                    break
                if not is_response and self._take("reset_requests", "reset"):
                    break
                if is_response and self.cut_every:
                    data, cut = self._within_budget(data)
                    target.sendall(data)
                    self.response_bytes += len(data)
                    if cut:
                        break
                    continue
                if is_response:
                    self.response_bytes += len(data)
                target.sendall(data)
        except OSError:
            pass
        for sock in (source, target):
            _shut(sock)

    def _within_budget(self, data: bytes) -> tuple[bytes, bool]:
        """The part of ``data`` the link carries before its next cut, and whether it is cut now."""
        with self._lock:
            room = self.cut_every - self._budget
            if len(data) < room:
                self._budget += len(data)
                return data, False
            self._budget = 0
            self.cuts += 1
            return data[:room], True

    def _take(self, fault: str, count: str) -> bool:
        """Whether this response (or request) gets ``fault``; one fewer of them to come."""
        with self._lock:
            if getattr(self, fault) <= 0:
                return False
            setattr(self, fault, getattr(self, fault) - 1)
            setattr(self, count, getattr(self, count) + 1)
            return True

    def release(self) -> None:
        """End the black hole: held connections are cut (the client sees a reset), new ones go through."""
        with self._lock:
            self.hold, held, self._held = False, self._held, []
        for sock in held:
            _shut(sock)
            sock.close()

    def close(self) -> None:
        self.release()
        self._stop.set()
        with self._lock:
            sockets, threads = list(self._sockets), list(self._threads)
        for sock in sockets:
            _shut(sock)
        for thread in threads:
            thread.join(timeout=5)
        self._listener.close()
        for sock in sockets:
            sock.close()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a recv() blocked in another thread
    except OSError:
        pass


@pytest.fixture
def proxy(server: Server) -> Iterator[FaultProxy]:
    port = int(server.url.rsplit(":", 1)[1])
    fault_proxy = FaultProxy(port)
    yield fault_proxy
    fault_proxy.close()

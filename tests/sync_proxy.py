"""A fault-injecting TCP proxy between the sync engine and the real server (toxiproxy is not packaged
here): it relays bytes both ways, and can drop the next responses after the server has sent them, which
is "the server committed, the answer was lost"."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from tests.server_helpers import Server

TRUNCATE_AT = 200  # bytes: inside the headers or early in the JSON
PACE_PIECE = 2048  # bytes a paced link sends at a time


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
        self.cut_requests_every = 0  # if set, the link is cut each time this many more request bytes have passed
        self.request_bytes = 0  # every request byte relayed to the server
        self._request_budget = 0
        self.rate = 0  # if set, responses share a link of this many bytes a second
        self._link_free = 0.0  # when the paced link has sent what it was given (monotonic)
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
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            except OSError:  # the server is down (killed): the client sees its connection closed
                client.close()
                continue
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
                if not is_response and self.cut_requests_every:
                    data, cut = self._within_budget(data, "cut_requests_every", "_request_budget")
                    target.sendall(data)
                    self.request_bytes += len(data)
                    if cut:
                        break
                    continue
                if is_response and self.rate:
                    self._send_paced(target, data)
                    continue
                if is_response:
                    self.response_bytes += len(data)
                else:
                    self.request_bytes += len(data)
                target.sendall(data)
        except OSError:
            pass
        for sock in (source, target):
            _shut(sock)

    def _send_paced(self, target: socket.socket, data: bytes) -> None:
        """Send ``data`` in small pieces at the link's rate: a cut leaves only what had really passed."""
        for start in range(0, len(data), PACE_PIECE):
            piece = data[start:start + PACE_PIECE]
            self._pace(len(piece))
            target.sendall(piece)
            self.response_bytes += len(piece)

    def _pace(self, size: int) -> None:
        """Wait until a link of ``rate`` bytes a second has carried ``size`` more bytes."""
        with self._lock:
            start = max(time.monotonic(), self._link_free)
            self._link_free = start + size / self.rate
            done = self._link_free
        time.sleep(max(0.0, done - time.monotonic()))

    def cut_all(self) -> None:
        """Cut every open connection now: the link drops."""
        with self._lock:
            sockets = list(self._sockets)
            self.cuts += 1
        for sock in sockets:
            _shut(sock)

    def _within_budget(self, data: bytes, every: str = "cut_every", budget: str = "_budget") -> tuple[bytes, bool]:
        """The part of ``data`` the link carries before its next cut, and whether it is cut now."""
        with self._lock:
            room = getattr(self, every) - getattr(self, budget)
            if len(data) < room:
                setattr(self, budget, getattr(self, budget) + len(data))
                return data, False
            setattr(self, budget, 0)
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

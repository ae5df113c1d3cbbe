"""A fault-injecting TCP proxy between the sync engine and the real server (toxiproxy is not packaged
here): it relays bytes both ways, and can drop the next responses after the server has sent them, which
is "the server committed, the answer was lost"."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from tests.server_helpers import Server


class FaultProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self.drop_responses = 0  # the next N responses are cut off once the server has begun sending them
        self.dropped = 0
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
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            with self._lock:
                self._sockets += [client, upstream]
            self._start(self._pump, client, upstream, False)
            self._start(self._pump, upstream, client, True)

    def _pump(self, source: socket.socket, target: socket.socket, is_response: bool) -> None:
        try:
            while data := source.recv(65536):
                if is_response and self._drop():
                    break
                target.sendall(data)
        except OSError:
            pass
        for sock in (source, target):
            _shut(sock)

    def _drop(self) -> bool:
        with self._lock:
            if self.drop_responses <= 0:
                return False
            self.drop_responses -= 1
            self.dropped += 1
            return True

    def close(self) -> None:
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

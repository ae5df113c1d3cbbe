"""The emulated sensor on 127.0.0.1:PORT, for Windows where there are no pseudo-terminals.

One client at a time: further connections wait in the backlog until the current one closes. Unplugging
closes the connection and the listening socket, so connecting during the replug delay is refused as opening
a missing COM port fails; plugging back listens on the same port again.
"""

from __future__ import annotations

import select
import socket

from devices.emulator.transport import HostGone, Interrupted, Waker

HOST = "127.0.0.1"
READ_SIZE = 4096


class TcpEndpoint:
    def __init__(self, waker: Waker, port: int = 0) -> None:
        self._waker = waker
        self.port = port
        self._listener: socket.socket | None = None
        self._client: socket.socket | None = None

    @property
    def address(self) -> str:
        return f"socket://{HOST}:{self.port}"

    def plug(self) -> None:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            # The closed connections of an unplug sit in TIME_WAIT on this port; rebinding must still work.
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((HOST, self.port))
            listener.listen(1)
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        self.port = listener.getsockname()[1]  # port 0 asked for any free port: keep it for replugging
        self._listener = listener

    def unplug(self) -> None:
        self._drop_client()
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def receive(self, timeout: float) -> bytes | None:
        waiting_on = self._client or self._listener
        if waiting_on is None:
            raise RuntimeError("the TCP port is unplugged")
        ready, _, _ = select.select([waiting_on.fileno(), self._waker.fileno()], [], [], timeout)
        if waiting_on.fileno() not in ready:
            return b""
        if self._client is None:
            try:
                client, _ = waiting_on.accept()
            except BlockingIOError:
                return b""
            client.setblocking(False)
            client.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._client = client
            return None  # a new host session
        try:
            data = self._client.recv(READ_SIZE)
        except BlockingIOError:
            return b""
        except OSError:
            data = b""
        if not data:
            self._drop_client()
            return None
        return data

    def send(self, data: bytes) -> None:
        client = self._client
        if client is None:
            raise HostGone
        view = memoryview(data)
        while view:
            ready, _, _ = select.select([self._waker], [client], [])
            if ready:
                raise Interrupted
            try:
                view = view[client.send(view) :]
            except BlockingIOError:
                continue
            except OSError as error:
                self._drop_client()
                raise HostGone from error

    def close(self) -> None:
        self.unplug()

    def _drop_client(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

"""The emulated sensor on a pseudo-terminal, behind a stable symlink that survives unplugging.

The host opens `/tmp/thana-zfm-XXXX/ttyZFM`, a symlink to the current `/dev/pts/N`. Unplugging closes the
master side, so the host's next read or write fails as with a pulled USB adapter, and removes the symlink as
the kernel removes /dev/ttyUSB0. Plugging back makes a new pty and points the symlink at it atomically, so
reopening the same path works again.

Host sessions: while no host holds the slave side open, the master reads EIO and polls as hung up on every
call. That is "host away", not an error: the emulator looks again every few milliseconds. A host that closes
and reopens at once may never be seen away, so the master also runs in packet mode, where the flush of the
input queue that pyserial does on every open arrives as a status packet: a new session, and the end of any
reply still going out to the old one. A real module would finish that reply into the new session; ending it
keeps every session clean, except for a host that reopens and reads within microseconds.
"""

from __future__ import annotations

import errno
import fcntl
import os
import select
import shutil
import struct
import tempfile
import termios
import tty
from pathlib import Path

from devices.emulator.transport import HostGone, Interrupted, Waker

AWAY_POLL_SECONDS = 0.02
READ_SIZE = 4096
READABLE = select.POLLIN | select.POLLPRI  # POLLPRI: a status packet is waiting


class PtyEndpoint:
    def __init__(self, waker: Waker) -> None:
        self._waker = waker
        self._dir = Path(tempfile.mkdtemp(prefix="thana-zfm-"))
        self.path = self._dir / "ttyZFM"
        self._master: int | None = None
        self._slave = ""
        self._host_away = True
        self._held = b""  # a new host's bytes drained with a departed host's hang-up

    @property
    def address(self) -> str:
        return str(self.path)

    def plug(self) -> None:
        master, slave = os.openpty()
        try:
            tty.setraw(slave)  # no echo, no line editing, no CR/LF translation: frames pass byte for byte
            target = os.ttyname(slave)
        finally:
            os.close(slave)  # the slave's termios outlive this fd while the master stays open
        fcntl.ioctl(master, termios.TIOCPKT, struct.pack("i", 1))
        os.set_blocking(master, False)
        self._master, self._slave = master, target
        self._host_away, self._held = True, b""
        fresh = self._dir / "ttyZFM.new"
        fresh.unlink(missing_ok=True)
        os.symlink(target, fresh)
        os.replace(fresh, self.path)

    def unplug(self) -> None:
        self.path.unlink(missing_ok=True)
        if self._master is not None:
            os.close(self._master)
            self._master = None

    def receive(self, timeout: float) -> bytes | None:
        master = self._require_master()
        if self._held:
            held, self._held = self._held, b""
            return held
        if self._host_away and self._waker.wait(min(timeout, AWAY_POLL_SECONDS)):
            return b""
        poller = select.poll()
        poller.register(master, READABLE)
        poller.register(self._waker, select.POLLIN)
        revents = dict(poller.poll(0 if self._host_away else timeout * 1000)).get(master, 0)
        if revents & select.POLLHUP:
            drained = _drain(master)
            if _hung_up(master):  # a departed host's last bytes go unanswered; no half frame outlives it
                if self._host_away:
                    return b""
                self._host_away = True
                return None
            # A host opened the port between the poll and the drain (a loaded machine, a host that reopens at
            # once): what was drained is its first command. Keep it for the new session that begins here.
            self._held, self._host_away = drained, False
            return None
        self._host_away = False  # no hang-up: a host holds the slave side, so wait on it for real
        if not revents & READABLE:
            return b""
        try:
            packet = os.read(master, READ_SIZE)
        except BlockingIOError:
            return b""
        except OSError as error:
            if error.errno != errno.EIO:
                raise
            self._host_away = True  # closed between poll and read
            return None
        if packet[:1] == bytes([termios.TIOCPKT_DATA]):
            return packet[1:]
        return None if _flushed(packet) else b""

    def send(self, data: bytes) -> None:
        master = self._require_master()
        view = memoryview(data)
        poller = select.poll()
        poller.register(master, select.POLLOUT | select.POLLPRI)
        poller.register(self._waker, select.POLLIN)
        while view:
            events = dict(poller.poll())
            if self._waker.fileno() in events:
                raise Interrupted
            revents = events.get(master, 0)
            # Only a status packet raises POLLPRI, so this read takes no data the host sent.
            if revents & select.POLLHUP or revents & select.POLLPRI and _flushed(os.read(master, READ_SIZE)):
                # The host closed or reopened the port. A host that reopens at once may already hold a
                # fresh queue that the last write went into: empty it, the rest of this reply is unwanted.
                self._host_away = bool(revents & select.POLLHUP)
                self._flush_host_input()
                raise HostGone
            try:
                view = view[os.write(master, view) :]
            except BlockingIOError:
                continue

    def close(self) -> None:
        self.unplug()
        shutil.rmtree(self._dir, ignore_errors=True)

    def _flush_host_input(self) -> None:
        slave = os.open(self._slave, os.O_RDWR | os.O_NOCTTY | os.O_NONBLOCK)
        try:
            termios.tcflush(slave, termios.TCIFLUSH)
        finally:
            os.close(slave)

    def _require_master(self) -> int:
        if self._master is None:
            raise RuntimeError("the pty is unplugged")
        return self._master


def _flushed(status: bytes) -> bool:
    return bool(status) and bool(status[0] & termios.TIOCPKT_FLUSHREAD)


def _drain(master: int) -> bytes:
    """Everything the host side has written and not yet been read, without packet mode's status bytes."""
    data = bytearray()
    try:
        while packet := os.read(master, READ_SIZE):
            if packet[:1] == bytes([termios.TIOCPKT_DATA]):
                data += packet[1:]
    except OSError:  # EAGAIN: nothing left; EIO: nothing left and no host
        pass
    return bytes(data)


def _hung_up(master: int) -> bool:
    poller = select.poll()
    poller.register(master, select.POLLIN)
    return any(revents & select.POLLHUP for _, revents in poller.poll(0))

"""The emulator: one serving thread that reads frames from a line, lets the sensor answer, and injects faults."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from devices.emulator.faults import STRAY_BYTE, Fault, FaultPlan, corrupt_checksum, truncated
from devices.emulator.frames import COMMAND, CorruptFrame, Frame, FrameParser
from devices.emulator.images import ImageSource
from devices.emulator.library import DEFAULT_CAPACITY
from devices.emulator.protocol import Instruction
from devices.emulator.sensor import Sensor
from devices.emulator.tcp_port import TcpEndpoint
from devices.emulator.transport import Endpoint, HostGone, Interrupted, Waker, send_paced

log = logging.getLogger("devices.emulator")

IDLE_WAIT_SECONDS = 1.0
# A frame that stops arriving for this long was noise or a host that died mid-write (hosts write frames
# whole; 12 bytes take 12 ms even at 9600 baud).
QUIET_SECONDS = 0.25
CONTROL_TIMEOUT_SECONDS = 5.0
VERIFY_PASSWORD = bytes([Instruction.VERIFY_PASSWORD])


@dataclasses.dataclass
class Stats:
    """Counters since start, replies counted as they are handed to the line; a snapshot, updated by the
    serving thread without a lock."""

    frames_in: int = 0
    corrupt_frames_in: int = 0
    frames_out: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    unplugs: int = 0


class Emulator:
    def __init__(self, source: ImageSource | None = None, *, password: int = 0, address: int = 0xFFFFFFFF,
                 packet_size: int = 128, baud: int = 57600, throttle: bool = False,
                 capacity: int = DEFAULT_CAPACITY, finger_after: float = 0.0, no_finger: bool = False,
                 replug_delay: float = 0.5, library: Path | None = None) -> None:
        self.sensor = Sensor(source, password=password, address=address, packet_size=packet_size, baud=baud,
                             capacity=capacity, library=library, finger_after=finger_after, no_finger=no_finger)
        self.throttle = throttle
        self.replug_delay = replug_delay
        self.faults = FaultPlan()
        self._stats = Stats()
        self._parser = FrameParser()
        self._waker: Waker | None = None
        self._endpoint: Endpoint | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False
        self._unplug_requested = False
        self._unplugged = threading.Event()
        self._plugged = threading.Event()

    # -- control, from any thread

    def start_pty(self) -> str:
        """Serve on a new pseudo-terminal; returns the stable path to open."""
        from devices.emulator.pty_port import PtyEndpoint  # POSIX only (termios); TCP serves everywhere

        return self._start(PtyEndpoint)

    def start_tcp(self, port: int = 0) -> str:
        """Serve on 127.0.0.1:port (0: any free port); returns the pyserial URL."""
        return self._start(lambda waker: TcpEndpoint(waker, port))

    @property
    def source(self) -> ImageSource | None:
        return self.sensor.source

    @source.setter
    def source(self, source: ImageSource | None) -> None:
        """Present another finger: the next readImage takes its image from here."""
        self.sensor.source = source

    @property
    def stats(self) -> Stats:
        return dataclasses.replace(self._stats)

    def inject(self, fault: Fault, times: int = 1) -> None:
        """Arm a fault for `times` firings (0 = every time); Fault.NONE disarms all."""
        self.faults.inject(fault, times)

    def unplug(self) -> None:
        """Pull the adapter now; returns once it is out. It goes back in after `replug_delay` seconds."""
        waker = self._require_waker()
        self._unplugged.clear()
        self._plugged.clear()
        self._unplug_requested = True
        waker.wake()
        if not self._unplugged.wait(CONTROL_TIMEOUT_SECONDS):
            raise TimeoutError("the serving thread did not unplug")

    def wait_plugged(self, timeout: float = CONTROL_TIMEOUT_SECONDS) -> bool:
        """True once the line is available (again) for the host to open."""
        return self._plugged.wait(timeout)

    def stop(self) -> None:
        """Ends the serving thread and releases every fd, socket and temporary file."""
        if self._thread is None or self._waker is None or self._endpoint is None:
            return
        self._stopping = True
        self._waker.wake()
        self._thread.join()
        self._endpoint.close()
        self._waker.close()
        self._thread = self._endpoint = self._waker = None

    def __enter__(self) -> Emulator:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()

    def _start(self, make: Callable[[Waker], Endpoint]) -> str:
        if self._thread is not None:
            raise RuntimeError("the emulator is already serving")
        waker = Waker()
        endpoint = make(waker)
        try:
            endpoint.plug()
        except BaseException:
            endpoint.close()
            waker.close()
            raise
        self._waker, self._endpoint, self._stopping = waker, endpoint, False
        self._plugged.set()
        self._thread = threading.Thread(target=self._serve, name="zfm-emulator", daemon=False)
        self._thread.start()
        log.debug("serving on %s", endpoint.address)
        return endpoint.address

    def _require_waker(self) -> Waker:
        if self._waker is None:
            raise RuntimeError("the emulator is not serving")
        return self._waker

    # -- the serving thread

    def _serve(self) -> None:
        waker, endpoint = self._require_waker(), self._endpoint
        assert endpoint is not None
        heard = time.monotonic()
        while not self._stopping:
            waker.drain()
            if self._unplug_requested:
                self._unplug_and_replug(endpoint, waker)
                continue
            data = endpoint.receive(QUIET_SECONDS if self._parser.pending else IDLE_WAIT_SECONDS)
            if data is None:
                log.debug("host session ended or began")
                self._parser.reset()
                continue
            if data:
                heard = time.monotonic()
                self._stats.bytes_in += len(data)
                items = self._parser.feed(data)
            elif self._parser.pending and time.monotonic() - heard >= QUIET_SECONDS:
                log.debug("a frame stopped arriving; looking for the next header")
                items = self._parser.give_up()
            else:
                continue
            for item in items:
                if not self._answer(item, endpoint, waker):
                    break  # the line went away: frames that came with this one are lost with it

    def _answer(self, item: Frame | CorruptFrame, endpoint: Endpoint, waker: Waker) -> bool:
        """False if the line went away while answering."""
        ours = item.address == self.sensor.address
        if isinstance(item, CorruptFrame):
            self._stats.corrupt_frames_in += 1
        else:
            self._stats.frames_in += 1
            if ours and item.kind == COMMAND and self.faults.take(Fault.SILENT):
                log.debug("fault: silent, command swallowed")
                return True
        verify = isinstance(item, Frame) and item.kind == COMMAND and item.payload[:1] == VERIFY_PASSWORD
        refuse = ours and verify and self.faults.take(Fault.WRONG_PASSWORD)
        reply = self.sensor.handle(item, refuse_password=refuse)
        if reply is None:
            return True
        frames = list(reply.frames)
        unplug_after = reply.image and self.faults.take(Fault.UNPLUG_MID_IMAGE)
        if unplug_after:
            frames = frames[: 1 + (len(frames) - 1) // 2]
        if self.faults.take(Fault.CHECKSUM):
            frames[0] = corrupt_checksum(frames[0])
        data = b"".join(frames)
        if self.faults.take(Fault.TRUNCATE):
            data = truncated(data)
        if self.faults.take(Fault.STRAY_BYTE):
            data = STRAY_BYTE + data
        # Counted before sending, so a host that has read the reply never finds it missing from the stats.
        self._stats.frames_out += len(frames)
        self._stats.bytes_out += len(data)
        try:
            if self.throttle:
                send_paced(endpoint, data, self.sensor.baud, time.monotonic(), waker)
            else:
                endpoint.send(data)
        except HostGone:
            log.debug("host left during a reply")
            self._parser.reset()
            return False
        except Interrupted:
            return False  # the loop sees why: stop or unplug
        if unplug_after:
            log.debug("fault: unplug mid-image")
            self._unplug_and_replug(endpoint, waker)
        return not unplug_after

    def _unplug_and_replug(self, endpoint: Endpoint, waker: Waker) -> None:
        self._unplug_requested = False
        self._plugged.clear()
        endpoint.unplug()
        self._parser.reset()
        self.sensor.power_cycle()
        self._stats.unplugs += 1
        self._unplugged.set()
        log.debug("unplugged; back in %.2f s", self.replug_delay)
        deadline = time.monotonic() + self.replug_delay
        while not self._stopping and (left := deadline - time.monotonic()) > 0:
            if waker.wait(left):
                waker.drain()
        if not self._stopping:
            endpoint.plug()
            self._plugged.set()
            log.debug("plugged back in")

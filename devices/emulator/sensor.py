"""The emulated module: image buffer, char buffers 1 and 2, template flash, password and system parameters.

`handle` takes one parsed frame from the host and returns the frames to send back (or None for no reply).
It knows nothing about ports, threads or faults: the emulator feeds it and delivers its replies.
"""

from __future__ import annotations

import logging
from pathlib import Path

from devices.emulator import characteristics
from devices.emulator.frames import ACK, COMMAND, DATA, END_OF_DATA, CorruptFrame, Frame, encode
from devices.emulator.images import Capture, ImageSource
from devices.emulator.instructions import HANDLERS, Reply
from devices.emulator.library import DEFAULT_CAPACITY, TemplateLibrary
from devices.emulator.protocol import BAUD_STEP, PACKET_SIZES, Code, Instruction, instruction_name

log = logging.getLogger("devices.emulator")

BUFFERS = (1, 2)
PASSWORD_BYTES = 4


class Sensor:
    def __init__(self, source: ImageSource | None, *, password: int = 0, address: int = 0xFFFFFFFF,
                 packet_size: int = 128, baud: int = 57600, capacity: int = DEFAULT_CAPACITY,
                 library: Path | None = None, finger_after: float = 0.0, no_finger: bool = False) -> None:
        if packet_size not in PACKET_SIZES:
            raise ValueError(f"packet size must be one of {PACKET_SIZES}")
        if baud % BAUD_STEP or not 1 <= baud // BAUD_STEP <= 12:
            raise ValueError("baud must be N x 9600 with N in 1..12")
        self.source = source
        self.password = password
        self.address = address
        self.packet_size = packet_size
        self.baud = baud
        self.security_level = 3
        self.library = TemplateLibrary(capacity, library)
        self.finger_after = finger_after
        self.no_finger = no_finger
        self.power_cycle()

    def power_cycle(self) -> None:
        """Unplugged and plugged back: RAM is gone, flash (templates, password, parameters) stays."""
        self.verified = False
        self.image: Capture | None = None
        self.buffers = {b: bytes(characteristics.SIZE) for b in BUFFERS}
        self.finger_wait_began: float | None = None
        self._upload: tuple[int, bytearray] | None = None

    def handle(self, item: Frame | CorruptFrame, *, refuse_password: bool = False) -> Reply | None:
        # Our choice: a frame for another address goes unanswered, as it must where modules share a line,
        # rather than answered 0x20 (wrong address).
        if item.address != self.address:
            log.debug("ignored a frame for address %#010x", item.address)
            return None
        if isinstance(item, CorruptFrame):
            log.debug("rx corrupt frame, packet id %#04x", item.kind)
            self._upload = None
            return self.ack(Code.COMMUNICATION) if item.kind == COMMAND else None
        if item.kind in (DATA, END_OF_DATA):
            self._receive_data(item)
            return None
        if item.kind != COMMAND or not item.payload:
            log.debug("ignored a frame with packet id %#04x", item.kind)
            return None
        self._upload = None  # a command ends any unfinished characteristics upload
        code, args = item.payload[0], item.payload[1:]
        log.debug("rx %s", instruction_name(code))
        try:
            instruction = Instruction(code)
        except ValueError:
            return self.ack(Code.COMMUNICATION)  # the datasheet has no "unknown instruction" code
        verify = instruction == Instruction.VERIFY_PASSWORD
        if len(args) != (PASSWORD_BYTES if verify else HANDLERS[instruction][0]):
            return self.ack(Code.COMMUNICATION)
        if verify:
            self.verified = not refuse_password and int.from_bytes(args, "big") == self.password
            return self.ack(Code.OK if self.verified else Code.WRONG_PASSWORD)
        # Datasheet: with the default password 0 no verification is needed; otherwise every instruction
        # but verifyPassword is refused until the password has been verified since power-on.
        if self.password != 0 and not self.verified:
            return self.ack(Code.PASSWORD_NOT_VERIFIED)
        return HANDLERS[instruction][1](self, args)

    # -- replies

    def ack(self, code: Code, extra: bytes = b"") -> Reply:
        log.debug("tx ack %#04x", code)
        return Reply([encode(ACK, bytes([code]) + extra, self.address)])

    def with_data(self, blob: bytes, image: bool = False) -> Reply:
        log.debug("tx ack 0x00 and %d data packets", -(-len(blob) // self.packet_size))
        frames = [encode(ACK, bytes([Code.OK]), self.address)]
        for offset in range(0, len(blob), self.packet_size):
            last = offset + self.packet_size >= len(blob)
            frames.append(encode(END_OF_DATA if last else DATA, blob[offset : offset + self.packet_size], self.address))
        return Reply(frames, image)

    def start_upload(self, buffer: int) -> None:
        self._upload = (buffer, bytearray())

    def _receive_data(self, frame: Frame) -> None:
        if self._upload is None:
            log.debug("ignored a data packet nobody asked for")
            return
        buffer, received = self._upload
        received += frame.payload
        if frame.kind == END_OF_DATA:
            # A char buffer is 512 bytes whatever the host sends: shorter is zero-filled, longer is cut.
            self.buffers[buffer] = bytes(received[: characteristics.SIZE]).ljust(characteristics.SIZE, b"\0")
            self._upload = None
            log.debug("rx characteristics upload complete")

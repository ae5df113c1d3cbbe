"""ZFM frames: encode, decode, and a streaming parser that survives partial reads and line noise.

A frame is `EF 01`, a 4-byte address, a packet id, a 2-byte length (payload + 2), the payload and a
2-byte checksum (low 16 bits of the packet id, both length bytes and every payload byte), all big-endian.
"""

from __future__ import annotations

from dataclasses import dataclass

START = b"\xef\x01"
DEFAULT_ADDRESS = 0xFFFFFFFF

COMMAND = 0x01
DATA = 0x02
ACK = 0x07
END_OF_DATA = 0x08
PACKET_IDS = frozenset({COMMAND, DATA, ACK, END_OF_DATA})

# The largest module packet is 256 data bytes; a longer length field can only be noise.
MAX_PAYLOAD = 256
HEADER_SIZE = 9
CHECKSUM_SIZE = 2


class FrameError(ValueError):
    """The bytes are not one well-formed frame."""


@dataclass(frozen=True)
class Frame:
    kind: int
    payload: bytes
    address: int = DEFAULT_ADDRESS


@dataclass(frozen=True)
class CorruptFrame:
    """A frame whose checksum did not add up: the sensor answers it with a communication error."""

    kind: int
    address: int


def checksum(kind: int, payload: bytes) -> int:
    length = len(payload) + CHECKSUM_SIZE
    return (kind + (length >> 8) + (length & 0xFF) + sum(payload)) & 0xFFFF


def encode(kind: int, payload: bytes, address: int = DEFAULT_ADDRESS) -> bytes:
    if kind not in PACKET_IDS:
        raise ValueError(f"unknown packet id {kind:#04x}")
    if len(payload) > MAX_PAYLOAD:
        raise ValueError(f"payload of {len(payload)} bytes exceeds {MAX_PAYLOAD}")
    length = len(payload) + CHECKSUM_SIZE
    head = START + address.to_bytes(4, "big") + bytes([kind]) + length.to_bytes(2, "big")
    return head + payload + checksum(kind, payload).to_bytes(2, "big")


def decode(data: bytes) -> Frame:
    """Exactly one frame, nothing before or after it."""
    parser = FrameParser()
    items = parser.feed(data)
    if parser.pending or parser.discarded or len(items) != 1:
        raise FrameError("not exactly one frame")
    item = items[0]
    if isinstance(item, CorruptFrame):
        raise FrameError("checksum mismatch")
    return item


class FrameParser:
    """Feed it whatever the line delivers; it hands back each complete frame once."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self.discarded = 0  # bytes skipped while looking for a header

    @property
    def pending(self) -> int:
        return len(self._buffer)

    def reset(self) -> None:
        """Forget a half-received frame, e.g. when the host closes the port."""
        self.discarded += len(self._buffer)
        self._buffer.clear()

    def give_up(self) -> list[Frame | CorruptFrame]:
        """The line went quiet inside a frame: take its header for noise and look for the next one."""
        if self._buffer:
            self._skip(1)
        return self.feed(b"")

    def feed(self, data: bytes) -> list[Frame | CorruptFrame]:
        self._buffer += data
        out: list[Frame | CorruptFrame] = []
        while True:
            item = self._next()
            if item is None:
                return out
            out.append(item)

    def _skip(self, count: int) -> None:
        del self._buffer[:count]
        self.discarded += count

    def _next(self) -> Frame | CorruptFrame | None:
        buf = self._buffer
        while True:
            start = buf.find(START)
            if start < 0:
                # Keep a trailing EF: it may be the first half of the next header.
                self._skip(len(buf) - 1 if buf.endswith(START[:1]) else len(buf))
                return None
            self._skip(start)
            if len(buf) < HEADER_SIZE:
                return None
            kind = buf[6]
            length = int.from_bytes(buf[7:9], "big")
            if kind in PACKET_IDS and CHECKSUM_SIZE <= length <= MAX_PAYLOAD + CHECKSUM_SIZE:
                break
            self._skip(1)  # a false header: look for the next EF 01 after it
        total = HEADER_SIZE + length
        if len(buf) < total:
            return None
        address = int.from_bytes(buf[2:6], "big")
        payload = bytes(buf[HEADER_SIZE : total - CHECKSUM_SIZE])
        received = int.from_bytes(buf[total - CHECKSUM_SIZE : total], "big")
        del buf[:total]
        if received != checksum(kind, payload):
            return CorruptFrame(kind, address)
        return Frame(kind, payload, address)

"""A packet-level emulator of the ZFM / R30x / AS608 fingerprint sensor: so far its frame codec."""

from devices.emulator.frames import CorruptFrame, Frame, FrameError, FrameParser, decode, encode

__all__ = ["CorruptFrame", "Frame", "FrameError", "FrameParser", "decode", "encode"]

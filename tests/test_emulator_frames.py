"""The ZFM frame codec: round trips, any chunking of the stream, line noise, corrupted checksums."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.emulator import CorruptFrame, Frame, FrameError, FrameParser, decode, encode
from devices.emulator.frames import ACK, COMMAND, HEADER_SIZE, MAX_PAYLOAD, PACKET_IDS

kinds = st.sampled_from(sorted(PACKET_IDS))
payloads = st.binary(max_size=MAX_PAYLOAD)
addresses = st.integers(0, 0xFFFFFFFF)
frames = st.builds(Frame, kinds, payloads, addresses)
# Noise without EF cannot fake a header; noise with it is covered by the false-header tests below.
noise = st.binary(max_size=64).map(lambda data: data.replace(b"\xef", b"\x00"))


def test_a_known_frame_byte_for_byte() -> None:
    # pyfingerprint's verifyPassword with password 0, as it writes it.
    assert encode(COMMAND, bytes([0x13, 0, 0, 0, 0])) == bytes.fromhex("EF01FFFFFFFF010007130000000000 1B")


@given(frames)
def test_encode_decode_round_trip(frame: Frame) -> None:
    assert decode(encode(frame.kind, frame.payload, frame.address)) == frame


@given(st.lists(frames, max_size=6), st.data())
def test_any_chunking_gives_the_same_frames(sent: list[Frame], data: st.DataObject) -> None:
    stream = b"".join(encode(f.kind, f.payload, f.address) for f in sent)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=20)))
    parser = FrameParser()
    received: list[Frame | CorruptFrame] = []
    for start, end in zip([0, *cuts], [*cuts, len(stream)], strict=True):
        received += parser.feed(stream[start:end])
    assert received == sent
    assert parser.pending == 0 and parser.discarded == 0


@given(noise, frames)
def test_noise_before_a_frame_is_skipped(garbage: bytes, frame: Frame) -> None:
    parser = FrameParser()
    assert parser.feed(garbage + encode(frame.kind, frame.payload, frame.address)) == [frame]
    assert parser.discarded == len(garbage)


@given(frames, st.data())
def test_any_flipped_bit_in_payload_or_checksum_is_detected(frame: Frame, data: st.DataObject) -> None:
    raw = bytearray(encode(frame.kind, frame.payload, frame.address))
    position = data.draw(st.integers(HEADER_SIZE, len(raw) - 1))
    raw[position] ^= 1 << data.draw(st.integers(0, 7))
    assert FrameParser().feed(bytes(raw)) == [CorruptFrame(frame.kind, frame.address)]
    with pytest.raises(FrameError):
        decode(bytes(raw))


def test_false_headers_are_stepped_over() -> None:
    good = encode(ACK, b"\x00")
    bad_kind = b"\xef\x01\xff\xff\xff\xff\x05\x00\x03"  # packet id 05 does not exist
    too_long = b"\xef\x01\xff\xff\xff\xff\x02\xff\xff"  # longer than any module packet
    parser = FrameParser()
    assert parser.feed(bad_kind + too_long + b"\xef" + good) == [Frame(ACK, b"\x00")]
    assert parser.discarded == len(bad_kind) + len(too_long) + 1


def test_a_half_frame_waits_and_reset_forgets_it() -> None:
    raw = encode(COMMAND, b"\x1d")
    parser = FrameParser()
    assert parser.feed(raw[:7]) == []
    assert parser.pending == 7
    parser.reset()
    assert parser.feed(raw) == [Frame(COMMAND, b"\x1d")]


def test_giving_up_on_a_frame_that_stopped_finds_the_one_inside_it() -> None:
    # A host died after half a command; the next host's command arrives glued to it and is swallowed
    # as the first one's payload, until the line goes quiet and the parser gives up on the first.
    command = encode(COMMAND, b"\x1d")
    parser = FrameParser()
    assert parser.feed(command[:8] + command) == []
    assert parser.give_up() == [Frame(COMMAND, b"\x1d")]
    assert parser.pending == 0 and parser.discarded == 8


def test_a_trailing_ef_is_kept_for_the_next_read() -> None:
    raw = encode(COMMAND, b"\x0f")
    parser = FrameParser()
    assert parser.feed(b"\x00\x00" + raw[:1]) == []
    assert parser.feed(raw[1:]) == [Frame(COMMAND, b"\x0f")]


def test_decode_refuses_extra_bytes_and_encode_refuses_impossible_frames() -> None:
    raw = encode(COMMAND, b"\x01")
    with pytest.raises(FrameError):
        decode(raw + b"\x00")
    with pytest.raises(FrameError):
        decode(raw[:-1])
    with pytest.raises(ValueError):
        encode(COMMAND, bytes(MAX_PAYLOAD + 1))
    with pytest.raises(ValueError):
        encode(0x05, b"")

"""ISO/IEC 19794-2:2005 finger minutiae records: the format AFIS vendors and national systems exchange.

A record is a 24-byte header ("FMR\\0", version " 20\\0", record length, capture device, image size and
resolution in pixels per centimetre, number of finger views), then per view a 4-byte header (finger
position, view number and impression type, quality, minutia count), 6 bytes per minutia (type and x,
y, angle in 1/256 turns, quality) and an extended-data block. Every field is checked on reading: a
record comes from a file, a scanner or the network, and a damaged one must fail with a clear error,
never be half-read.
"""

from __future__ import annotations

import math
import struct
from dataclasses import dataclass
from enum import IntEnum

from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP

MAGIC = b"FMR\x00"
VERSION = b" 20\x00"
HEADER = struct.Struct(">4s4sIHHHHHBB")  # magic, version, length, device, width, height, x res, y res, views, 0
VIEW = struct.Struct(">BBBB")  # position, view (high nibble) and impression (low nibble), quality, count
MINUTIA = struct.Struct(">HHBB")  # type (2 bits) and x (14), reserved (2) and y (14), angle, quality
EXTENDED = struct.Struct(">H")
COORDINATE_MAX = 0x3FFF
IMPRESSIONS = {0, 1, 2, 3, 8}  # live-scan plain/rolled, non-live plain/rolled, swipe


class TemplateError(ThanaError):
    default_message = QT_TRANSLATE_NOOP("core", "The fingerprint template is damaged or not in ISO/IEC 19794-2 "
                                                "format ({reason}).")


class MinutiaKind(IntEnum):
    OTHER = 0
    ENDING = 1
    BIFURCATION = 2


@dataclass(frozen=True)
class Minutia:
    x: int  # pixels from the left edge
    y: int  # pixels from the top edge
    angle: int  # 0..255, in units of 360/256 degrees, counter-clockwise from the x axis
    kind: MinutiaKind = MinutiaKind.ENDING
    quality: int = 0  # 1..100, or 0 when the extractor does not say

    @property
    def radians(self) -> float:
        return self.angle * 2 * math.pi / 256


@dataclass(frozen=True)
class FingerView:
    position: int  # 0 unknown, 1 right thumb .. 10 left little
    minutiae: tuple[Minutia, ...]
    view: int = 0
    impression: int = 0
    quality: int = 0
    extended: bytes = b""  # extended data, kept as read (ridge counts, cores and deltas)


@dataclass(frozen=True)
class Template:
    width: int
    height: int
    views: tuple[FingerView, ...]
    x_resolution: int = 197  # pixels per centimetre: 197 is 500 dpi
    y_resolution: int = 197
    device: int = 0  # capture equipment: compliance (4 bits) and equipment id (12 bits)

    @property
    def dpi(self) -> float:
        return self.x_resolution * 2.54


def _fail(reason: str) -> TemplateError:
    return TemplateError(reason=reason)


def read(data: bytes) -> Template:
    """Parse a record; any inconsistency raises TemplateError."""
    if len(data) < HEADER.size:
        raise _fail(f"{len(data)} bytes is shorter than the {HEADER.size}-byte header")
    magic, version, length, device, width, height, x_res, y_res, count, reserved = HEADER.unpack_from(data)
    if magic != MAGIC or version != VERSION:
        raise _fail("it does not start with FMR version 20")
    if length != len(data):
        raise _fail(f"the header says {length} bytes, the record has {len(data)}")
    if not (width and height and x_res and y_res):
        raise _fail("image size or resolution is zero")
    if reserved:
        raise _fail("a reserved header byte is set")
    offset, views = HEADER.size, []
    for _ in range(count):
        view, offset = _read_view(data, offset, width, height)
        views.append(view)
    if offset != len(data):
        raise _fail(f"{len(data) - offset} bytes follow the last finger view")
    return Template(width, height, tuple(views), x_res, y_res, device)


def _read_view(data: bytes, offset: int, width: int, height: int) -> tuple[FingerView, int]:
    if offset + VIEW.size > len(data):
        raise _fail("a finger view is cut off")
    position, view_impression, quality, count = VIEW.unpack_from(data, offset)
    view, impression = view_impression >> 4, view_impression & 0x0F
    if position > 10 or impression not in IMPRESSIONS or quality > 100:
        raise _fail(f"finger view fields out of range (position {position}, impression {impression})")
    offset += VIEW.size
    if offset + count * MINUTIA.size + EXTENDED.size > len(data):
        raise _fail(f"{count} minutiae do not fit in the record")
    minutiae = []
    for _ in range(count):
        kind_x, reserved_y, angle, minutia_quality = MINUTIA.unpack_from(data, offset)
        kind, x, y = kind_x >> 14, kind_x & COORDINATE_MAX, reserved_y & COORDINATE_MAX
        if kind == 3 or reserved_y >> 14 or x >= width or y >= height or minutia_quality > 100:
            raise _fail(f"minutia at ({x}, {y}) is invalid")
        minutiae.append(Minutia(x, y, angle, MinutiaKind(kind), minutia_quality))
        offset += MINUTIA.size
    (extended_length,) = EXTENDED.unpack_from(data, offset)
    offset += EXTENDED.size
    if offset + extended_length > len(data):
        raise _fail("the extended data block is cut off")
    extended = bytes(data[offset:offset + extended_length])
    return FingerView(position, tuple(minutiae), view, impression, quality, extended), offset + extended_length


def write(template: Template) -> bytes:
    """The record's bytes; ``read(write(t)) == t`` for every valid template."""
    if len(template.views) > 255 or any(len(v.minutiae) > 255 for v in template.views):
        raise _fail("more than 255 finger views or minutiae")
    if any(not (0 <= m.x <= COORDINATE_MAX and 0 <= m.y <= COORDINATE_MAX) for v in template.views
           for m in v.minutiae):
        raise _fail("a minutia lies outside the 14-bit coordinate range")
    try:
        record = _pack(template)
    except struct.error as exc:  # a field too large for its bytes
        raise _fail(str(exc)) from exc
    read(record)  # never hand out a record this module would refuse
    return record


def _pack(template: Template) -> bytes:
    body = bytearray()
    for view in template.views:
        body += VIEW.pack(view.position, view.view << 4 | view.impression, view.quality, len(view.minutiae))
        for m in view.minutiae:
            body += MINUTIA.pack(int(m.kind) << 14 | m.x, m.y, m.angle, m.quality)
        body += EXTENDED.pack(len(view.extended)) + view.extended
    header = HEADER.pack(MAGIC, VERSION, HEADER.size + len(body), template.device, template.width, template.height,
                         template.x_resolution, template.y_resolution, len(template.views), 0)
    return header + bytes(body)

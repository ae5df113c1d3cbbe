"""The content-addressed blob store: uploads that resume at the offset the server holds, a hash check
before a blob counts as present, and byte ranges for downloads that resume.

Where the bytes live: in the server database (table ``blob_chunk``), not in files beside it. Each
appended chunk commits in the same transaction as the upload's new offset, so after a power cut the
offset never points past bytes that are not there, and a blob is present exactly when its row says so.
The blobs are evidence named in hash-chained register entries: one backup, one replica and one restore
(pg_basebackup, point-in-time recovery) keep entries and their images consistent, and several server
processes behind a balancer share them without a shared file system. The cost is database size (a
fingerprint image is about 100 KB): the functions below are the only ones that touch the bytes, so an
object store can replace the table if that ever matters. SQLite (demos) holds them the same way.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server.errors import ServerError
from server.schema import Blob, BlobChunk

MAX_BLOB = 64 * 1024 * 1024  # a 500 dpi ten-print card scan is far smaller; a 50 MB scan still fits
MAX_CHUNK = 4 * 1024 * 1024  # one upload request; the client sends less on a slow link


@dataclass(frozen=True)
class Held:
    """What the server holds of a blob: ``offset`` bytes of ``size``; ``complete`` once verified."""

    sha256: str
    size: int
    offset: int
    complete: bool


class BlobError(ServerError):
    """A refused blob request, with its HTTP status."""

    def __init__(self, status: int, reason: str, held: Held | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.held = held


def _held(row: Blob) -> Held:
    return Held(row.sha256, row.size, row.received, row.completed_at is not None)


def held(session: Session, sha256: str) -> Held | None:
    row = session.get(Blob, sha256)
    return _held(row) if row is not None else None


def start(session: Session, sha256: str, size: int, device_id: str, now: datetime) -> Held:
    """Begin an upload, or report the one in progress (or the blob, when it is already present)."""
    if size > MAX_BLOB:
        raise BlobError(413, f"a blob may have at most {MAX_BLOB} bytes; this one has {size}")
    row = session.get(Blob, sha256, with_for_update=True)
    if row is None:
        try:
            with session.begin_nested():  # another device may start the same blob at the same moment
                session.add(Blob(sha256=sha256, size=size, received=0, started_at=now, device_id=device_id))
        except IntegrityError:
            pass
        row = session.get(Blob, sha256, with_for_update=True, populate_existing=True)
        assert row is not None
    if row.size != size:
        raise BlobError(409, f"blob {sha256} is being uploaded with {row.size} bytes, not {size}", _held(row))
    return _held(row)


def append(session: Session, sha256: str, offset: int, data: bytes, now: datetime) -> tuple[Held, bool]:
    """Append ``data`` at ``offset``, which must be the offset held. When the last byte arrives the whole
    blob is hashed: bytes that do not hash to its name are discarded (the upload starts again from 0).
    The new state, and whether the upload was discarded as corrupt (the caller commits, then refuses)."""
    row = session.get(Blob, sha256, with_for_update=True, populate_existing=True)
    if row is None:
        raise BlobError(404, f"no upload of blob {sha256} was started")
    if row.completed_at is not None:
        return _held(row), False  # a retried last chunk whose answer was lost: nothing to do
    if offset != row.received:
        raise BlobError(409, f"the server holds {row.received} bytes of blob {sha256}: send from there, not "
                             f"from {offset}", _held(row))
    if not data:
        raise BlobError(400, "an empty chunk")
    if offset + len(data) > row.size:
        raise BlobError(413, f"the chunk would take blob {sha256} past its {row.size} bytes", _held(row))
    session.add(BlobChunk(sha256=sha256, offset=offset, length=len(data), data=data))
    row.received = offset + len(data)
    if row.received == row.size:
        if _digest(session, sha256) != sha256:
            session.execute(delete(BlobChunk).where(BlobChunk.sha256 == sha256))
            session.delete(row)
            return Held(sha256, row.size, 0, False), True
        row.completed_at = now
    session.flush()
    return _held(row), False


def _digest(session: Session, sha256: str) -> str:
    session.flush()
    h = hashlib.sha256()
    for data in session.scalars(select(BlobChunk.data).where(BlobChunk.sha256 == sha256)
                                .order_by(BlobChunk.offset).execution_options(yield_per=16)):
        h.update(data)
    return h.hexdigest()


def missing(session: Session, names: Iterable[str]) -> list[str]:
    """Those of ``names`` that are not present (not uploaded, or not completely)."""
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return []
    present = set(session.scalars(select(Blob.sha256).where(Blob.sha256.in_(wanted),
                                                            Blob.completed_at.is_not(None))))
    return [name for name in wanted if name not in present]


def read(session: Session, sha256: str, first: int, last: int) -> bytes:
    """Bytes ``first`` to ``last`` (inclusive) of a present blob."""
    rows = session.execute(select(BlobChunk.offset, BlobChunk.data)
                           .where(BlobChunk.sha256 == sha256, BlobChunk.offset <= last,
                                  BlobChunk.offset + BlobChunk.length > first)
                           .order_by(BlobChunk.offset)).all()
    out = b"".join(data for _, data in rows)
    skip = first - rows[0][0] if rows else 0
    return out[skip:skip + last - first + 1]

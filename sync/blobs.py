"""Blobs: the files (fingerprint images, ISO templates, photos) that queued operations name by SHA-256
(app/registers/blob_refs.py), uploaded resumably before those operations are pushed, and downloaded
resumably by whoever needs one (``fetch``). Qt-free.

Uploads go in chunks to the offset the server holds; after a failure the client asks the server where it
stands and goes on from there, so a flapping link costs at most the chunk in flight per cut. The server
hashes a blob when its last byte arrives, and holds (answers ``blocked``) any operation that names a blob
it does not have yet: the operation stays pending here and goes again next cycle. Per blob the client DB
keeps the upload's state (table ``blob_upload``): pending with the offset last reported, done, or a
problem (``missing``: the local bytes are gone or damaged; ``refused`` by the server) with its reason.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from app.clock import now_utc
from app.registers.blob_refs import blob_refs
from app.storage.database import Database
from app.storage.models import BlobUpload, CroRecord, FingerImpression, OutboxOp
from sync.errors import BadResponse, BlobDamaged, RequestRefused, SyncError
from sync.pacing import Backoff
from sync.signing import Credential
from sync.state import PENDING
from sync.transport import Transport

log = logging.getLogger("thana.sync")
CHUNK = 256 * 1024  # lost at most once per cut: 8 s at 32 KB/s
MAX_BLOB = 64 * 1024 * 1024  # the server's limit (server/blob_store.py)
DONE, MISSING, REFUSED = "done", "missing", "refused"

# Where this station keeps the bytes a ``..._sha256`` field names: (bytes column, hash column).
SOURCES: tuple[tuple[InstrumentedAttribute[Any], InstrumentedAttribute[Any]], ...] = (
    (FingerImpression.image, FingerImpression.image_sha256),
    (FingerImpression.template, FingerImpression.template_sha256),
    (CroRecord.photo, CroRecord.photo_sha256),
)


@dataclass(frozen=True)
class Held:
    """What the server holds of a blob (server/blobs.py BlobStatus)."""

    offset: int
    complete: bool


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class BlobTransfer:
    """Resumable upload and download of blobs with one device credential."""

    transport: Transport
    credential: Credential
    chunk_size: int = CHUNK
    attempts: int = 6  # failures in a row, without a byte of progress, before giving up for this cycle
    backoff: Backoff = field(default_factory=Backoff)
    sleep: Callable[[float], None] = time.sleep

    def __repr__(self) -> str:  # never the credential
        return f"BlobTransfer({self.transport.base_url!r})"

    def upload(self, sha256: str, data: bytes, progress: Callable[[int], None] | None = None) -> None:
        """Upload ``data`` (whose SHA-256 is ``sha256``) from the offset the server holds to the end."""
        failures, held = 0, None
        while held is None or not held.complete:
            try:
                if held is None:
                    held = self._start(sha256, len(data))
                else:
                    held = self._put(sha256, held.offset, data[held.offset:held.offset + self.chunk_size])
                    failures = 0
            except SyncError as exc:
                held = None  # ask the server where it stands before sending another byte
                failures = self._failed(exc, failures, refused_ok=(409,))
                continue
            if progress is not None:
                progress(held.offset)

    def fetch(self, sha256: str, max_size: int = MAX_BLOB) -> bytes:
        """The blob's bytes, verified against its name. After a cut the download goes on with a Range
        request from the bytes already here."""
        data, failures = bytearray(), 0
        while True:
            before = len(data)
            try:
                start, body = self.transport.download(f"/v1/blobs/{sha256}", len(data), self.credential)
                del data[start:]
                for part in body:
                    data += part
                    if len(data) > max_size:
                        raise BlobDamaged(sha256=sha256)
                break
            except RequestRefused as exc:
                if exc.params.get("status") == 416 and data:
                    break  # the cut came after the last byte: nothing is left to send
                raise
            except SyncError as exc:
                if isinstance(exc, BlobDamaged):
                    data.clear()
                failures = self._failed(exc, 0 if len(data) > before else failures)
        if sha256_hex(bytes(data)) != sha256:
            raise BlobDamaged(sha256=sha256)
        return bytes(data)

    def _failed(self, exc: SyncError, failures: int, refused_ok: tuple[int, ...] = ()) -> int:
        """Count a failure and wait before the next try, or raise it (not retryable, or too many)."""
        if not exc.retryable and not (isinstance(exc, RequestRefused) and exc.params.get("status") in refused_ok):
            raise exc
        failures += 1
        if failures >= self.attempts:
            raise exc
        delay = self.backoff.delay(failures - 1)
        log.info("sync: blob transfer: %s; retry %d in %.1f s", exc.text(), failures, delay)
        self.sleep(delay)
        return failures

    def _start(self, sha256: str, size: int) -> Held:
        return self._held(self.transport.post(f"/v1/blobs/{sha256}/upload", {"size": size}, self.credential))

    def _put(self, sha256: str, offset: int, chunk: bytes) -> Held:
        return self._held(self.transport.put_bytes(f"/v1/blobs/{sha256}/upload", chunk, {"offset": offset},
                                                   self.credential))

    def _held(self, body: Any) -> Held:
        offset = body.get("offset") if isinstance(body, dict) else None
        complete = body.get("complete") if isinstance(body, dict) else None
        if not isinstance(offset, int) or isinstance(offset, bool) or not isinstance(complete, bool):
            raise BadResponse(url=self.transport.base_url)
        return Held(offset, complete)


def fetch(transport: Transport, credential: Credential, sha256: str) -> bytes:
    """A blob from the server, resumed after cuts and verified against its name (for the scopes that
    bring photos and prints)."""
    return BlobTransfer(transport, credential).fetch(sha256)


# --- the client's side of the cycle: which blobs the outbox needs, and their upload ----------------------

def local_bytes(session: Session, sha256: str) -> bytes | None:
    for data, name in SOURCES:
        found = session.scalars(select(data).where(name == sha256).limit(1)).first()
        if found is not None:
            return bytes(found)
    return None


def _local_size(session: Session, sha256: str) -> int | None:
    for data, name in SOURCES:
        size = session.scalars(select(func.length(data)).where(name == sha256).limit(1)).first()
        if size is not None:
            return int(size)
    return None


def note_references(db: Database) -> int:
    """Add a pending upload for every blob a pending operation names and the table does not know yet;
    how many were added."""
    with db.write() as s:
        known = set(s.scalars(select(BlobUpload.sha256)))
        added = 0
        for payload in s.scalars(select(OutboxOp.payload).where(OutboxOp.state == PENDING)):
            for name in blob_refs(payload):
                if name in known:
                    continue
                known.add(name)
                size = _local_size(s, name)
                s.add(BlobUpload(sha256=name, size=size or 0, offset=0, state=PENDING if size else MISSING,
                                 reason=None if size else "no file with this SHA-256 on this PC",
                                 updated_at=now_utc()))
                added += 1
        return added


def _set(db: Database, sha256: str, **values: object) -> None:
    with db.write() as s:
        row = s.get(BlobUpload, sha256)
        assert row is not None
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = now_utc()


def _record_offset(db: Database, sha256: str, offset: int) -> None:
    _set(db, sha256, offset=offset)


def upload_pending(db: Database, transfer: BlobTransfer) -> int:
    """Upload every pending blob (oldest first); how many completed. A link failure raises (the cycle
    stops, the offsets reached stay recorded); a blob the server refuses is marked and the rest go on."""
    note_references(db)
    with db.read() as s:
        names = list(s.scalars(select(BlobUpload.sha256).where(BlobUpload.state == PENDING)
                               .order_by(BlobUpload.updated_at, BlobUpload.sha256)))
    uploaded = 0
    for name in names:
        with db.read() as s:
            data = local_bytes(s, name)
        if data is None or sha256_hex(data) != name:
            _set(db, name, state=MISSING, reason="the file on this PC is gone or does not match its SHA-256")
            log.warning("sync: blob %s cannot be uploaded: the local copy is missing or damaged", name)
            continue
        try:
            transfer.upload(name, data, progress=partial(_record_offset, db, name))
        except RequestRefused as exc:  # this blob's own problem (too large, say): the others go on
            _set(db, name, state=REFUSED, reason=exc.text())
            log.warning("sync: blob %s refused by the server: %s", name, exc.text())
            continue
        _set(db, name, state=DONE, offset=len(data), reason=None)
        uploaded += 1
    return uploaded


def pending_blobs(db: Database) -> int:
    """Files still to upload (for the status: "2 files pending")."""
    with db.read() as s:
        return int(s.scalar(select(func.count()).where(BlobUpload.state == PENDING)) or 0)

"""The server's own tables (not the station replica's models).

The schema is created on start (``create_all``) and stamped with ``SCHEMA_VERSION``; a database
stamped with another version is refused rather than guessed at. Migrations (Alembic, as the client
uses) come with the first change to a released schema.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.storage.types import UTCDateTime

SCHEMA_VERSION = "4"  # 2: the pull feed (feed position, transaction, district; feed_head); 3: blobs, device
# keys, shared records (person_head), FIR numbers taken (fir_number); 4: document-signing keys (station_key)
NATIONAL = "NATIONAL"  # the station of the server's own operations (wanted list, conflict items)


class ServerBase(DeclarativeBase):
    pass


class ServerSetting(ServerBase):
    """schema_version, and the countersigning key (see countersign.py)."""

    __tablename__ = "server_setting"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EnrollmentCode(ServerBase):
    """A one-time code an admin hands to a station; only its hash is kept."""

    __tablename__ = "enrollment_code"
    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    station: Mapped[str] = mapped_column(String(24))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))


class Device(ServerBase):
    """An enrolled station PC. The credential is a random token; only its SHA-256 is kept."""

    __tablename__ = "device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station: Mapped[str] = mapped_column(String(24), index=True)
    name: Mapped[str] = mapped_column(String(80), default="")
    credential_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    public_key: Mapped[str] = mapped_column(String(64), default="")  # Ed25519, hex: every request is signed
    # The device's newest push session (a UUIDv7 per client sync cycle): an older one is stale (sessions.py).
    push_session: Mapped[str | None] = mapped_column(String(36))


class UsedNonce(ServerBase):
    """The nonce of each signed request, kept while its time is within the window: a replay is refused."""

    __tablename__ = "used_nonce"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(32), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class ChainHead(ServerBase):
    """The last accepted link of each station register's hash chain."""

    __tablename__ = "chain_head"
    station: Mapped[str] = mapped_column(String(24), primary_key=True)
    register: Mapped[str] = mapped_column(String(16), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))


class AcceptedOp(ServerBase):
    """An accepted operation and the result it got: a replay of the same id gets this result back."""

    __tablename__ = "accepted_op"
    # One link per chain position: a second writer of the same position fails here, not silently.
    __table_args__ = (UniqueConstraint("station", "register", "position"),
                      Index("ix_accepted_op_station_feed", "station", "feed_position"),
                      Index("ix_accepted_op_district_feed", "district", "register", "feed_position"),
                      Index("ix_accepted_op_entity", "entity", "entity_uid"))
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("device.id"))
    station: Mapped[str] = mapped_column(String(24))
    entity: Mapped[str] = mapped_column(String(24))
    entity_uid: Mapped[str] = mapped_column(String(80))
    op: Mapped[str] = mapped_column(String(16))
    register: Mapped[str | None] = mapped_column(String(16))  # None: an operation outside any chain
    position: Mapped[int | None] = mapped_column(Integer)
    entry_hash: Mapped[str] = mapped_column(String(64))  # the link's hash, or the body's for unchained ops
    body_sha256: Mapped[str] = mapped_column(String(64))
    body: Mapped[dict[str, object]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    signature: Mapped[str] = mapped_column(String(64))
    # The pull feed (server/feed.py): a position in commit order, given at the end of the push transaction;
    # ``feed_txn`` is the first position of that transaction, so a page can end only between transactions.
    feed_position: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    feed_txn: Mapped[int | None] = mapped_column(BigInteger)
    district: Mapped[str | None] = mapped_column(String(24))  # the station's, for the district watchlist


class FeedHead(ServerBase):
    """The one row holding the last feed position given: locked by each push transaction (feed.py)."""

    __tablename__ = "feed_head"
    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(BigInteger, default=0)


class Alarm(ServerBase):
    """Something an operator must look at: an operation id reused with another body, a chain break."""

    __tablename__ = "alarm"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(24))
    device_id: Mapped[str] = mapped_column(String(36))
    op_id: Mapped[str] = mapped_column(String(36))
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class Blob(ServerBase):
    """A content-addressed file (fingerprint image, template, photo), named by the SHA-256 of its bytes.
    ``received`` bytes are held, in order, as chunks; the blob is present once ``completed_at`` is set,
    which happens only after its bytes hashed to its name (server/blob_store.py says why in the database)."""

    __tablename__ = "blob"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    device_id: Mapped[str] = mapped_column(String(36))  # the device that started the upload


class BlobChunk(ServerBase):
    """Bytes ``offset`` to ``offset + length`` of a blob, as one upload request brought them."""

    __tablename__ = "blob_chunk"
    sha256: Mapped[str] = mapped_column(ForeignKey("blob.sha256", ondelete="CASCADE"), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    length: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class FirNumber(ServerBase):
    """An FIR number (serial/year) of a station, taken by its accepted original entry: a second entry with
    the number (two PCs writing one register, a reinstall that did not restore its counter) is refused."""

    __tablename__ = "fir_number"
    station: Mapped[str] = mapped_column(String(24), primary_key=True)
    number: Mapped[str] = mapped_column(String(24), primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36))
    entity_uid: Mapped[str] = mapped_column(String(80))


class PersonHead(ServerBase):
    """A shared person record: its custodian (the station that created it) and the last amendment or
    resolution accepted, which a new amendment must name as its base or be a conflict (server/shared.py)."""

    __tablename__ = "person_head"
    person_uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    custodian: Mapped[str] = mapped_column(String(24))
    last_uid: Mapped[str | None] = mapped_column(String(36))


class StationKey(ServerBase):
    """A station's document-signing public key, sent by a device of that station; published in the trust
    list (server/document_keys.py) and, once revoked, listed as revoked for good."""

    __tablename__ = "station_key"
    kid: Mapped[str] = mapped_column(String(16), primary_key=True)
    station: Mapped[str] = mapped_column(String(24), index=True)
    public_key: Mapped[str] = mapped_column(String(64))  # base64url of the raw 32 bytes
    device_id: Mapped[str] = mapped_column(String(36))  # the device that sent it
    published_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    revoke_reason: Mapped[str] = mapped_column(String(500), default="")

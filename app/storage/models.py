"""SQLAlchemy models of the station replica.

Local rows have integer keys (fast paging and FTS joins); anything that syncs
also has ``uid``, a UUIDv7 that is the same on every replica. Legal register
rows are never updated or deleted: corrections are new rows (``corrects_id``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from app.storage.types import UTCDateTime


class Base(DeclarativeBase):
    pass


# --- reference data -------------------------------------------------------


class Province(Base):
    __tablename__ = "province"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    cnic_digit: Mapped[int | None]
    name_en: Mapped[str] = mapped_column(String(80))
    name_ur: Mapped[str] = mapped_column(String(80))


class District(Base):
    __tablename__ = "district"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    province_id: Mapped[int] = mapped_column(ForeignKey("province.id"))
    division_en: Mapped[str] = mapped_column(String(80), default="")
    name_en: Mapped[str] = mapped_column(String(80))
    name_ur: Mapped[str] = mapped_column(String(80))
    province: Mapped[Province] = relationship()


class PoliceStation(Base):
    __tablename__ = "police_station"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(24), unique=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"))
    name_en: Mapped[str] = mapped_column(String(80))
    name_ur: Mapped[str] = mapped_column(String(80))
    district: Mapped[District] = relationship()


class Law(Base):
    __tablename__ = "law"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_en: Mapped[str] = mapped_column(String(160))
    name_ur: Mapped[str] = mapped_column(String(160))
    short_en: Mapped[str] = mapped_column(String(24))
    short_ur: Mapped[str] = mapped_column(String(24))


class OffenceSection(Base):
    __tablename__ = "offence_section"
    __table_args__ = (UniqueConstraint("law_id", "section"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    law_id: Mapped[int] = mapped_column(ForeignKey("law.id"))
    section: Mapped[str] = mapped_column(String(24))
    title_en: Mapped[str] = mapped_column(String(200))
    title_ur: Mapped[str] = mapped_column(String(200))
    cognizable: Mapped[bool] = mapped_column(Boolean)
    bailable: Mapped[bool] = mapped_column(Boolean)
    law: Mapped[Law] = relationship()


# --- people and users -----------------------------------------------------


class Person(Base):
    """The person master index: one person, one record, reused everywhere."""

    __tablename__ = "person"
    __table_args__ = (
        Index("ix_person_cnic", "cnic", unique=True, sqlite_where=text("cnic IS NOT NULL")),
        Index("ix_person_names", "name_en", "relative_name_en"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    cnic: Mapped[str | None] = mapped_column(String(15))
    nicop: Mapped[str | None] = mapped_column(String(15))
    passport: Mapped[str | None] = mapped_column(String(20))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    name_ur: Mapped[str] = mapped_column(String(100), default="")
    relation: Mapped[str] = mapped_column(String(3), default="")  # s/o, d/o, w/o
    relative_name_en: Mapped[str] = mapped_column(String(100), default="")
    relative_name_ur: Mapped[str] = mapped_column(String(100), default="")
    caste: Mapped[str] = mapped_column(String(40), default="")
    gender: Mapped[str] = mapped_column(String(1), default="")  # M, F, X
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    age_years: Mapped[int | None]
    address: Mapped[str] = mapped_column(Text, default="")
    phones: Mapped[list[str]] = mapped_column(JSON, default=list)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class User(Base):
    """A station account. ``uid`` lets accounts later arrive from the national HR system."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name: Mapped[str] = mapped_column(String(100))
    full_name_ur: Mapped[str] = mapped_column(String(100), default="")
    rank: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[str] = mapped_column(String(24))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("police_station.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # "local" (made at this station) or "hr" (arrived from the national HR system by sync).
    source: Mapped[str] = mapped_column(String(8), default="local")
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class PasswordHistory(Base):
    """Earlier password hashes of a user, so the last five are never used again."""

    __tablename__ = "password_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- Register No. I: FIR --------------------------------------------------


class Fir(Base):
    """One entry of Register No. I. An original takes a number; a correction or
    cancellation is a new row with the same number that names what it corrects."""

    __tablename__ = "fir"
    __table_args__ = (
        Index(
            "ux_fir_number",
            "station_id",
            "year",
            "serial",
            unique=True,
            sqlite_where=text("corrects_id IS NULL"),
        ),
        Index("ix_fir_root", "root_id"),
        Index("ix_fir_reported", "reported_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    year: Mapped[int]
    serial: Mapped[int]
    kind: Mapped[str] = mapped_column(String(12), default="original")  # original/correction/cancellation
    root_id: Mapped[int | None] = mapped_column(ForeignKey("fir.id"))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("fir.id"))
    reason: Mapped[str] = mapped_column(Text, default="")  # why corrected or cancelled
    occurred_from: Mapped[datetime] = mapped_column(UTCDateTime)
    occurred_to: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(Text)
    distance_km: Mapped[float | None] = mapped_column(Float)
    direction: Mapped[str] = mapped_column(String(4), default="")
    complainant_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    property_taken: Mapped[str] = mapped_column(Text, default="")
    first_information: Mapped[str] = mapped_column(Text)
    delay_explanation: Mapped[str] = mapped_column(Text, default="")
    despatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recording_officer_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    investigating_officer_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(20), default="under_investigation")
    diary_ref: Mapped[str] = mapped_column(String(40), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    complainant: Mapped[Person] = relationship(foreign_keys=[complainant_id])
    recording_officer: Mapped[User] = relationship(foreign_keys=[recording_officer_id])
    investigating_officer: Mapped[User | None] = relationship(foreign_keys=[investigating_officer_id])
    sections: Mapped[list[FirSection]] = relationship(order_by="FirSection.position")
    accused: Mapped[list[FirAccused]] = relationship(order_by="FirAccused.position")


class FirSection(Base):
    __tablename__ = "fir_section"
    fir_id: Mapped[int] = mapped_column(ForeignKey("fir.id"), primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("offence_section.id"), primary_key=True)
    position: Mapped[int]
    section: Mapped[OffenceSection] = relationship()


class FirAccused(Base):
    __tablename__ = "fir_accused"
    fir_id: Mapped[int] = mapped_column(ForeignKey("fir.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    description: Mapped[str] = mapped_column(Text, default="")  # for unknown accused
    person: Mapped[Person | None] = relationship()


class FirHead(Base):
    """Index of each FIR number's latest entry, so the register list is one join.

    Derived from ``fir``; never a legal record."""

    __tablename__ = "fir_head"
    __table_args__ = (Index("ix_fir_head_station", "station_id", "root_id"),)
    root_id: Mapped[int] = mapped_column(ForeignKey("fir.id"), primary_key=True)
    head_id: Mapped[int] = mapped_column(ForeignKey("fir.id"))
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))


# --- Register No. II: daily diary ------------------------------------------


class DiaryEntry(Base):
    __tablename__ = "diary_entry"
    __table_args__ = (UniqueConstraint("station_id", "diary_date", "entry_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    diary_date: Mapped[date] = mapped_column(Date)
    entry_no: Mapped[int]
    written_at: Mapped[datetime] = mapped_column(UTCDateTime)
    info_received_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    category: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(Text)
    officer_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    fir_id: Mapped[int | None] = mapped_column(ForeignKey("fir.id"))
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("diary_entry.id"))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    officer: Mapped[User] = relationship()
    fir: Mapped[Fir | None] = relationship()
    persons: Mapped[list[DiaryPerson]] = relationship()


class DiaryPerson(Base):
    __tablename__ = "diary_person"
    entry_id: Mapped[int] = mapped_column(ForeignKey("diary_entry.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), primary_key=True)
    person: Mapped[Person] = relationship()


class DiaryDayClose(Base):
    __tablename__ = "diary_day_close"
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"), primary_key=True)
    diary_date: Mapped[date] = mapped_column(Date, primary_key=True)
    entry_count: Mapped[int]
    head_hash: Mapped[str] = mapped_column(String(64))
    closed_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)


# --- CRO fingerprint records and identification checks --------------------


class CroRecord(Base):
    """A person's prints on record at this station, with why they are on record (append-only)."""

    __tablename__ = "cro_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    category: Mapped[str] = mapped_column(String(16))  # criminal_record, wanted, proclaimed_offender
    reason: Mapped[str] = mapped_column(Text)
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)  # JPEG, re-encoded on the way in
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    enrolled_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship()
    enrolled_by: Mapped[User] = relationship()
    impressions: Mapped[list[FingerImpression]] = relationship(
        order_by="(FingerImpression.finger, FingerImpression.impression)")


class FingerImpression(Base):
    """One accepted impression: the 500 dpi image (kept for re-extraction) and its ISO template."""

    __tablename__ = "finger_impression"
    __table_args__ = (UniqueConstraint("record_id", "finger", "impression"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("cro_record.id"))
    finger: Mapped[int]  # ISO finger position: 1 right thumb .. 10 left little
    impression: Mapped[int]
    quality: Mapped[int]
    image: Mapped[bytes] = mapped_column(LargeBinary)  # PNG, 8-bit grey, 500 dpi
    image_sha256: Mapped[str] = mapped_column(String(64))
    template: Mapped[bytes] = mapped_column(LargeBinary)  # ISO/IEC 19794-2:2005
    template_sha256: Mapped[str] = mapped_column(String(64))


class FingerTemplate(Base):
    """The 1:N index's row for one enrolled finger (derived data, never a legal record)."""

    __tablename__ = "finger_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("cro_record.id"), index=True)
    impression_id: Mapped[int] = mapped_column(ForeignKey("finger_impression.id"))
    packed: Mapped[bytes] = mapped_column(LargeBinary)


class CroWithdrawal(Base):
    """A record taken off the watch (cleared, acquitted, arrested elsewhere): the record itself stays."""

    __tablename__ = "cro_withdrawal"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("cro_record.id"), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    reason: Mapped[str] = mapped_column(Text)
    withdrawn_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    withdrawn_at: Mapped[datetime] = mapped_column(UTCDateTime)

    record: Mapped[CroRecord] = relationship()
    withdrawn_by: Mapped[User] = relationship()


class IdentificationCheck(Base):
    """One 1:N check: who ran it, when, where, and what it answered. No fingerprint data is kept."""

    __tablename__ = "identification_check"
    __table_args__ = (Index("ix_identification_check_at", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    officer_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    place: Mapped[str] = mapped_column(String(120))
    purpose: Mapped[str] = mapped_column(String(16))  # check_post, counter
    outcome: Mapped[str] = mapped_column(String(8))  # red, yellow, green
    probe_quality: Mapped[int]
    candidates: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)  # record uid, finger, score
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    officer: Mapped[User] = relationship()


# --- integrity, audit, outbox, settings ------------------------------------


class ChainLink(Base):
    """One link of a register's SHA-256 hash chain (per station per register)."""

    __tablename__ = "chain_link"
    register: Mapped[str] = mapped_column(String(16), primary_key=True)
    station_id: Mapped[int] = mapped_column(Integer, primary_key=True)  # 0 for station-less chains
    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    record_id: Mapped[int]
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditRecord(Base):
    __tablename__ = "audit_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    username: Mapped[str] = mapped_column(String(40))
    workstation: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(80), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="ok")
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


class OutboxOp(Base):
    """An operation waiting for the sync engine; ``uid`` is its idempotency key."""

    __tablename__ = "outbox_op"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    entity: Mapped[str] = mapped_column(String(24))
    entity_uid: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    # pending (not sent, or blocked behind a rejected op of its chain) -> done (accepted or duplicate),
    # rejected or conflict (a problem, with the server's reason): see sync/state.py
    state: Mapped[str] = mapped_column(String(12), default="pending")
    sync_result: Mapped[str | None] = mapped_column(String(12))  # the server's last answer
    sync_reason: Mapped[str | None] = mapped_column(Text)  # its reason (rejected, conflict, blocked)
    server_position: Mapped[int | None]  # of an accepted register entry in its chain
    server_received_at: Mapped[str | None] = mapped_column(String(40))
    server_signature: Mapped[str | None] = mapped_column(String(128))  # the server's countersignature
    feed_position: Mapped[int | None]  # where the pull feed gave it back (sync/pull.py): own ops are not copied

    __table_args__ = (Index("ix_outbox_op_state", "state", "id"),)


class BlobUpload(Base):
    """A file named by a queued operation (``..._sha256``) and its upload to the national server (sync/blobs.py):
    pending (``offset`` is what the server last said it holds), done, or a problem with its ``reason``."""

    __tablename__ = "blob_upload"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    offset: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending, done, missing, refused
    reason: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


# --- pulled from the national server (sync/pull.py writes these; nothing else does) ---------------------

class SyncCursor(Base):
    """How far this replica has pulled a scope (``station:CODE``, ``district:CODE``, ``users:CODE``):
    advanced in the same transaction as the rows of the page it covers."""

    __tablename__ = "sync_cursor"
    scope: Mapped[str] = mapped_column(String(64), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    pulled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    drift: Mapped[str | None] = mapped_column(Text)  # why the last digest check disagreed, or None


class WatchlistFir(Base):
    """An FIR register entry of a station of this district, as the district watchlist brought it.

    Read-only: not the station's own FIR register, which only the station writes. The columns are what
    the entry's payload says, for lists and search; the payload is kept whole (digest checks compare them)."""

    __tablename__ = "watchlist_fir"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # the server's feed position
    op_uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_code: Mapped[str] = mapped_column(String(24))
    record_uid: Mapped[str] = mapped_column(String(80), index=True)
    number: Mapped[str] = mapped_column(String(24), default="")  # serial/year
    year: Mapped[int | None]
    kind: Mapped[str] = mapped_column(String(16), default="")  # original, correction, cancellation
    reported_at: Mapped[str | None] = mapped_column(String(40))
    sections: Mapped[str] = mapped_column(Text, default="")
    complainant: Mapped[str] = mapped_column(Text, default="")
    accused: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    entry_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, object]] = mapped_column(JSON)

    __table_args__ = (Index("ix_watchlist_fir_number", "station_code", "year", "number"),)


class StationFeedOp(Base):
    """An operation of this station as its station scope brought it back. ``body`` is None when the entry
    is already in this replica's registers (recognised by operation or record uid: nothing is copied);
    otherwise it is kept whole, to restore from (another PC of the station, a rebuilt replica)."""

    __tablename__ = "station_feed_op"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    op_uid: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(24))
    entity_uid: Mapped[str] = mapped_column(String(80))
    entry_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[str] = mapped_column(String(40))
    body: Mapped[dict[str, object] | None] = mapped_column(JSON(none_as_null=True))  # SQL NULL, not JSON null


# --- Khidmat Markaz counter (app/counter) ----------------------------------------------------------


class CounterToken(Base):
    """A queue token, numbered per station, per Pakistan day, per service. Not a legal record: its status
    changes (waiting, called, skipped, served) and each change is audited."""

    __tablename__ = "counter_token"
    __table_args__ = (
        UniqueConstraint("station_id", "day", "service_code", "number"),
        Index("ix_counter_token_queue", "station_id", "day", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    day: Mapped[date] = mapped_column(Date)
    service_code: Mapped[str] = mapped_column(String(40))
    number: Mapped[int]
    label: Mapped[str] = mapped_column(String(12))  # what the screen shows and is called out: "CC-007"
    status: Mapped[str] = mapped_column(String(10), default="waiting")
    counter_no: Mapped[int | None]
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    calls: Mapped[int] = mapped_column(Integer, default=0)


class CounterTokenEvent(Base):
    """One change of a queue token (issued, called, recalled, skipped, served), hash-chained (register
    ``token_event``): append-only. The token's own row caches the latest status."""

    __tablename__ = "counter_token_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    token_id: Mapped[int] = mapped_column(ForeignKey("counter_token.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    action: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10))
    counter_no: Mapped[int | None]
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    token: Mapped[CounterToken] = relationship()
    by: Mapped[User] = relationship()


class CounterApplication(Base):
    """An application received at the counter. What was received is hash-chained (register
    ``application``); ``status`` only caches the latest of its chained status events."""

    __tablename__ = "counter_application"
    __table_args__ = (Index("ix_counter_application_status", "station_id", "status", "due_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    tracking_no: Mapped[str] = mapped_column(String(48), unique=True)
    day_seq: Mapped[int]
    service_code: Mapped[str] = mapped_column(String(40))
    applicant_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    agent_name: Mapped[str] = mapped_column(String(100), default="")
    agent_cnic: Mapped[str] = mapped_column(String(15), default="")
    agent_relation: Mapped[str] = mapped_column(String(16), default="")
    values: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    documents: Mapped[list[int]] = mapped_column(JSON, default=list)  # catalogue indices of the documents seen
    fee_pkr: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str] = mapped_column(String(2), default="ur")  # of the SMS notices
    mobile: Mapped[str] = mapped_column(String(12), default="")
    token_id: Mapped[int | None] = mapped_column(ForeignKey("counter_token.id"))
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(20), default="received")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    applicant: Mapped[Person] = relationship()
    received_by: Mapped[User] = relationship()
    events: Mapped[list[ApplicationEvent]] = relationship(order_by="ApplicationEvent.id",
                                                          back_populates="application")


class ApplicationEvent(Base):
    """One step of an application's status timeline (register ``app_event``): append-only."""

    __tablename__ = "application_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("counter_application.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    status: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    rating: Mapped[int | None]  # the applicant's feedback at hand-over, 1 to 5

    application: Mapped[CounterApplication] = relationship(back_populates="events")
    by: Mapped[User] = relationship()


class ApplicationFinding(Base):
    """What one record check found for an application (register ``app_finding``): append-only. A hit names
    the record that matched; a fingerprint finding names the identification check it came from."""

    __tablename__ = "application_finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("counter_application.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    source: Mapped[str] = mapped_column(String(40))
    hit: Mapped[bool] = mapped_column(Boolean)
    text_en: Mapped[str] = mapped_column(Text)
    text_ur: Mapped[str] = mapped_column(Text)
    record_uid: Mapped[str] = mapped_column(String(80), default="")
    check_uid: Mapped[str] = mapped_column(String(36), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    application: Mapped[CounterApplication] = relationship()
    by: Mapped[User] = relationship()


class IssuedDocument(Base):
    """A signed document issued for an application (register ``issued_doc``): one per application, its
    number unique at the station; the printed lines are kept so a reprint is the same document."""

    __tablename__ = "issued_document"
    __table_args__ = (UniqueConstraint("station_id", "year", "seq"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("counter_application.id"), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    kind: Mapped[str] = mapped_column(String(40))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    year: Mapped[int]
    seq: Mapped[int]
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    payload: Mapped[str] = mapped_column(Text)  # the signed QR payload
    lines: Mapped[list[list[str]]] = mapped_column(JSON)  # [label_en, value_en, label_ur, value_ur] each
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))

    application: Mapped[CounterApplication] = relationship()
    by: Mapped[User] = relationship()


class SharedOp(Base):
    """An operation another device made, as a shared scope (``users:``, ``persons:``, ``wanted:``) brought
    it: kept whole, so the scope's digest is recomputed from what this replica holds; the tables below
    (and the station's accounts and persons) are what this replica makes of it."""

    __tablename__ = "shared_op"
    position: Mapped[int] = mapped_column(Integer, primary_key=True)  # the server's feed position
    op_uid: Mapped[str] = mapped_column(String(36), unique=True)
    scope: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(24))
    entity_uid: Mapped[str] = mapped_column(String(80))
    entry_hash: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[str] = mapped_column(String(40))
    body: Mapped[dict[str, object]] = mapped_column(JSON)


class WantedPerson(Base):
    """An entry of the national wanted list (read-only: the national server publishes and withdraws it).
    The photo is named by SHA-256 (a blob); each finger carries a small ISO template or its SHA-256."""

    __tablename__ = "wanted_person"
    uid: Mapped[str] = mapped_column(String(80), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)  # of its last operation
    source: Mapped[str] = mapped_column(String(24))  # "national" or the station that enrolled the record
    category: Mapped[str] = mapped_column(String(24))  # wanted, proclaimed_offender
    name_en: Mapped[str] = mapped_column(String(100), default="")
    name_ur: Mapped[str] = mapped_column(String(100), default="")
    relative_name_en: Mapped[str] = mapped_column(String(100), default="")
    cnic: Mapped[str] = mapped_column(String(15), default="", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    photo_sha256: Mapped[str | None] = mapped_column(String(64))
    fingers: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    search_text: Mapped[str] = mapped_column(Text, default="")
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)


class PersonAmendment(Base):
    """An entry of a shared person record's history (append-only): an amendment by any station, the
    server's conflict item when two were made without seeing each other, the custodian's resolution."""

    __tablename__ = "person_amendment"
    id: Mapped[int] = mapped_column(primary_key=True)  # local order: the last one is a new amendment's base
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # amend, conflict, resolve
    person_uid: Mapped[str] = mapped_column(String(80), index=True)
    station_code: Mapped[str] = mapped_column(String(24))  # the author (the custodian, for a conflict)
    base: Mapped[str | None] = mapped_column(String(36))
    changes: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    refers: Mapped[list[str]] = mapped_column(JSON, default=list)  # a conflict's amendments, a resolution's conflict
    created_at: Mapped[str] = mapped_column(String(40))


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class StolenVehicle(Base):
    """An entry of the stolen-vehicle list the district/national system sends: replaced whole by each
    import (recovered vehicles drop off the next list). The station's own theft FIRs are read from the FIR
    register at check time, not copied here. Identifiers are kept normalised (``app.counter.vehicles``)."""

    __tablename__ = "stolen_vehicle"
    id: Mapped[int] = mapped_column(primary_key=True)
    registration: Mapped[str] = mapped_column(String(16), default="", index=True)  # canonical, e.g. LEA-12-1234
    plate_base: Mapped[str] = mapped_column(String(16), default="", index=True)  # without the year group
    chassis: Mapped[str] = mapped_column(String(25), default="", index=True)
    engine: Mapped[str] = mapped_column(String(25), default="", index=True)
    description: Mapped[str] = mapped_column(String(120), default="")
    reference: Mapped[str] = mapped_column(String(60))  # the FIR or theft report, e.g. "FIR 412/2026"
    reported_on: Mapped[date] = mapped_column(Date)
    station: Mapped[str] = mapped_column(String(80))  # where it was reported
    list_date: Mapped[date] = mapped_column(Date)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)


class Complaint(Base):
    """A front-desk complaint (CMS, domain brief 3.11). What was received is hash-chained (register
    ``complaint``); ``status``, ``assigned_to_id``, ``level`` and ``fir_id`` only cache the latest of its
    chained events (register ``complaint_event``)."""

    __tablename__ = "complaint"
    __table_args__ = (Index("ix_complaint_open", "station_id", "status", "due_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    etag_no: Mapped[str] = mapped_column(String(48), unique=True)
    day_seq: Mapped[int]
    channel: Mapped[str] = mapped_column(String(12))  # walk_in, online, helpline (8787)
    category: Mapped[str] = mapped_column(String(40))
    complainant_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    place: Mapped[str] = mapped_column(String(200), default="")
    occurred_on: Mapped[date | None] = mapped_column(Date)
    mobile: Mapped[str] = mapped_column(String(12), default="")
    language: Mapped[str] = mapped_column(String(2), default="ur")  # of the SMS notices
    application_id: Mapped[int | None] = mapped_column(ForeignKey("counter_application.id"), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    received_by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    status: Mapped[str] = mapped_column(String(20), default="received")
    assigned_to_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    level: Mapped[int] = mapped_column(Integer, default=0)  # escalation: 0 none, 1 SHO, 2 DPO
    fir_id: Mapped[int | None] = mapped_column(ForeignKey("fir.id"), unique=True)  # the FIR's first entry
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)

    complainant: Mapped[Person] = relationship()
    received_by: Mapped[User] = relationship(foreign_keys=[received_by_id])
    assigned_to: Mapped[User | None] = relationship(foreign_keys=[assigned_to_id])
    application: Mapped[CounterApplication | None] = relationship()
    fir: Mapped[Fir | None] = relationship()
    events: Mapped[list[ComplaintEvent]] = relationship(order_by="ComplaintEvent.id", back_populates="complaint")


class ComplaintEvent(Base):
    """One step of a complaint's history (register ``complaint_event``): append-only."""

    __tablename__ = "complaint_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaint.id"), index=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("police_station.id"))
    kind: Mapped[str] = mapped_column(String(20))  # received, assigned, progress, escalated, converted, closed
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    level: Mapped[int | None]
    fir_uid: Mapped[str | None] = mapped_column(String(36))

    complaint: Mapped[Complaint] = relationship(back_populates="events")
    by: Mapped[User] = relationship(foreign_keys=[by_id])
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id])

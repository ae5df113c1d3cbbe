"""Time: instants are stored in UTC and shown in Pakistan time (PKT, UTC+5, no DST)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

PKT = ZoneInfo("Asia/Karachi")


def now_utc() -> datetime:
    return datetime.now(UTC)


def to_pkt(instant: datetime) -> datetime:
    return instant.astimezone(PKT)


def pkt_date(instant: datetime) -> date:
    """The calendar date in Pakistan of an instant: FIR years and diary days follow it."""
    return to_pkt(instant).date()


def iso_utc(instant: datetime) -> str:
    """Canonical text of an instant for hashing and sync: UTC, seconds, 'Z'."""
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def format_pkt(instant: datetime | None) -> str:
    return "" if instant is None else to_pkt(instant).strftime("%d-%m-%Y %H:%M")

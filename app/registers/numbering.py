"""Numbering a new install restored from the national server (scenario 29).

A reinstalled PC, or a second PC of a station, starts with empty registers: its first FIR would take a
number the station already gave, and its chains would start again at the first link. Enrollment marks
such an install (the station already has entries at the server); until its first sync restores the
numbering (sync/restore.py: the highest FIR number of each year, the head of each register's chain),
no FIR may be registered on it."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import ConflictError
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.models import Setting

RESTORE_PENDING = "sync_restore_pending"


class RestoreNeeded(ConflictError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "This PC must first restore the station's numbering from the national server: press Sync now "
                "(or run thana sync restore), then register the FIR.")


def floor_key(station_id: int, year: int) -> str:
    return f"fir_floor:{station_id}:{year}"


def fir_floor(session: Session, station_id: int, year: int) -> int:
    """The highest FIR serial of the year the station gave before this install (0 if none known)."""
    row = session.get(Setting, floor_key(station_id, year))
    return int(row.value) if row else 0


def require_restored(session: Session) -> None:
    if session.get(Setting, RESTORE_PENDING) is not None:
        raise RestoreNeeded()

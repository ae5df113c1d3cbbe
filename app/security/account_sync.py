"""A station's accounts on its other PCs: what is replicated, and how a pulled account is applied.

Replicated (scope ``users:<station>``, which the server gives only to the station's own devices): the
account's uid, user name, names, rank, role, station, whether it is active, and the argon2id hash of its
password with the time it was set, so a user made on one PC of the station can log in offline on another.
Why the hash may travel: it is salted and memory-hard (app/security/passwords.py), it goes only to the
devices of the station whose users it is, over the device's authenticated link, and every replica keeps
it in its encrypted database; the national server must hold it anyway to give it to a new PC. Never
replicated: the plaintext (never stored), the password history, failed-login counts and lockouts (each
PC counts its own attempts), and accounts not posted to a station (install-level accounts).
Another station's accounts, or a district's, never come: the server's scopes refuse them."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import iso_utc, now_utc
from app.registers import outbox
from app.storage.models import PoliceStation, User

log = logging.getLogger(__name__)
ENTITY = "user"
FIELDS = ("username", "full_name", "full_name_ur", "rank", "role", "password_hash", "active")


def publish(session: Session, user: User) -> None:
    """Queue the account as it now is (call in the transaction that changed it)."""
    if user.station_id is None:
        return
    station = session.get(PoliceStation, user.station_id)
    content: dict[str, object] = {name: getattr(user, name) for name in FIELDS}
    content.update(uid=user.uid, station=station.code if station else None,
                   password_changed_at=iso_utc(user.password_changed_at) if user.password_changed_at else None)
    outbox.enqueue(session, ENTITY, user.uid, "upsert", content)


def apply_account(session: Session, payload: dict[str, Any], station_code: str) -> bool:
    """An account another PC of this station published: added, or brought up to date; True if it changed
    anything. An account of another station, or one whose user name this PC already gives to another
    account, is left alone (and logged: an administrator renames one of them)."""
    station_id = session.scalar(select(PoliceStation.id).where(PoliceStation.code == station_code))
    if payload.get("station") != station_code or station_id is None or not all(
            isinstance(payload.get(name), str) for name in ("uid", "username", "role", "password_hash")):
        return False
    user = session.scalars(select(User).where(User.uid == payload["uid"])).first()
    clash = session.scalars(select(User.id).where(User.username == payload["username"],
                                                  User.uid != payload["uid"])).first()
    if clash is not None:
        log.warning("sync: the account %s of another PC is not applied: this PC has another account named %s",
                    payload["uid"], payload["username"])
        return False
    changed = datetime.fromisoformat(payload["password_changed_at"]) if payload.get("password_changed_at") else None
    if user is None:
        user = User(uid=payload["uid"], station_id=station_id, created_at=changed or now_utc(),
                    source="local")
        session.add(user)
    for name in FIELDS:
        if payload.get(name) is not None:
            setattr(user, name, payload[name])
    user.station_id, user.password_changed_at = station_id, changed
    return True

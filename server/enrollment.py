"""Devices: one-time enrollment codes, enrollment, authentication and revocation."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.ids import uuid7
from server import credentials
from server.errors import ServerError
from server.schema import NATIONAL, Device, EnrollmentCode
from server.stations import station_codes

CODE_LIFETIME = timedelta(hours=24)


class AuthError(ServerError):
    """A request whose device is unknown (401) or revoked (403)."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


@dataclass(frozen=True)
class IssuedCode:
    code: str
    station: str
    expires_at: datetime


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    station: str
    credential: str


def issue_code(session: Session, station: str, now: datetime, lifetime: timedelta = CODE_LIFETIME) -> IssuedCode:
    if station not in station_codes():
        raise ServerError(f"unknown police station code {station!r} (see app/reference/geography.json)")
    if lifetime <= timedelta(0):
        raise ServerError("an enrollment code must be valid for some time")
    code = credentials.new_enrollment_code()
    session.add(EnrollmentCode(code_hash=credentials.digest(code), station=station, issued_at=now,
                               expires_at=now + lifetime))
    return IssuedCode(code, station, now + lifetime)


def enroll(session: Session, typed_code: str, name: str, now: datetime, public_key: str) -> Enrolled:
    """Redeem a code once: a new device of the code's station with its public key (Ed25519, hex), and
    its credential (shown only now)."""
    code_hash = credentials.digest(credentials.normalise_code(typed_code))
    # FOR UPDATE: two devices racing with one code on PostgreSQL queue here; the second sees it used.
    row = session.scalars(select(EnrollmentCode).where(EnrollmentCode.code_hash == code_hash)
                          .with_for_update()).first()
    if row is None:
        raise AuthError(401, "unknown enrollment code: ask the administrator for a new one")
    if row.used_at is not None:
        raise AuthError(401, "this enrollment code has already been used: ask the administrator for a new one")
    if now >= row.expires_at:
        raise AuthError(401, "this enrollment code has expired: ask the administrator for a new one")
    credential = credentials.new_device_credential()
    device = Device(id=uuid7(), station=row.station, name=name[:80], enrolled_at=now,
                    credential_hash=credentials.digest(credential), public_key=public_key)
    session.add(device)
    row.used_at = now
    row.device_id = device.id
    return Enrolled(device.id, device.station, credential)


def authenticate(session: Session, credential: str | None) -> Device:
    if not credential:
        raise AuthError(401, "no device credential: enroll this PC with a code from the administrator")
    device = session.scalars(select(Device).where(Device.credential_hash == credentials.digest(credential))).first()
    if device is None:
        raise AuthError(401, "unknown device credential: enroll this PC again")
    if device.revoked_at is not None:
        raise AuthError(403, f"device {device.id} was revoked on {device.revoked_at:%Y-%m-%d %H:%M} UTC: "
                             "its unsynced entries stay on the PC; export them and ask the administrator")
    return device


def devices(session: Session) -> Sequence[Device]:
    return session.scalars(select(Device).where(Device.station != NATIONAL)  # the server's own: not a PC
                           .order_by(Device.station, Device.enrolled_at)).all()


def revoke(session: Session, device_id: str, now: datetime) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise ServerError(f"no device {device_id!r} (thana server devices lists them)")
    if device.revoked_at is None:
        device.revoked_at = now
    return device

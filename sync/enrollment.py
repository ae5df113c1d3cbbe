"""This station replica's identity at the national server: enrollment with a one-time code, and the
device it gives. The credential goes to the keyring (app/security/keystore.py); the server's address,
the device id and the station in the local settings table."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass

from sqlalchemy import select

from app.registers.numbering import RESTORE_PENDING
from app.security import audit
from app.security.actor import SYSTEM
from app.security.keystore import SecretStore
from app.storage.database import Database
from app.storage.models import PoliceStation, Setting
from sync.errors import (
    BadResponse,
    CredentialRefused,
    EnrollmentRefused,
    NotEnrolled,
    SyncError,
    UnknownStation,
)
from sync.transport import Transport

log = logging.getLogger("thana.sync")
SECRET_NAME = "sync-device"  # the keyring entry (or file) of the device credential
SERVER_URL, DEVICE_ID, STATION = "sync_server_url", "sync_device_id", "sync_station"


@dataclass(frozen=True)
class Device:
    server_url: str
    device_id: str
    station: str
    credential: str

    def __repr__(self) -> str:  # never the credential, in a log or a traceback
        return f"Device({self.server_url!r}, {self.device_id!r}, {self.station!r})"


def enroll(db: Database, secrets: SecretStore, transport: Transport, code: str, name: str = "") -> Device:
    """Redeem ``code`` at the server; keep the credential and the device's settings."""
    try:
        body = transport.post("/v1/devices/enroll", {"code": code, "name": name or socket.gethostname()[:80]})
    except CredentialRefused as exc:
        raise EnrollmentRefused(reason=exc.params.get("reason", "")) from exc
    fields = [body.get(k) if isinstance(body, dict) else None for k in ("device_id", "station", "credential")]
    if not all(isinstance(f, str) and f for f in fields):
        raise BadResponse(url=transport.base_url)
    device_id, station, credential = (str(f) for f in fields)
    with db.read() as s:
        if s.scalar(select(PoliceStation.id).where(PoliceStation.code == station)) is None:
            raise UnknownStation(station=station)
    secrets.save(credential)  # first: settings that name a device without its credential would be useless
    has_history = _station_has_history(transport, credential, station)
    with db.write() as s:
        for key, value in ((SERVER_URL, transport.base_url), (DEVICE_ID, device_id), (STATION, station)):
            s.merge(Setting(key=key, value=value))
        if has_history:  # a reinstall or another PC: no FIR until the first sync restored the numbering
            s.merge(Setting(key=RESTORE_PENDING, value="1"))
        audit.record(s, SYSTEM, "sync.enroll", device_id, server=transport.base_url, station=station)
    log.info("sync: enrolled as device %s of station %s at %s", device_id, station, transport.base_url)
    return Device(transport.base_url, device_id, station, credential)


def _station_has_history(transport: Transport, credential: str, station: str) -> bool:
    """Whether the server already holds operations of the station. Unknown (the link dropped after the
    code was redeemed) counts as yes: the code is spent, and the first sync's restore costs little."""
    try:
        body = transport.get("/v1/pull", {"scope": f"station:{station}", "limit": 1}, credential)
    except SyncError as exc:
        log.info("sync: could not ask whether station %s has operations (%s): restore at the first sync",
                 station, exc.text())
        return True
    return not isinstance(body, dict) or not isinstance(body.get("ops"), list) or bool(body["ops"])


def enrolled_device(db: Database, secrets: SecretStore) -> Device:
    """The device this replica enrolled as, or NotEnrolled."""
    with db.read() as s:
        values = {row.key: row.value for row in s.scalars(
            select(Setting).where(Setting.key.in_((SERVER_URL, DEVICE_ID, STATION))))}
    credential = secrets.load()
    if len(values) != 3 or not credential:
        raise NotEnrolled()
    return Device(values[SERVER_URL], values[DEVICE_ID], values[STATION], credential)

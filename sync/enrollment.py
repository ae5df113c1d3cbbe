"""This station replica's identity at the national server: enrollment with a one-time code, and the
device it gives. The credential and the device's private key go to the keyring together, in one entry
(app/security/keystore.py): saved at once, so there is never a token without its key. The server's
address, the device id, the station and the pinned national CA certificate go to the local settings
table (none of them is secret)."""

from __future__ import annotations

import json
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
from sync import signing
from sync.errors import (
    BadCACertificate,
    BadResponse,
    CredentialRefused,
    DeviceKeyMissing,
    EnrollmentRefused,
    NotEnrolled,
    SyncError,
    UnknownStation,
)
from sync.signing import Credential
from sync.transport import Transport

log = logging.getLogger("thana.sync")
SECRET_NAME = "sync-device"  # the keyring entry (or file) of the device credential
SERVER_URL, DEVICE_ID, STATION = "sync_server_url", "sync_device_id", "sync_station"
CA_CERT = "sync_ca_cert"  # the national CA certificate (PEM) TLS trusts; absent for a loopback demo


@dataclass(frozen=True)
class Device:
    server_url: str
    device_id: str
    station: str
    credential: Credential
    ca_pem: str | None = None

    def __repr__(self) -> str:  # never the credential, in a log or a traceback
        return f"Device({self.server_url!r}, {self.device_id!r}, {self.station!r})"


def read_ca_certificate(path: str) -> str:
    """The PEM text of a CA certificate file the administrator handed over, checked."""
    from cryptography import x509

    try:
        with open(path, encoding="ascii") as fh:
            pem = fh.read()
        x509.load_pem_x509_certificate(pem.encode())
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise BadCACertificate(path=path) from exc
    return pem


def redeem(transport: Transport, code: str, name: str = "") -> tuple[str, str, Credential]:
    """Redeem ``code`` at the server with a new device key: the device id, its station, its credential."""
    key = signing.new_key()
    request = {"code": code, "name": name or socket.gethostname()[:80], "device_key": signing.public_text(key)}
    try:
        body = transport.post("/v1/devices/enroll", request)
    except CredentialRefused as exc:
        raise EnrollmentRefused(reason=exc.params.get("reason", "")) from exc
    fields = [body.get(k) if isinstance(body, dict) else None for k in ("device_id", "station", "credential")]
    if not all(isinstance(f, str) and f for f in fields):
        raise BadResponse(url=transport.base_url)
    device_id, station, token = (str(f) for f in fields)
    return device_id, station, Credential(token, key)


def keep(secrets: SecretStore, credential: Credential) -> None:
    """The credential and its key in the keyring, as one entry: never a token without its key."""
    secrets.save(json.dumps({"token": credential.token, "device_key": signing.private_text(credential.key)}))


def kept(secrets: SecretStore) -> Credential | None:
    """The credential ``keep`` stored, None when there is none (DeviceKeyMissing when it is damaged)."""
    secret = secrets.load()
    if not secret:
        return None
    try:
        entry = json.loads(secret)
        return Credential(str(entry["token"]), signing.private_key(str(entry["device_key"])))
    except (ValueError, TypeError, KeyError) as exc:  # an older or damaged entry: never shown, it is secret
        raise DeviceKeyMissing() from exc


def enroll(db: Database, secrets: SecretStore, transport: Transport, code: str, name: str = "") -> Device:
    """Redeem ``code`` at the server with a new device key; keep the credential, the key and the
    device's settings (with the CA ``transport`` pins)."""
    device_id, station, credential = redeem(transport, code, name)
    with db.read() as s:
        if s.scalar(select(PoliceStation.id).where(PoliceStation.code == station)) is None:
            raise UnknownStation(station=station)
    keep(secrets, credential)  # first: settings that name a device without its credential would be useless
    has_history = _station_has_history(transport, credential, station)
    with db.write() as s:
        for setting, value in ((SERVER_URL, transport.base_url), (DEVICE_ID, device_id), (STATION, station),
                               (CA_CERT, transport.ca_pem)):
            if value is not None:
                s.merge(Setting(key=setting, value=value))
        if has_history:  # a reinstall or another PC: no FIR until the first sync restored the numbering
            s.merge(Setting(key=RESTORE_PENDING, value="1"))
        audit.record(s, SYSTEM, "sync.enroll", device_id, server=transport.base_url, station=station)
    log.info("sync: enrolled as device %s of station %s at %s", device_id, station, transport.base_url)
    return Device(transport.base_url, device_id, station, credential, transport.ca_pem)


def _station_has_history(transport: Transport, credential: Credential, station: str) -> bool:
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
    """The device this replica enrolled as, or NotEnrolled (DeviceKeyMissing if its secret is damaged)."""
    with db.read() as s:
        values = {row.key: row.value for row in s.scalars(
            select(Setting).where(Setting.key.in_((SERVER_URL, DEVICE_ID, STATION, CA_CERT))))}
    credential = kept(secrets)
    if not {SERVER_URL, DEVICE_ID, STATION} <= values.keys() or credential is None:
        raise NotEnrolled()
    return Device(values[SERVER_URL], values[DEVICE_ID], values[STATION], credential, values.get(CA_CERT))

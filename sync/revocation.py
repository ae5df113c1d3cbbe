"""A device the server has revoked (scenario 38): nothing is wiped. On the first refusal the
unsynced operations (pending, rejected, conflicting) are exported to a file in the data folder for the
administrator, sync is locked in the local settings, and every later cycle says so without contacting
the server. The operations stay in the outbox as they were."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.clock import iso_utc
from app.security import audit
from app.security.actor import SYSTEM
from app.security.keystore import sync_folder
from app.storage.database import Database
from app.storage.models import OutboxOp, Setting
from sync import state
from sync.enrollment import Device
from sync.errors import DeviceRevoked, DeviceRevokedExported, SyncLocked

REVOKED = "sync_revoked"  # setting: when, the export file and its count, as JSON
EXPORT_FORMAT = "thana-unsynced-1"


def check_unlocked(db: Database) -> None:
    """SyncLocked if the server revoked this device before."""
    with db.read() as s:
        value = s.scalar(select(Setting.value).where(Setting.key == REVOKED))
    if value is not None:
        lock = json.loads(value)
        raise SyncLocked(at=lock["at"], count=lock["count"], path=lock["path"])


def lock(db: Database, folder: Path, device: Device, refusal: DeviceRevoked, now: datetime) -> DeviceRevokedExported:
    """Export the unsynced operations and lock sync; the error that says where the file is."""
    reason = str(refusal.params.get("reason", ""))
    with db.read() as s:
        ops = list(s.scalars(select(OutboxOp).where(OutboxOp.state != state.DONE).order_by(OutboxOp.id)))
        unsynced = [{**state.wire(op), "state": op.state, "sync_reason": op.sync_reason} for op in ops]
    path = folder / f"unsynced-{device.device_id}-{now:%Y%m%dT%H%M%SZ}.json"
    _write(path, {"format": EXPORT_FORMAT, "device_id": device.device_id, "station": device.station,
                  "server": device.server_url, "revoked": reason, "exported_at": iso_utc(now),
                  "operations": unsynced})
    with db.write() as s:
        s.merge(Setting(key=REVOKED, value=json.dumps({"at": iso_utc(now), "count": len(unsynced),
                                                      "path": str(path)})))
        audit.record(s, SYSTEM, "sync.revoked", device.device_id, exported=len(unsynced), file=str(path))
    return DeviceRevokedExported(reason=reason, count=len(unsynced), path=str(path))


def _write(path: Path, document: dict[str, object]) -> None:
    """Readable by the owner only (the entries name people), and whole or not at all."""
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(document, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    sync_folder(path.parent)

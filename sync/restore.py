"""Restore-from-server: a new install's numbering from the station's own operations (scenario 29).

The station scope brings back every operation of the station, other PCs' kept whole (``station_feed_op``).
From them: the highest FIR number of each year (FIR register originals), and the head of each register
chain of the station that this replica has not started yet, so its first entry continues the server's
chain. A chain this replica already has is left as it is: its entries are its own, and a clash is the
server's to refuse (the duplicate FIR number, the chain break) and the operator's to settle.

It runs after the first sync's pull of an install that enrollment marked (app/registers/numbering.py), or
on demand with ``thana sync restore``."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select

from app.registers import chain, numbering
from app.registers.fir import REGISTER as FIR_REGISTER
from app.security.keystore import SecretStore
from app.storage.database import Database
from app.storage.models import PoliceStation, Setting, StationFeedOp
from sync.enrollment import enrolled_device
from sync.pull import Puller, PullTally
from sync.transport import Transport

log = logging.getLogger("thana.sync")


@dataclass
class Restored:
    fir_floors: dict[int, int] = field(default_factory=dict)  # year -> the highest serial given
    anchors: dict[str, int] = field(default_factory=dict)  # register -> the position its chain starts after

    def summary(self) -> str:
        floors = ", ".join(f"{serial}/{year}" for year, serial in sorted(self.fir_floors.items())) or "none"
        chains = ", ".join(f"{r} after {p}" for r, p in sorted(self.anchors.items())) or "none"
        return f"restored: last FIR numbers {floors}; chains continued: {chains}"


def restore_pending(db: Database) -> bool:
    with db.read() as s:
        return s.get(Setting, numbering.RESTORE_PENDING) is not None


def restore(db: Database, station_code: str) -> Restored:
    """Set the counters and chain starts from what the station scope brought; clears the mark. One
    transaction: a new FIR waits until it is all done."""
    done = Restored()
    with db.write() as s:
        station_id = s.scalar(select(PoliceStation.id).where(PoliceStation.code == station_code))
        assert station_id is not None, "enrollment checked the station"
        heads: dict[str, tuple[int, str]] = {}
        for body in s.scalars(select(StationFeedOp.body).where(StationFeedOp.body.is_not(None))
                              .order_by(StationFeedOp.position)):
            payload = body.get("payload") if body else None
            if not isinstance(payload, dict) or not isinstance(link := payload.get("chain"), dict):
                continue
            if link.get("station") == station_code and isinstance(link.get("position"), int):
                register, position = str(link.get("register")), int(link["position"])
                if position > heads.get(register, (0, ""))[0]:
                    heads[register] = (position, str(link.get("entry_hash")))
            if link.get("register") == FIR_REGISTER and payload.get("kind") == "original":
                serial_text, _, year_text = str(payload.get("number") or "").partition("/")
                if serial_text.isdigit() and year_text.isdigit():
                    year = int(year_text)
                    done.fir_floors[year] = max(done.fir_floors.get(year, 0), int(serial_text))
        for year, serial in done.fir_floors.items():
            key = numbering.floor_key(station_id, year)
            current = s.get(Setting, key)
            if current is None or int(current.value) < serial:
                s.merge(Setting(key=key, value=str(serial)))
        for register, (position, entry_hash) in heads.items():
            if chain.head(s, register, station_id) is not None:
                continue  # this replica's own chain: left as it is
            if chain.anchor(s, register, station_id)[0] < position:
                s.merge(Setting(key=chain.anchor_key(register, station_id), value=f"{position} {entry_hash}"))
                done.anchors[register] = position
        pending = s.get(Setting, numbering.RESTORE_PENDING)
        if pending is not None:
            s.delete(pending)
    log.info("sync: %s", done.summary())
    return done


def restore_from_server(db: Database, secrets: SecretStore) -> Restored:
    """``thana sync restore``: pull the station scope (from the last committed cursor), then restore."""
    device = enrolled_device(db, secrets)
    with Transport(device.server_url) as transport:
        Puller(db, transport, device.credential, device.station).pull_scope(f"station:{device.station}", PullTally())
    return restore(db, device.station)

"""What the station client writes to its outbox is what the server verifies: FIRs and diary entries
registered through the client's services are accepted in order, their chains intact."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.clock import iso_utc
from app.registers.diary import DiaryDraft
from app.services import Services
from app.storage.models import OutboxOp, PoliceStation
from tests import factories as F
from tests.server_helpers import Server, statuses


def outbox(services: Services) -> list[dict[str, Any]]:
    """The operations as a sync engine would send them."""
    with services.db.read() as s:
        return [{"op_id": op.uid, "entity": op.entity, "entity_uid": op.entity_uid, "op": op.op,
                 "created_at": iso_utc(op.created_at), "payload": op.payload}
                for op in s.scalars(select(OutboxOp).where(OutboxOp.entity.in_(("fir", "diary")))
                                    .order_by(OutboxOp.id))]


def test_the_clients_register_entries_are_accepted(services: Services, server: Server) -> None:
    station = F.first_station(services)
    with services.db.read() as s:
        code = s.scalars(select(PoliceStation.code).where(PoliceStation.id == station.id)).one()
    first = services.firs.register(station.moharrar, F.fir_draft(services, place="Anarkali"))
    services.diary.write(station.moharrar, DiaryDraft(category="other", text="Patrol left at 0800"))
    services.firs.register(station.moharrar, F.fir_draft(services, place="Ichhra"))
    services.diary.write(station.moharrar, DiaryDraft(category="other", text="Patrol back at 1000",
                                                      fir_id=first.id))
    ops = outbox(services)
    assert [op["entity"] for op in ops] == ["fir", "diary", "fir", "diary"]
    _, credential = server.enroll(code)
    status, body = server.push(credential, ops[:3])
    assert status == 200 and statuses(body) == ["accepted"] * 3, body
    status, body = server.push(credential, ops)  # the last batch's answer was lost, and one more entry
    assert statuses(body) == ["duplicate"] * 3 + ["accepted"], body
    assert [r["position"] for r in body["results"]] == [1, 1, 2, 2]

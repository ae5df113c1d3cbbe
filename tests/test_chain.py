"""Hash chains: `thana verify` finds a changed, deleted or reordered entry."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.cli import main
from app.registers import chain
from app.registers.diary import DiaryDraft
from app.registers.verify import verify_all
from app.security.keystore import KeyringKeyStore
from app.services import Services, open_services
from app.storage.models import ChainLink, OutboxOp, PoliceStation
from tests import factories as F


@pytest.fixture
def filled(services: Services) -> Services:
    station = F.first_station(services)
    for i in range(3):
        services.firs.register(station.moharrar, F.fir_draft(services, place=f"Place {i}"))
        services.diary.write(station.moharrar, DiaryDraft(category="other", text=f"Entry {i}"))
    return services


def tamper(services: Services, sql: str) -> None:
    with services.db.write() as s:
        s.execute(text(sql))


def test_untouched_database_verifies(filled: Services) -> None:
    assert verify_all(filled.db) == []


@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE fir SET place = 'Somewhere else' WHERE id = 2", "FIR 2/"),
    ("UPDATE diary_entry SET text = 'rewritten' WHERE entry_no = 3", "diary entry 3"),
    ("UPDATE person SET name_en = 'Someone Else'", "FIR 1/"),
    ("UPDATE audit_record SET outcome = 'failed' WHERE id = 1", "audit record 1"),
])
def test_a_changed_entry_is_found(filled: Services, sql: str, expected: str) -> None:
    tamper(filled, sql)
    problems = [str(p) for p in verify_all(filled.db)]
    assert problems and expected in problems[0]


def test_a_deleted_entry_is_found(filled: Services) -> None:
    tamper(filled, "DELETE FROM diary_entry WHERE entry_no = 2")
    assert any("deleted" in str(p) for p in verify_all(filled.db))


def test_a_deleted_entry_and_its_link_are_found(filled: Services) -> None:
    tamper(filled, "DELETE FROM chain_link WHERE register = 'diary' AND seq = 2")
    tamper(filled, "DELETE FROM diary_entry WHERE entry_no = 2")
    assert any("missing" in str(p) for p in verify_all(filled.db))


def test_an_entry_outside_the_chain_is_found(filled: Services) -> None:
    tamper(filled, "DELETE FROM chain_link WHERE register = 'fir' AND seq = 3")
    assert any("not in the chain" in str(p) for p in verify_all(filled.db))


def test_verify_command_prints_ok_or_the_first_broken_entry(filled: Services, data_dir: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    filled.close()
    assert main(["verify", "--data-dir", str(data_dir)]) == 0
    assert capsys.readouterr().out.strip() == "OK"
    again = open_services(data_dir, KeyringKeyStore(data_dir))
    tamper(again, "UPDATE fir SET first_information = 'changed' WHERE id = 1")
    again.close()
    assert main(["verify", "--data-dir", str(data_dir)]) == 1
    assert capsys.readouterr().out.startswith("BROKEN fir register")


def test_each_outbox_operation_carries_the_link_written_with_it(filled: Services) -> None:
    """The server verifies a register's chain from the operations alone: each carries its station's
    code, its position and both hashes, and its payload without them is what the entry hash covers."""
    with filled.db.read() as s:
        ops = [(op.entity, op.payload) for op in s.scalars(
            select(OutboxOp).where(OutboxOp.entity.in_(("fir", "diary"))).order_by(OutboxOp.id))]
        links = {(link.register, link.seq): (link.station_id, link.prev_hash, link.entry_hash)
                 for link in s.scalars(select(ChainLink))}
        codes = {row.id: row.code for row in s.execute(select(PoliceStation.id, PoliceStation.code))}
    assert [entity for entity, _ in ops] == ["fir", "diary"] * 3
    positions = []
    for entity, payload in ops:
        block = payload["chain"]
        assert isinstance(block, dict)
        station_id, prev_hash, entry_hash = links[(entity, block["position"])]
        assert block == {"register": entity, "station": codes[station_id], "position": block["position"],
                         "prev_hash": prev_hash, "entry_hash": entry_hash}
        content = {k: v for k, v in payload.items() if k != "chain"}
        assert chain.link_hash(prev_hash, content) == entry_hash
        positions.append((entity, block["position"]))
    assert positions == [("fir", 1), ("diary", 1), ("fir", 2), ("diary", 2), ("fir", 3), ("diary", 3)]

"""Register No. I: numbering, rules, corrections, one transaction per write."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.errors import ConflictError, PermissionDenied, ValidationError
from app.registers.fir import FirService
from app.services import Services
from app.storage.models import AuditRecord, ChainLink, Fir, OutboxOp
from tests import factories as F


def counts(services: Services) -> tuple[int, int, int, int]:
    with services.db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0  # type: ignore[return-value]
                     for m in (Fir, ChainLink, AuditRecord, OutboxOp))


def test_numbers_run_per_station_and_restart_each_year(services: Services) -> None:
    a, b = F.first_station(services, 0), F.first_station(services, 1)
    # 31 Dec 2025 23:30 PKT is still 2025; 1 Jan 2026 00:30 PKT is 2026 (UTC+5).
    late_2025 = datetime(2025, 12, 31, 18, 30, tzinfo=UTC)
    early_2026 = datetime(2025, 12, 31, 19, 30, tzinfo=UTC)
    clock = FirService(services.db, clock=lambda: datetime(2026, 1, 2, tzinfo=UTC))
    nums = []
    for reported in (late_2025, late_2025, early_2026, early_2026):
        draft = F.fir_draft(services, now=reported + timedelta(hours=2), reported_at=reported,
                            occurred_from=reported - timedelta(hours=2), occurred_to=None)
        fir = clock.register(a.moharrar, draft)
        nums.append((fir.serial, fir.year))
    other = clock.register(b.moharrar, F.fir_draft(services, now=datetime(2026, 1, 1, 12, tzinfo=UTC)))
    assert nums == [(1, 2025), (2, 2025), (1, 2026), (2, 2026)]
    assert (other.serial, other.year) == (1, 2026)


def test_two_saves_at_once_get_different_numbers(services: Services) -> None:
    station = F.first_station(services)
    results: list[int] = []
    errors: list[BaseException] = []

    def save() -> None:
        try:
            for _ in range(5):
                results.append(services.firs.register(station.moharrar, F.fir_draft(services)).serial)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=save) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert sorted(results) == list(range(1, 16))


def test_one_write_is_row_chain_audit_and_outbox_together(services: Services) -> None:
    station = F.first_station(services)
    before = counts(services)
    services.firs.register(station.moharrar, F.fir_draft(services))
    firs, links, audits, outbox = (a - b for a, b in zip(counts(services), before, strict=True))
    assert firs == 1 and links >= 2 and audits >= 2 and outbox >= 2  # FIR + new complainant, each audited


def test_invalid_fir_saves_nothing(services: Services) -> None:
    station = F.first_station(services)
    before = counts(services)
    now = datetime.now(UTC)
    bad = F.fir_draft(services, section_ids=[], occurred_from=now - timedelta(days=3), occurred_to=None,
                      reported_at=now - timedelta(hours=1), place="")
    with pytest.raises(ValidationError) as info:
        services.firs.register(station.moharrar, bad)
    fields = {p.field for p in info.value.problems}
    assert {"sections", "delay_explanation", "place"} <= fields
    assert counts(services) == before


def test_report_before_occurrence_is_refused(services: Services) -> None:
    station = F.first_station(services)
    now = datetime.now(UTC)
    draft = F.fir_draft(services, occurred_from=now - timedelta(hours=1), occurred_to=None,
                        reported_at=now - timedelta(hours=2))
    with pytest.raises(ValidationError) as info:
        services.firs.register(station.moharrar, draft)
    assert [p.field for p in info.value.problems] == ["reported_at"]


def test_failure_inside_the_transaction_rolls_back_everything(services: Services) -> None:
    """A bad person draft is found only after numbering started: nothing may remain."""
    station = F.first_station(services)
    before = counts(services)
    draft = F.fir_draft(services, section_ids=[999999])
    with pytest.raises(ValidationError):
        services.firs.register(station.moharrar, draft)
    assert counts(services) == before


def test_correction_is_a_new_linked_entry_and_the_original_stays(services: Services) -> None:
    station = F.first_station(services)
    fir = services.firs.register(station.moharrar, F.fir_draft(services, place="Shahdara chowk"))
    services.firs.correct(station.head_moharrar, fir.id, F.fir_draft(services, place="New place"), "typo in place")
    history = services.firs.history(station.moharrar, fir.id)
    assert [e.kind for e in history.entries] == ["original", "correction"]
    assert history.entries[0].place == "Shahdara chowk" and history.current.place == "New place"
    assert history.current.corrects_id == fir.id
    assert (history.current.serial, history.current.year) == (fir.serial, fir.year)
    assert services.queries.fir_count(station.moharrar) == 1
    assert services.queries.fir_search(station.moharrar, "New place") == [fir.id]
    assert services.queries.fir_search(station.moharrar, "Shahdara") == []


def test_cancelled_fir_cannot_change_and_keeps_its_number(services: Services) -> None:
    station = F.first_station(services)
    fir = services.firs.register(station.moharrar, F.fir_draft(services))
    services.firs.cancel(station.head_moharrar, fir.id, "Cancelled on the magistrate's order")
    with pytest.raises(ConflictError):
        services.firs.cancel(station.head_moharrar, fir.id, "again")
    nxt = services.firs.register(station.moharrar, F.fir_draft(services))
    assert nxt.serial == fir.serial + 1


def test_a_moharrar_may_not_correct(services: Services) -> None:
    station = F.first_station(services)
    fir = services.firs.register(station.moharrar, F.fir_draft(services))
    with pytest.raises(PermissionDenied):
        services.firs.correct(station.moharrar, fir.id, F.fir_draft(services), "reason")


def test_search_finds_number_cnic_names_sections_and_words(services: Services) -> None:
    station = F.first_station(services)
    fir = services.firs.register(station.moharrar, F.fir_draft(
        services, first_information="گن پوائنٹ پر موبائل چھین لیا گیا"))
    number = f"{fir.serial}/{fir.year}"
    for query in (number, "35202-1234567-1", "Aslam", "محمد اسلم", "379", "موبائل", "Kalma"):
        assert services.queries.fir_search(station.moharrar, query) == [fir.id], query
    assert services.queries.fir_search(station.moharrar, "Nonexistentword") == []


def test_sql_metacharacters_are_stored_literally(services: Services) -> None:
    station = F.first_station(services)
    text = "'; DROP TABLE fir; -- \" OR 1=1 /* */"
    fir = services.firs.register(station.moharrar, F.fir_draft(services, first_information=text))
    assert services.firs.history(station.moharrar, fir.id).current.first_information == text
    assert services.queries.fir_search(station.moharrar, 'DROP " OR') == [fir.id]

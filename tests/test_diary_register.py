"""Register No. II: daily numbering, links, corrections and the day close."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from app.errors import ConflictError, ValidationError
from app.registers.diary import DiaryDraft, DiaryService
from app.registers.fir import FirService
from app.registers.verify import verify_all
from app.services import Services
from tests import factories as F


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_entries_are_numbered_per_day_and_restart(services: Services) -> None:
    station = F.first_station(services)
    clock = Clock(datetime(2026, 3, 1, 4, 0, tzinfo=UTC))  # 09:00 PKT
    diary = DiaryService(services.db, clock)
    numbers = []
    for hours in (0, 1, 2, 24, 25):
        clock.now = datetime(2026, 3, 1, 4, 0, tzinfo=UTC) + timedelta(hours=hours)
        e = diary.write(station.moharrar, DiaryDraft(category="departure", text="ASI left for patrol"))
        numbers.append((e.diary_date, e.entry_no))
    assert numbers == [(date(2026, 3, 1), 1), (date(2026, 3, 1), 2), (date(2026, 3, 1), 3),
                       (date(2026, 3, 2), 1), (date(2026, 3, 2), 2)]


def test_information_received_after_writing_is_refused(services: Services) -> None:
    station = F.first_station(services)
    future = datetime.now(UTC) + timedelta(hours=1)
    with pytest.raises(ValidationError) as info:
        services.diary.write(station.moharrar, DiaryDraft(category="information", text="x", info_received_at=future))
    assert info.value.problems[0].field == "info_received_at"


def test_entry_before_its_fir_is_refused(services: Services) -> None:
    """Chronology guard: a diary entry cannot link an FIR reported after it was written."""
    station = F.first_station(services)
    now = datetime.now(UTC)
    fir = FirService(services.db, lambda: now).register(station.moharrar, F.fir_draft(services, now=now))
    early = DiaryService(services.db, lambda: fir.reported_at - timedelta(hours=1))
    with pytest.raises(ValidationError):
        early.write(station.moharrar, DiaryDraft(category="fir", text="FIR registered", fir_id=fir.id))


def test_correction_is_a_new_numbered_entry(services: Services) -> None:
    station = F.first_station(services)
    first = services.diary.write(station.moharrar, DiaryDraft(category="arrest", text="Arrested Bilal s/o Akram"))
    fix = services.diary.write(station.head_moharrar,
                               DiaryDraft(category="correction", text="Read: Bilal s/o Aslam"), corrects_id=first.id)
    assert fix.entry_no == first.entry_no + 1 and fix.corrects_id == first.id
    assert services.diary.entry(station.moharrar, first.id).text == "Arrested Bilal s/o Akram"


def test_closed_day_takes_no_entries_and_records_the_head(services: Services) -> None:
    station = F.first_station(services)
    clock = Clock(datetime(2026, 3, 1, 4, 0, tzinfo=UTC))
    diary = DiaryService(services.db, clock)
    diary.write(station.moharrar, DiaryDraft(category="custody", text="No one in custody"))
    close = diary.close_day(station.head_moharrar, date(2026, 3, 1))
    assert close.entry_count == 1 and len(close.head_hash) == 64
    with pytest.raises(ConflictError):
        diary.write(station.moharrar, DiaryDraft(category="other", text="late entry"))
    with pytest.raises(ConflictError):
        diary.close_day(station.head_moharrar, date(2026, 3, 1))
    assert verify_all(services.db) == []

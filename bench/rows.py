"""Table rows of bulk FIRs, made by the register's own content rules.

Each FIR is assembled as plain records shaped like the ORM objects (mapped
instances cost ~0.6 ms an FIR in attribute instrumentation, more than the rest
of the build together), so the hash chain hashes ``fir_content`` and the index
holds ``search_text``, the register's own functions, and the rows are read off
the same records by the tables' column names. Not written for bulk rows: the audit records and outbox
operations the services add per FIR and per new person (nothing verifies them
against the registers, and a bench replica syncs nothing), and diary entries.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table

from app.clock import pkt_date
from app.errors import ValidationError
from app.ids import uuid7
from app.registers import chain
from app.registers.fir import REGISTER, fir_content, search_text
from app.registers.fir_rules import check_fir
from app.storage.models import ChainLink, Fir, FirAccused, FirHead, FirSection, OffenceSection, Person, User
from bench.synth import Party, SynthCase

TABLES: tuple[Table, ...] = tuple(cast(Table, m.__table__)
                                  for m in (Person, Fir, FirSection, FirAccused, FirHead, ChainLink))


def record(**values: Any) -> Any:
    """A row being made, read by attribute like the mapped object it stands for."""
    return SimpleNamespace(**values)


# A record's values in its table's column order (a missing column is an AttributeError).
ROW_OF: dict[Table, Callable[[Any], tuple[Any, ...]]] = {t: attrgetter(*t.columns.keys()) for t in TABLES}


@dataclass
class Batch:
    """Rows per table name (parents first) and the index entries (rowid = FIR root, body)."""

    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=lambda: {t.name: [] for t in TABLES})
    fts: list[tuple[int, str]] = field(default_factory=list)

    def add(self, model: Any, rec: Any) -> None:
        table = model.__table__
        self.rows[table.name].append(ROW_OF[table](rec))


@dataclass
class Cursor:
    """Where the next rows go: ids, the FIR serials of each year, the chain's head."""

    fir_id: int
    person_id: int
    seq: int
    head_hash: str
    serials: dict[int, int] = field(default_factory=dict)


class RowMaker:
    """Turns composed cases into rows, numbering and chaining them in order."""

    def __init__(self, station_id: int, users: dict[int, User], sections: dict[int, OffenceSection],
                 cursor: Cursor, now: datetime) -> None:
        self.station_id, self.users, self.sections = station_id, users, sections
        self.at, self.now = cursor, now
        self.batch = Batch()

    def add(self, case: SynthCase) -> None:
        draft = case.draft
        problems = check_fir(draft, self.now)
        if problems:
            raise ValidationError(problems)
        assert draft.occurred_from and draft.reported_at and draft.investigating_officer_id
        at, fir_id, b = self.at, self.at.fir_id + 1, self.batch
        year = pkt_date(draft.reported_at).year
        serial = at.serials.get(year, 0) + 1
        complainant = self._person(case.complainant, case)
        named = iter(case.accused)
        accused = []
        for i, a in enumerate(draft.accused):
            person = self._person(next(named), case) if a.person else None
            accused.append(record(fir_id=fir_id, position=i, person=person, description=a.description,
                                  person_id=person.id if person else None))
        sections = [record(fir_id=fir_id, section_id=sid, position=i, section=self.sections[sid])
                    for i, sid in enumerate(draft.section_ids)]
        recorder, io = self.users[case.recorder.actor.user_id], self.users[draft.investigating_officer_id]
        fir = record(
            id=fir_id, uid=uuid7(), station_id=self.station_id, year=year, serial=serial, kind="original",
            root_id=fir_id, corrects_id=None, reason="", occurred_from=draft.occurred_from,
            occurred_to=draft.occurred_to, reported_at=draft.reported_at, place=draft.place,
            distance_km=draft.distance_km, direction=draft.direction, complainant=complainant,
            complainant_id=complainant.id, property_taken=draft.property_taken,
            first_information=draft.first_information, delay_explanation=draft.delay_explanation,
            despatched_at=draft.despatched_at, recording_officer=recorder, recording_officer_id=recorder.id,
            investigating_officer=io, investigating_officer_id=io.id, status=case.status,
            diary_ref=draft.diary_ref, is_demo=True, created_at=case.written_at, sections=sections,
            accused=accused,
        )
        entry_hash = chain.link_hash(at.head_hash, fir_content(cast(Fir, fir)))
        b.add(Fir, fir)
        for s in sections:
            b.add(FirSection, s)
        for a in accused:
            b.add(FirAccused, a)
        b.add(FirHead, record(root_id=fir_id, head_id=fir_id, station_id=self.station_id))
        b.add(ChainLink, record(register=REGISTER, station_id=self.station_id, seq=at.seq + 1, record_id=fir_id,
                                prev_hash=at.head_hash, entry_hash=entry_hash))
        b.fts.append((fir_id, search_text(cast(Fir, fir))))
        at.fir_id, at.seq, at.head_hash, at.serials[year] = fir_id, at.seq + 1, entry_hash, serial

    def _person(self, party: Party, case: SynthCase) -> Any:
        """The party's record, made with the FIR that first names them (in that FIR's script).

        ``PeopleFactory`` drafts pass ``check_person`` unchanged (tests/test_bench_loader.py checks every
        person of a small build); checking a million drafts here would add a fifth to the build."""
        if party.record is None:
            self.at.person_id += 1
            party.record = record(id=self.at.person_id, uid=uuid7(), created_at=case.written_at, is_demo=True,
                                  **vars(party.who.draft(case.urdu)))
            party.who.person_id = party.record.id
            self.batch.add(Person, party.record)
        return party.record

    def take(self) -> Batch:
        batch, self.batch = self.batch, Batch()
        return batch

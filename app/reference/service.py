"""Read access to reference data for forms and pickers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app.errors import NotFound
from app.storage.database import Database
from app.storage.models import District, OffenceSection, PoliceStation


class ReferenceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def sections(self) -> list[OffenceSection]:
        """Every offence section with its law, in law then section order."""
        with self.db.read() as s:
            rows = list(s.scalars(select(OffenceSection).options(selectinload(OffenceSection.law))
                                  .order_by(OffenceSection.law_id, OffenceSection.id)))
            s.expunge_all()
            return rows

    def stations(self) -> list[PoliceStation]:
        with self.db.read() as s:
            rows = list(s.scalars(select(PoliceStation).options(
                selectinload(PoliceStation.district).selectinload(District.province)).order_by(PoliceStation.id)))
            s.expunge_all()
            return rows

    def station(self, station_id: int) -> PoliceStation:
        with self.db.read() as s:
            row = s.scalars(select(PoliceStation).where(PoliceStation.id == station_id).options(
                selectinload(PoliceStation.district).selectinload(District.province))).first()
            if row is None:
                raise NotFound()
            s.expunge_all()
            return row

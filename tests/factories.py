"""Builders of valid inputs; a test changes only what it is about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.counter.timeline import Status
from app.registers.fir_rules import AccusedDraft, FirDraft, PartyRef
from app.registers.persons import PersonDraft
from app.security.actor import SYSTEM, Actor
from app.security.permissions import Role
from app.services import Services
from app.storage.models import OffenceSection, PoliceStation

PASSWORD = "correct horse battery"


@dataclass
class Station:
    id: int
    moharrar: Actor
    head_moharrar: Actor


def make_actor(services: Services, role: Role, station_id: int | None, username: str) -> Actor:
    user = services.users.create(SYSTEM, username=username, full_name=username.title(), role=role,
                                 password=PASSWORD, station_id=station_id)
    return Actor(user.id, user.username, role, station_id)


def first_station(services: Services, index: int = 0) -> Station:
    with services.db.read() as s:
        station_id = s.scalars(select(PoliceStation.id).order_by(PoliceStation.id)).all()[index]
    return Station(
        station_id,
        make_actor(services, Role.MOHARRAR, station_id, f"moharrar{index}"),
        make_actor(services, Role.HEAD_MOHARRAR, station_id, f"head{index}"),
    )


def section_id(services: Services, law: str, section: str) -> int:
    for s in services.reference.sections():
        if s.law.code == law and s.section == section:
            return s.id
    raise KeyError((law, section))


def complainant(**overrides: object) -> PersonDraft:
    values: dict[str, object] = dict(name_en="Muhammad Aslam", name_ur="محمد اسلم", relation="s/o",
                                     relative_name_en="Ghulam Rasool", relative_name_ur="غلام رسول",
                                     cnic="35202-1234567-1", gender="M", caste="Arain",
                                     address="House 14-C, Model Town", phones=["0300-1234567"])
    values.update(overrides)
    return PersonDraft(**values)  # type: ignore[arg-type]


def fir_draft(services: Services, now: datetime | None = None, **overrides: object) -> FirDraft:
    now = now or datetime.now(UTC)
    values: dict[str, object] = dict(
        occurred_from=now - timedelta(hours=5), occurred_to=now - timedelta(hours=4),
        reported_at=now - timedelta(hours=2), place="Main Boulevard near Kalma Chowk",
        distance_km=2.5, direction="NE", complainant=PartyRef(draft=complainant()),
        accused=[AccusedDraft(description="Two young men on a black motorcycle, about 25 years old")],
        section_ids=[section_id(services, "PPC", "379")], property_taken="Mobile phone, Rs 12,000 cash",
        first_information="My phone and wallet were snatched near Kalma Chowk.",
    )
    values.update(overrides)
    return FirDraft(**values)  # type: ignore[arg-type]


def all_sections(services: Services) -> list[OffenceSection]:
    return services.reference.sections()


def make_ready(services: Services, clerk: Actor, application_id: int) -> None:
    """An application made ready as the counter does: its record checks run, and a hit issued by the station's
    SHO with a recorded decision."""
    if services.counter.verification.verify(clerk, application_id).status == Status.AWAITING_SHO:
        sho = make_actor(services, Role.SHO, clerk.station_id, f"sho.{application_id}")
        services.counter.applications.decide(sho, application_id, True, "Checked against the register")


class Clock:
    """A clock the test sets by hand (``clock.now = ...``): services read it instead of the wall clock."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

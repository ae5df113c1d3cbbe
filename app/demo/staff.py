"""Demo station accounts: who works at each station, with fixed passwords.

Passwords follow one rule per role (``<role>-demo-2026``) so that the login
screen can show them in one line each; they are training accounts only.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import NamedTuple

from app.demo import names
from app.demo.wording import join_words
from app.security.actor import SYSTEM, Actor
from app.security.permissions import Role
from app.security.users import UserService

Pair = names.Pair

RANKS: dict[str, Pair] = {
    "HC": ("HC", "ہیڈ کنسٹیبل"), "ASI": ("ASI", "اے ایس آئی"), "SI": ("SI", "ایس آئی"),
    "Inspector": ("Inspector", "انسپکٹر"),
}
# (username prefix, role, rank) of each post at a station.
POSTS: tuple[tuple[str, Role, str], ...] = (
    ("moharrar", Role.MOHARRAR, "HC"),
    ("headmoharrar", Role.HEAD_MOHARRAR, "ASI"),
    ("sho", Role.SHO, "Inspector"),
    ("io1", Role.INVESTIGATING_OFFICER, "SI"),
    ("io2", Role.INVESTIGATING_OFFICER, "ASI"),
)


def password_for(role: Role) -> str:
    return f"{role.value}-demo-2026"


class DemoUser(NamedTuple):
    """A login shown on the demo login screen."""

    username: str
    password: str
    role: str
    station: str


@dataclass(frozen=True)
class Officer:
    actor: Actor
    rank: Pair
    name: Pair

    def title(self, urdu: bool) -> str:
        """Rank and name as a diary writes them: "SI Tariq Mehmood"."""
        i = 1 if urdu else 0
        return f"{self.rank[i]} {self.name[i]}"


@dataclass(frozen=True)
class StationStaff:
    moharrar: Officer
    head_moharrar: Officer
    sho: Officer
    ios: tuple[Officer, Officer]
    constables: tuple[tuple[Pair, int], ...]  # name and belt number

    def on_duty(self, hour: int) -> Officer:
        """The moharrar keeps the day shift, the head moharrar the night."""
        return self.moharrar if 8 <= hour < 20 else self.head_moharrar


def constables_phrase(rng: random.Random, constables: tuple[tuple[Pair, int], ...], urdu: bool,
                      count: int = 2) -> str:
    """ "Constable Muhammad Akram No. 4521 and ..." for ``count`` constables of the station."""
    i = 1 if urdu else 0
    title, number = ("کنسٹیبل", "نمبر") if urdu else ("Constable", "No.")
    words = [f"{title} {name[i]} {number} {belt}" for name, belt in rng.sample(constables, count)]
    return join_words(words, urdu)


def slug(station_name_en: str) -> str:
    return re.sub(r"[^a-z0-9]", "", station_name_en.lower())


def create_officer(users: UserService, rng: random.Random, taken: set[Pair], *, username: str, role: Role,
                   rank: str, station_id: int | None, station_name: str) -> tuple[Officer, DemoUser]:
    name = rng.choice([n for n in names.MALE_NAMES if n not in taken])
    taken.add(name)
    password = password_for(role)
    user = users.create(SYSTEM, username=username, full_name=name[0], full_name_ur=name[1], role=role,
                        password=password, station_id=station_id, rank=RANKS[rank][0])
    officer = Officer(Actor(user.id, user.username, role, station_id), RANKS[rank], name)
    return officer, DemoUser(username, password, role.value, station_name)


def create_station_staff(users: UserService, rng: random.Random, station_id: int,
                         station_name: str) -> tuple[StationStaff, list[DemoUser]]:
    taken: set[Pair] = set()
    officers: list[Officer] = []
    logins: list[DemoUser] = []
    for prefix, role, rank in POSTS:
        username = f"{prefix}.{slug(station_name)}"
        officer, login = create_officer(users, rng, taken, username=username, role=role, rank=rank,
                                        station_id=station_id, station_name=station_name)
        officers.append(officer)
        logins.append(login)
    constables = tuple((rng.choice(names.MALE_NAMES), rng.randint(1000, 9999)) for _ in range(6))
    staff = StationStaff(officers[0], officers[1], officers[2], (officers[3], officers[4]), constables)
    return staff, logins

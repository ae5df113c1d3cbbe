"""Synthetic persons for the demo: residents, visitors, NICOP holders, foreigners, a minor.

A ``DemoPerson`` keeps both scripts so that Urdu and English FIRs can name the
same person; the stored record takes the script of the FIR that first names it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from app.demo import names
from app.demo.cnic import CnicRegistry
from app.registers.persons import PersonDraft

Pair = names.Pair
RELATION_UR = {"s/o": "ولد", "d/o": "دختر", "w/o": "زوجہ"}


@dataclass
class DemoPerson:
    name: Pair
    relation: str
    relative: Pair
    caste: Pair
    address: Pair
    gender: str
    age: int
    cnic: str = ""
    nicop: str = ""
    passport: str = ""
    phone: str = ""
    alias: Pair | None = None
    person_id: int | None = field(default=None, compare=False)  # set once the record exists

    def draft(self, urdu: bool) -> PersonDraft:
        """The person form as the moharrar fills it in for an FIR in Urdu or English."""
        script = 1 if urdu else 0
        # add_person stores a blank CNIC as "" and the unique index on person.cnic admits only one "",
        # so a second person without a CNIC fails; None is stored as NULL (core bug, reported).
        no_cnic: str = None  # type: ignore[assignment]
        return PersonDraft(
            name_en=self.name[0], name_ur=self.name[1], relation=self.relation,
            relative_name_en=self.relative[0], relative_name_ur=self.relative[1], cnic=self.cnic or no_cnic,
            nicop=self.nicop, passport=self.passport, caste=self.caste[script], gender=self.gender,
            age_years=self.age, address=self.address[script], phones=[self.phone] if self.phone else [],
            aliases=list(self.alias) if self.alias else [],
        )

    def title(self, urdu: bool) -> str:
        """Name and parentage, as written in a diary: "Muhammad Aslam s/o Ghulam Rasool"."""
        mistress = self.gender == "F" and not self.passport  # "Mst." is written for Pakistani women only
        if urdu:
            prefix = "مسمات " if mistress else ""
            return f"{prefix}{self.name[1]} {RELATION_UR[self.relation]} {self.relative[1]}"
        prefix = "Mst. " if mistress else ""
        return f"{prefix}{self.name[0]} {self.relation} {self.relative[0]}"

    def describe(self, urdu: bool) -> str:
        """Name, parentage, caste, age and residence, as the FIR names a party."""
        alias = ""
        if self.alias:
            alias = f" عرف {self.alias[1]}" if urdu else f" alias {self.alias[0]}"
        if urdu:
            caste = f" قوم {self.caste[1]}" if self.caste[1] else ""
            return f"{self.title(True)}{alias}{caste} عمر {self.age} سال سکنہ {self.address[1]}"
        caste = f", caste {self.caste[0]}" if self.caste[0] else ""
        return f"{self.title(False)}{alias}{caste}, aged {self.age}, r/o {self.address[0]}"


class PeopleFactory:
    """Makes new persons for one district; the registry is shared across districts."""

    def __init__(self, rng: random.Random, cnics: CnicRegistry, district: str) -> None:
        self.rng = rng
        self.cnics = cnics
        self.district = district

    def resident(self, gender: str = "M", age: tuple[int, int] = (19, 68)) -> DemoPerson:
        rng = self.rng
        name = rng.choice(names.MALE_NAMES if gender == "M" else names.FEMALE_NAMES)
        years = rng.randint(*age)
        relation = "s/o" if gender == "M" else ("w/o" if years > 22 and rng.random() < 0.65 else "d/o")
        return DemoPerson(
            name=name, relation=relation, relative=self._other_male(name), caste=self._caste(),
            address=self.address(), gender=gender, age=years,
            cnic=self.cnics.issue(rng.choice(names.CNIC_PREFIXES[self.district]), gender), phone=self.phone(),
        )

    def accused(self) -> DemoPerson:
        person = self.resident("M", (18, 45))
        if self.rng.random() < 0.12:
            person.alias = self.rng.choice(names.ALIASES)
        person.phone = "" if self.rng.random() < 0.6 else person.phone
        return person

    def visitor(self) -> DemoPerson:
        """A man from another province: the CNIC starts 1, 4 or 6."""
        prefix, home_en, home_ur = self.rng.choice(names.VISITOR_HOMES)
        person = self.resident("M")
        person.cnic = self.cnics.issue(prefix, "M")
        person.address = (home_en, home_ur)
        return person

    def overseas(self, gender: str = "M") -> DemoPerson:
        """An overseas Pakistani who shows a NICOP instead of a CNIC."""
        person = self.resident(gender, (30, 60))
        person.nicop, person.cnic = person.cnic, ""
        return person

    def minor(self) -> DemoPerson:
        """A boy too young for a CNIC: identified by age and parentage only."""
        person = self.resident("M", (14, 16))
        person.cnic, person.phone = "", ""
        return person

    def foreigner(self, index: int) -> DemoPerson:
        name, father, gender = names.FOREIGNERS[index]
        passport = "E" + "".join(self.rng.choice("0123456789") for _ in range(8))
        return DemoPerson(
            name=name, relation="s/o" if gender == "M" else "d/o", relative=father, caste=("", ""),
            address=("Chinese national, guest house, Gulberg III, Lahore",
                     "چینی باشندہ، گیسٹ ہاؤس، گلبرگ تھری، لاہور"),
            gender=gender, age=self.rng.randint(28, 45), passport=passport, phone=self.phone(),
        )

    def namesake(self, person: DemoPerson) -> DemoPerson:
        """Same name and father, different CNIC and address: a de-duplication drill."""
        twin = self.resident(person.gender)
        twin.name, twin.relation, twin.relative = person.name, person.relation, person.relative
        return twin

    def address(self) -> Pair:
        rng = self.rng
        city = names.CITY[self.district]
        if rng.random() < 0.2:
            village_en, village_ur = rng.choice(names.VILLAGES[self.district])
            chak = rng.randint(40, 290)
            return (f"{village_en.format(n=chak)}, District {city[0]}",
                    f"{village_ur.format(n=chak)}، ضلع {city[1]}")
        place = rng.choice(names.LOCALITIES[self.district])
        template = rng.choice(names.STREET_ADDRESSES)
        values = {"n": rng.randint(1, 480), "g": rng.randint(1, 24), "b": rng.choice("ABCDEFGHJK")}
        return (template[0].format(place=place[0], city=city[0], **values),
                template[1].format(place=place[1], city=city[1], **values))

    def phone(self) -> str:
        return f"{self.rng.choice(names.PHONE_PREFIXES)}-{self.rng.randrange(10**7):07d}"

    def _caste(self) -> Pair:
        pool = names.CASTES[self.district] if self.rng.random() < 0.8 else names.COMMON_CASTES
        return self.rng.choice(pool)

    def _other_male(self, not_this: Pair) -> Pair:
        while (father := self.rng.choice(names.MALE_NAMES)) == not_this:
            pass
        return father

"""Composing one demo FIR: times, place, sections and the first-information text."""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.clock import to_pkt
from app.demo import stories
from app.demo.names import CITY, LOCALITIES, MALE_NAMES, PLATE_PREFIXES, Pair
from app.demo.people import DemoPerson
from app.demo.staff import Officer, constables_phrase
from app.demo.stories import SectionKey, Story
from app.demo.wording import join_words
from app.registers.fir_rules import DIRECTIONS, AccusedDraft, FirDraft, PartyRef

# Stories whose complainant did not see the offence: the occurrence is a window (from .. to).
UNSEEN = frozenset({"house_theft", "vehicle_theft", "burglary"})


@dataclass(frozen=True)
class SectionRef:
    id: int
    law: str
    section: str
    short: Pair  # the law's short name, e.g. ("PPC", "ت پ")
    bailable: bool


@dataclass(frozen=True)
class StationInfo:
    id: int
    name: Pair
    district: str  # English district name, the key of the name tables


@dataclass
class Case:
    """An FIR as the generator composed it; ``fir_id`` and ``number`` are set once registered."""

    story: Story
    urdu: bool
    complainant: DemoPerson
    accused: list[DemoPerson]
    occurred_at: datetime
    place: str
    sections: list[SectionRef]
    io: Officer
    recovered: Pair | None
    strangers: list[int]  # ages of the unknown accused
    loot: str = ""
    fir_id: int = 0
    number: str = ""

    def sections_text(self, urdu: bool) -> str:
        return sections_text(self.sections, urdu)

    @property
    def bailable(self) -> bool:
        return all(s.bailable for s in self.sections)


# The words of an Urdu sentence that agree with the complainant's gender.
MASCULINE = {"ka": "کا", "raha": "رہا تھا", "gaya": "گیا", "hua": "ہوا", "tha": "تھا", "sakta": "سکتا"}
FEMININE = {"ka": "کی", "raha": "رہی تھی", "gaya": "گئی", "hua": "ہوئی", "tha": "تھی", "sakta": "سکتی"}


def pick_story(rng: random.Random) -> Story:
    return rng.choices(stories.STORIES, weights=[s.share for s in stories.STORIES])[0]


def sections_text(sections: list[SectionRef], urdu: bool) -> str:
    """ "324/34 PPC" style: sections of one law joined by a slash, laws by a comma."""
    groups: dict[str, list[SectionRef]] = {}
    for s in sections:
        groups.setdefault(s.law, []).append(s)
    script = 1 if urdu else 0
    parts = ["/".join(s.section for s in group) + " " + group[0].short[script] for group in groups.values()]
    return ("، " if urdu else ", ").join(parts)


def strangers_phrase(ages: list[int], urdu: bool) -> str:
    """ "two unknown persons aged about 25/30 years", as the complainant saw them."""
    if not ages:
        return ""
    years = "/".join(str(a) for a in ages)
    count = stories.COUNT_WORDS[len(ages)]
    if urdu:
        return f"{count[1]} نامعلوم کس {'عمر' if len(ages) == 1 else 'عمریں'} تقریباً {years} سال"
    if len(ages) == 1:
        return f"an unknown person aged about {years} years"
    return f"{count[0]} unknown persons aged about {years} years"


def rupees(amount: int, urdu: bool) -> str:
    return f"{amount:,} روپے" if urdu else f"Rs {amount:,}"


class CaseComposer:
    """Writes FIR content for one station from a story and the chosen persons."""

    def __init__(self, rng: random.Random, station: StationInfo, sections: Mapping[SectionKey, SectionRef],
                 constables: tuple[tuple[Pair, int], ...]) -> None:
        self.rng = rng
        self.station = station
        self.sections = sections
        self.constables = constables

    def compose(self, story: Story, reported_at: datetime, *, urdu: bool, complainant: DemoPerson,
                accused: list[DemoPerson], io: Officer, officer: Officer | None, late: bool,
                written_at: datetime, diary_ref: str) -> tuple[Case, FirDraft]:
        """The case and the FIR form as the moharrar fills it in at ``written_at``."""
        rng = self.rng
        occurred_at = reported_at - self._lag(story, late)
        keys = list(story.sections) + self._joint_sections(story, len(accused))
        recovered = rng.choice(stories.RECOVERED[story.key]) if story.accused == "recovery" else None
        strangers = rng.randint(*story.accused_count) if story.accused == "unknown" else 0
        ages = [rng.choice(stories.AGES) for _ in range(strangers)]
        case = Case(story, urdu, complainant, accused, occurred_at, "", [self.sections[k] for k in keys], io,
                    recovered, ages)
        values = self._template_values(case, officer)
        case.place, case.loot = values["spot"], values["loot"]
        opening = "" if story.accused == "recovery" else stories.STATEMENT_OPENING[urdu].format(**values)
        body = rng.choice(story.body_ur if urdu else story.body_en).format(**values)
        police = stories.POLICE_PROCEEDINGS[urdu].format(sections=case.sections_text(urdu), io=io.title(urdu))
        window = timedelta(hours=rng.randint(2, 9)) if story.key in UNSEEN else None
        draft = FirDraft(
            occurred_from=occurred_at - window if window else occurred_at,
            occurred_to=occurred_at if window else None,
            reported_at=reported_at,
            place=case.place[0].upper() + case.place[1:],
            distance_km=round(rng.uniform(0.4, 14.0), 1),
            direction=rng.choice(DIRECTIONS),
            complainant=self._party(complainant, urdu),
            accused=[AccusedDraft(self._party(p, urdu)) for p in accused]
            + [AccusedDraft(description=self._stranger(urdu, age)) for age in ages],
            section_ids=[s.id for s in case.sections],
            property_taken=values["loot"][:1].upper() + values["loot"][1:],
            first_information=opening + body + police,
            delay_explanation=rng.choice(stories.DELAY_EXPLANATIONS)[urdu] if late else "",
            despatched_at=written_at,
            investigating_officer_id=io.actor.user_id,
            diary_ref=diary_ref,
        )
        return case, draft

    @staticmethod
    def _party(person: DemoPerson, urdu: bool) -> PartyRef:
        if person.person_id is not None:
            return PartyRef(person_id=person.person_id)
        return PartyRef(draft=person.draft(urdu))

    # --- pieces ---------------------------------------------------------------

    def _lag(self, story: Story, late: bool) -> timedelta:
        rng = self.rng
        if late:
            return timedelta(hours=rng.randint(26, 240), minutes=rng.randint(0, 59))
        if story.accused == "recovery":
            return timedelta(minutes=rng.randint(30, 100))
        # Most complaints come within two hours, some the same day, a few the next morning.
        low, high = rng.choice(((20, 120), (20, 120), (120, 480), (480, 1200)))
        return timedelta(minutes=rng.randint(low, high))

    def _joint_sections(self, story: Story, named: int) -> list[SectionKey]:
        """Common intention (34) for two to four named accused; rioting (148/149) for five or more."""
        if story.accused != "named" or named < 2:
            return []
        if named >= 5:
            return [("PPC", "148"), ("PPC", "149")]
        return [("PPC", "34")]

    def _template_values(self, case: Case, officer: Officer | None) -> dict[str, str]:
        rng, story, urdu = self.rng, case.story, case.urdu
        i = 1 if urdu else 0
        when = to_pkt(case.occurred_at)
        female = case.complainant.gender == "F"
        low, high = story.amount
        amount = rupees(rng.randrange(low, high + 1, 500), urdu) if high else ""
        vehicle = self._vehicle(story, urdu)
        phone = rng.choice(stories.PHONES)
        loot = ""
        if story.loot:
            loot = rng.choice(story.loot)[i].format(amount=amount, vehicle=vehicle, phone=phone)
        kin = rng.choice(stories.KIN)
        victim_name = rng.choice([n for n in MALE_NAMES if n != case.complainant.name])
        witnesses = rng.sample(MALE_NAMES, 2)
        return {
            "date": f"{when:%d-%m-%Y}", "time": f"{when:%H:%M}",
            "spot": self._spot(story, case.complainant, urdu),
            "loot": loot, "vehicle": vehicle, "amount": amount, "phone": phone,
            "unknown": strangers_phrase(case.strangers, urdu),
            "accused": join_words([p.describe(urdu) for p in case.accused], urdu),
            "victim": f"{kin[i]} {victim_name[i]}",
            "witnesses": join_words([w[i] for w in witnesses], urdu),
            "motive": rng.choice(stories.MOTIVES)[i], "weapon": rng.choice(stories.WEAPONS)[i],
            "officer": officer.title(urdu) if officer else "",
            "constables": constables_phrase(rng, self.constables, urdu),
            "station": self.station.name[i], "recovered": case.recovered[i] if case.recovered else "",
            "complainant": case.complainant.describe(urdu),
            **(FEMININE if female else MASCULINE),
        }

    def _spot(self, story: Story, complainant: DemoPerson, urdu: bool) -> str:
        i = 1 if urdu else 0
        template = self.rng.choice(stories.SPOTS[story.spot])[i]
        if story.spot == "home":
            return template.format(locality=complainant.address[i])
        return template.format(locality=self.locality()[i])

    def locality(self) -> Pair:
        """Mostly the station's own area, otherwise anywhere in the district."""
        pool = LOCALITIES[self.station.district]
        own = [p for p in pool if p[0].lower() in self.station.name[0].lower()]
        if own and self.rng.random() < 0.5:
            return self.rng.choice(own)
        city = CITY[self.station.district]
        place = self.rng.choice(pool)
        return (f"{place[0]}, {city[0]}", f"{place[1]}، {city[1]}")

    def _vehicle(self, story: Story, urdu: bool) -> str:
        rng = self.rng
        models = stories.CARS if story.key == "vehicle_theft" else stories.MOTORCYCLES
        model = rng.choice(models)[1 if urdu else 0]
        plate = f"{rng.choice(PLATE_PREFIXES[self.station.district])}-{rng.randint(100, 9999)}"
        year = rng.randint(2012, 2025)
        return f"{model} نمبر {plate} ماڈل {year}" if urdu else f"{model} No. {plate}, model {year}"

    def _stranger(self, urdu: bool, age: int) -> str:
        rng = self.rng
        i = 1 if urdu else 0
        build = rng.choice(stories.BUILDS)[i]
        complexion, clothes = rng.choice(stories.COMPLEXIONS)[i], rng.choice(stories.CLOTHES)[i]
        if urdu:
            return f"نامعلوم ملزم، عمر تقریباً {age} سال، {build}، رنگ {complexion}، {clothes}"
        return f"Unknown accused, aged about {age}, {build}, {complexion} complexion, {clothes}"

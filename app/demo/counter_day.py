"""The Khidmat Markaz counter of the demo's first station: today (up to the services' clock) and the days before
it, as counter staff and the SHO would have worked them (domain brief §4.2, §9.6).

Applicants arrive through office hours in the 2025 service mix, take a token, are called to one of the counters
and their application is received through the real ``ApplicationService``, which chains, audits and queues
each step and its SMS. Then each moves along the timeline as its service's turnaround allows: most are made
ready and handed over with feedback, some are rejected, some are stuck past their due time (overdue), and
those still in hand today are where today's clock left them. Some people apply for someone else, and a few
certificate applicants are persons with CRO records, so the trainer can present their enrolled finger at the
counter and watch the 1:N search hit.

Services with record checks are verified through the real ``VerificationService`` (a certificate applicant's
finger searched 1:N first: a synthetic finger, or the CRO person's enrolled one, which hits and sends the
application to the SHO), and each application made ready gets its signed document from ``IssuingService``.

Deterministic from the generator's random source and the services' clock, like the registers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import partial

from sqlalchemy import select

from app.biometrics.engine import ENGINE_DPI
from app.biometrics.synthetic import finger_seed, impression
from app.clock import pkt_date, to_pkt
from app.counter.applications import ApplicationDraft, ApplicationService
from app.counter.catalogue import Service, TurnaroundUnit
from app.counter.issuing import IssuingService
from app.counter.timeline import Status
from app.counter.tokens import TokenService
from app.counter.verification import VerificationService
from app.demo.cases import StationInfo
from app.demo.counter_values import CounterValues
from app.demo.people import DemoPerson, PeopleFactory
from app.demo.staff import DemoUser, create_officer, slug
from app.demo.timeline import Agenda, SimClock, pkt_at
from app.fingerprints.errors import PoorImpression, TooFewFeatures
from app.fingerprints.fingers import DEFAULT_FINGERS
from app.fingerprints.identification import IdentificationService, Purpose
from app.security.actor import Actor
from app.security.permissions import Role
from app.services import Services
from app.storage.models import CounterApplication, CroRecord, Fir, Person

DAYS = 6  # today and the five days before it
PER_DAY = (18, 26)  # applications a day (§9.6: 20 to 120 a service point)
COUNTERS = 3
OPENS, CLOSES = 9, 17  # office hours, Pakistan time
# Jan-May 2025 volumes in thousands (domain brief §4.2 [S35]), by catalogue code.
MIX: dict[str, float] = {
    "general_verification": 656, "character_certificate": 339, "tenant_registration": 165, "fir_copy": 67,
    "medico_legal": 63, "vulnerable_protection": 54, "lost_document_report": 35, "vehicle_verification": 17,
    "employee_registration": 11.7, "employee_verification": 1.3,
}
CRO_APPLICANTS = 3  # character-certificate applicants with a CRO record: two today, one with the SHO
URDU_SHARE = 0.75
AGENT_SHARE = 0.1
RETURNING_SHARE = 0.15  # applicants already in the person index
NO_SHOW_SHARE = 0.04
REJECT_SHARE = 0.08
STUCK_SHARE = 0.12  # left in hand past the due time: the overdue cases
UNCOLLECTED_SHARE = 0.15
PLACINGS = 3  # times a finger is placed on the scanner before the counter tries another
REJECTIONS = ("Required documents not produced", "Address could not be verified", "Applicant did not attend")
FEEDBACK = ("", "", "Quick service", "Staff were helpful", "Waited too long for the token")


def apportion(weights: dict[str, float], total: int) -> dict[str, int]:
    """Whole counts in proportion to the weights (largest remainder), each service at least once."""
    scale = sum(weights.values())
    exact = {code: max(1.0, total * w / scale) for code, w in weights.items()}
    counts = {code: int(x) for code, x in exact.items()}
    for code in sorted(exact, key=lambda c: counts[c] - exact[c])[:max(0, total - sum(counts.values()))]:
        counts[code] += 1
    return counts


@dataclass(frozen=True)
class Visit:
    """One applicant's visit: when they come, for what, who they are, and whether they have a CRO record."""

    arrives: datetime
    service: Service
    applicant: DemoPerson | None  # a new person...
    person_id: int | None = None  # ...or one in the person index
    cro_hit: bool = False


def office_time(instant: datetime, rng: random.Random) -> datetime:
    """The instant, or the next office hours' start (with a few minutes' spread) if the counter is closed."""
    local = to_pkt(instant)
    if local.hour < OPENS:
        return pkt_at(local.date(), OPENS, rng.randint(0, 40))
    if local.hour >= CLOSES:
        return pkt_at(local.date() + timedelta(days=1), OPENS, rng.randint(0, 40))
    return local


class CounterDay:
    def __init__(self, services: Services, rng: random.Random, station: StationInfo,
                 people: PeopleFactory, counter: Actor, now: datetime, days: int = DAYS) -> None:
        self.rng, self.station, self.people, self.counter, self.days = rng, station, people, counter, days
        db, desk = services.db, services.counter
        self.db, self.catalogue, self.now = db, desk.catalogue, now
        self.clock = SimClock(now)
        self.agenda = Agenda()
        self.tokens = TokenService(db, self.catalogue, self.clock)
        self.applications = ApplicationService(db, self.catalogue, self.tokens, self.clock)
        self.verification = VerificationService(self.applications)
        self.issuing = IssuingService(self.applications, desk.issuing.key_store, desk.issuing.data_dir, self.clock)
        self.identification = IdentificationService(db, services.enrolment, services.gallery, self.clock)
        with db.read() as s:
            firs = [(f.serial, f.year) for f in s.scalars(select(Fir).where(
                Fir.station_id == station.id, Fir.kind == "original").order_by(Fir.id).limit(200))]
            on_record = select(CroRecord.person_id).where(CroRecord.station_id == station.id)
            self.cro_people = list(s.scalars(select(Person.id).where(Person.id.in_(on_record))
                                             .order_by(Person.id).limit(CRO_APPLICANTS)))
            self.returning = list(s.scalars(select(Person.id).where(
                Person.is_demo.is_(True), Person.cnic.is_not(None), Person.id.not_in(on_record))
                .order_by(Person.id).limit(200)))
        self.values = CounterValues(rng, people, station, firs)

    # --- planning -----------------------------------------------------------------------------------

    def plan(self) -> list[Visit]:
        rng, today = self.rng, pkt_date(self.now)
        days = [today - timedelta(days=k) for k in range(self.days - 1, -1, -1)]
        per_day = [rng.randint(*PER_DAY) for _ in days]
        codes = [code for code, n in apportion(MIX, sum(per_day)).items() for _ in range(n)]
        per_day[-1] += len(codes) - sum(per_day)  # the rarest services are there at least once
        rng.shuffle(codes)
        visits: list[Visit] = []
        for day, count in zip(days, per_day, strict=True):
            minutes = sorted(rng.randint(0, (CLOSES - OPENS) * 60 - 1) for _ in range(count))
            for minute in minutes:
                arrives = pkt_at(day, OPENS) + timedelta(minutes=minute)
                visits.append(self._visit(arrives, self.catalogue.get(codes.pop())))
        # CRO-record applicants: one two days ago (to the SHO by now), the others this morning
        certificate = self.catalogue.get("character_certificate")
        for k, person_id in enumerate(self.cro_people):
            day = days[max(0, len(days) - 3)] if k == 0 else today
            arrives = pkt_at(day, OPENS + 1 + k, rng.randint(0, 50))
            visits.append(Visit(arrives, certificate, None, person_id, cro_hit=True))
        return sorted(visits, key=lambda v: v.arrives)

    def _visit(self, arrives: datetime, service: Service) -> Visit:
        if self.returning and self.rng.random() < RETURNING_SHARE:
            return Visit(arrives, service, None, self.rng.choice(self.returning))
        return Visit(arrives, service, self.people.resident("M" if self.rng.random() < 0.7 else "F"))

    def run(self) -> None:
        for visit in self.plan():
            self._at(visit.arrives, partial(self._arrive, visit=visit))
        self.agenda.run_until(self.now)  # what today's clock has not reached yet has not happened

    # --- the steps, each at its instant --------------------------------------------------------------

    def _at(self, when: datetime, step: Callable[[datetime], object]) -> None:
        def run(at: datetime) -> None:
            self.clock.now = at
            step(at)

        self.agenda.at(when, run)

    def _arrive(self, when: datetime, visit: Visit) -> None:
        self.tokens.issue(self.counter, visit.service.code)
        self._at(when + timedelta(minutes=self.rng.randint(3, 35)), lambda at: self._called(at, visit))

    def _called(self, when: datetime, visit: Visit) -> None:
        token = self.tokens.call_next(self.counter, self.rng.randint(1, COUNTERS), [visit.service.code])
        if not visit.cro_hit and self.rng.random() < NO_SHOW_SHARE:
            self.tokens.skip(self.counter, token.id)
            return
        self._at(when + timedelta(minutes=self.rng.randint(3, 9)), lambda at: self._receive(at, visit, token.id))

    def _receive(self, when: datetime, visit: Visit, token_id: int) -> None:
        rng, service = self.rng, visit.service
        urdu = rng.random() < URDU_SHARE
        # a returning applicant's answers (address, phone) are made up afresh: the index keeps who they are
        person = visit.applicant or self.people.resident()
        documents = [i for i, d in enumerate(service.documents) if d.required or rng.random() < 0.3]
        draft = ApplicationDraft(service_code=service.code, applicant_id=visit.person_id,
                                 applicant=visit.applicant.draft(urdu) if visit.applicant else None,
                                 values=self.values.values(service, person, person.phone or self.people.phone(),
                                                           pkt_date(when), urdu),
                                 documents=documents, language="ur" if urdu else "en", token_id=token_id)
        if visit.applicant is not None and rng.random() < AGENT_SHARE:  # the father or husband applies
            draft.agent_name = person.relative[1 if urdu else 0]
            draft.agent_cnic = self.people.cnics.issue(person.cnic[:5], "M")
            draft.agent_relation = "spouse" if person.relation == "w/o" else "father"
        application = self.applications.receive(self.counter, draft, is_demo=True)
        # the fingers the counter searches: the CRO person's enrolled ones, or fingers nobody enrolled
        identity = application.applicant.uid if visit.cro_hit else f"counter applicant {application.tracking_no}"
        self._progress(when, application.id, service, visit.cro_hit, identity)

    def _progress(self, received: datetime, app_id: int, service: Service, cro_hit: bool, identity: str) -> None:
        rng, advance = self.rng, self.applications.advance
        fate = rng.random()
        if cro_hit:  # the fingerprint search finds the record: to the SHO (the trainer's drill today)
            self._at(received + timedelta(minutes=20), lambda _: self._verify(app_id, service, identity))
            return
        if fate < STUCK_SHARE:  # in hand, past its due time once the clock gets there
            if service.approver is Role.SHO:
                self._at(received + timedelta(hours=3), lambda _: advance(self.counter, app_id,
                                                                          Status.UNDER_VERIFICATION))
            return
        hours = service.turnaround.amount * (1 if service.turnaround.unit is TurnaroundUnit.HOURS else 24)
        done = office_time(received + timedelta(hours=hours * rng.uniform(0.2, 1.1)), rng)
        if service.approver is Role.SHO:
            self._at(received + timedelta(minutes=rng.randint(30, 180)),
                     lambda _: advance(self.counter, app_id, Status.UNDER_VERIFICATION))
        if fate < STUCK_SHARE + REJECT_SHARE:
            self._at(done, lambda _: advance(self.counter, app_id, Status.REJECTED, rng.choice(REJECTIONS)))
            return
        collected = office_time(done + timedelta(hours=rng.uniform(0.2, 30)), rng)
        uncollected = rng.random() < UNCOLLECTED_SHARE
        self._at(done, lambda _: self._make_ready(app_id, service, identity, None if uncollected else collected))

    def _make_ready(self, app_id: int, service: Service, identity: str, collected: datetime | None) -> None:
        """Checked (when the service checks records) and, if nothing hit, ready with its signed document; then
        collected at ``collected`` (None: not collected yet)."""
        if service.verifier is None and not service.fingerprint_check:
            self.applications.advance(self.counter, app_id, Status.READY)
        elif self._verify(app_id, service, identity).status != Status.READY:
            return  # a hit (a plate on the stolen list, say): the SHO's to decide
        self.issuing.issue(self.counter, app_id)
        if collected is not None:
            rng = self.rng
            self._at(collected, lambda _: self.applications.hand_over(
                self.counter, app_id, rng.choice((3, 4, 4, 5, 5, 5)), rng.choice(FEEDBACK)))

    def _verify(self, app_id: int, service: Service, identity: str) -> CounterApplication:
        check = self._search(identity) if service.fingerprint_check else None
        return self.verification.verify(self.counter, app_id, check)

    def _search(self, identity: str) -> str:
        """The counter's 1:N search of the applicant's finger: a print too poor to read is placed again, and
        a finger that will not read is passed over for the next (some synthetic fingers have too few features)."""
        error: PoorImpression | TooFewFeatures | None = None
        for finger in DEFAULT_FINGERS:
            for placing in range(PLACINGS):
                pixels = impression(finger_seed(identity, finger), placing).pixels
                try:
                    return self.identification.identify(self.counter, pixels, ENGINE_DPI, place="Counter",
                                                        purpose=Purpose.COUNTER, is_demo=True).uid
                except (PoorImpression, TooFewFeatures) as exc:
                    error = exc
        assert error is not None
        raise error


def build_counter_days(services: Services, rng: random.Random, station: StationInfo, people: PeopleFactory,
                       now: datetime, days: int = DAYS) -> list[DemoUser]:
    """The counter staff account of the station, and its counter's ``days`` days up to ``now`` (none: the account
    only)."""
    clerk, login = create_officer(services.users, rng, set(), username=f"counter.{slug(station.name[0])}",
                                  role=Role.COUNTER_STAFF, rank="HC", station_id=station.id,
                                  station_name=station.name[0])
    if days:
        CounterDay(services, rng, station, people, clerk.actor, now, days).run()
    return [login]

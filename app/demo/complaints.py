"""Front-desk complaints (CMS, domain brief §3.11) at the demo's first station over its last week.

Each is registered, assigned, worked and closed through the real ``ComplaintService`` on the demo's clock,
so its e-tag, chained history and SMS notices are what the station would have. Some are left past their
promised time and escalated when the week ends, so a trainer finds overdue complaints at the SHO and the DPO.
Deterministic from the generator's random source, like the registers.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta
from functools import partial

from app.clock import pkt_date
from app.complaints.rules import ComplaintDraft
from app.complaints.service import ComplaintService
from app.demo.people import PeopleFactory
from app.demo.staff import StationStaff
from app.demo.timeline import Agenda, SimClock, pkt_at
from app.registers.fir_rules import PartyRef
from app.services import Services

COMPLAINTS = 14
DAYS = 7
OPENS, CLOSES = 9, 17  # the front desk's busy hours, Pakistan time
URDU_SHARE = 0.75
CLOSED_SHARE = 0.45  # worked and closed within their time
UNASSIGNED_SHARE = 0.2  # still waiting for the SHO to assign: these become overdue
# What complainants come with, in English and Urdu, by category (the cognizable ones are in the FIR register's
# offence mix; the rest are the disputes and conduct complaints a front desk hears).
STORIES: dict[str, tuple[tuple[str, str], ...]] = {
    "theft": (("Motorcycle stolen from outside the house at night", "رات کو گھر کے باہر سے موٹر سائیکل چوری ہو گئی"),
              ("Mobile phone stolen in the bazaar", "بازار میں موبائل فون چوری ہو گیا")),
    "robbery": (("Two men on a motorcycle snatched a purse at gunpoint",
                 "موٹر سائیکل سوار دو افراد نے اسلحہ کے زور پر پرس چھین لیا"),),
    "fraud": (("Paid an advance for a plot the seller did not own",
               "پلاٹ کا بیعانہ دیا جو بیچنے والے کی ملکیت نہیں تھا"),),
    "harassment": (("Repeated threatening calls from an unknown number", "نامعلوم نمبر سے بار بار دھمکی آمیز کالیں"),),
    "property_dispute": (("The neighbour has built a wall across the shared street",
                          "ہمسائے نے مشترکہ گلی میں دیوار بنا لی ہے"),),
    "family_dispute": (("Dispute with the in-laws over dowry articles", "سسرال کے ساتھ جہیز کے سامان کا تنازع"),),
    "police_conduct": (("Made to wait a whole day at the front desk", "فرنٹ ڈیسک پر سارا دن انتظار کروایا گیا"),),
}
PLACES = ("Main Boulevard", "Liaquat Chowk", "Model Town Park", "Faisal Town market", "Kalma Chowk")
PROGRESS = ("Complainant and witnesses heard", "Both parties summoned to the station")
CLOSINGS = ("Parties reconciled in writing", "Articles recovered and returned", "Found to be a civil matter")


class FrontDesk:
    """The station's front desk over the week, each step at its instant on the demo's clock."""

    def __init__(self, services: Services, rng: random.Random, staff: StationStaff, people: PeopleFactory,
                 now: datetime) -> None:
        self.rng, self.staff, self.people, self.now = rng, staff, people, now
        self.clock = SimClock(now)
        self.agenda = Agenda()
        self.desk = ComplaintService(services.db, services.complaints.categories, services.counter.catalogue,
                                     services.firs, self.clock)

    def run(self) -> None:
        today = pkt_date(self.now)
        for _ in range(COMPLAINTS):
            day = today - timedelta(days=self.rng.randint(1, DAYS))
            received = pkt_at(day, self.rng.randint(OPENS, CLOSES - 1), self.rng.randint(0, 59))
            self._at(received, partial(self._register, day=day))
        self.agenda.run_until(self.now)
        self.clock.now = self.now
        self.desk.escalate_overdue(self.staff.sho.actor)  # as the complaints page does when it opens

    def _at(self, when: datetime, step: Callable[[datetime], object]) -> None:
        def run(at: datetime) -> None:
            self.clock.now = at
            step(at)

        self.agenda.at(when, run)

    def _register(self, at: datetime, day: date) -> None:
        rng, staff, desk = self.rng, self.staff, self.desk
        urdu = rng.random() < URDU_SHARE
        category = rng.choice(list(STORIES))
        story = rng.choice(STORIES[category])
        person = self.people.resident("M" if rng.random() < 0.7 else "F")
        complaint = desk.register(staff.moharrar.actor, ComplaintDraft(
            category=category, complainant=PartyRef(draft=person.draft(urdu)), description=story[1 if urdu else 0],
            place=rng.choice(PLACES), occurred_on=day - timedelta(days=rng.randint(0, 2)),
            mobile=self.people.phone(), language="ur" if urdu else "en"), is_demo=True)
        fate = rng.random()
        if fate < UNASSIGNED_SHARE:
            return
        officer = rng.choice(staff.ios).actor
        assigned = at + timedelta(hours=rng.uniform(0.5, 3))
        self._at(assigned, lambda _: desk.assign(staff.sho.actor, complaint.id, officer.user_id))
        if fate < UNASSIGNED_SHARE + CLOSED_SHARE:
            worked = assigned + timedelta(hours=rng.uniform(1, 6))
            self._at(worked, lambda _: desk.add_progress(officer, complaint.id, rng.choice(PROGRESS)))
            self._at(worked + timedelta(hours=rng.uniform(1, 12)),
                     lambda _: desk.close(officer, complaint.id, rng.choice(CLOSINGS)))


def build_complaints(services: Services, rng: random.Random, staff: StationStaff, people: PeopleFactory,
                     now: datetime) -> None:
    FrontDesk(services, rng, staff, people, now).run()

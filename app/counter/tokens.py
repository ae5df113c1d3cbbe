"""Queue tokens: issued per service, numbered per station per Pakistan day, called to a counter, recalled
or skipped. The queue board is what the second screen shows: the token now called at each counter and the
next ones waiting.

Calling the next token at a counter closes the one that counter had called (served). Every change is a
hash-chained event (register ``token_event``: the token's number, service and day, and the change), audited
and queued for the server in the same transaction (the centre's queue metrics)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from app.clock import iso_utc, now_utc, pkt_date
from app.counter.catalogue import Catalogue
from app.errors import ConflictError, FieldProblem, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.ids import uuid7
from app.registers.recorder import record_entry
from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import CounterToken, CounterTokenEvent

MAX_COUNTER = 99
WAITING, CALLED, SKIPPED, SERVED = "waiting", "called", "skipped", "served"
TOKEN_REGISTER = "token_event"


def token_prefix(service_code: str) -> str:
    """The letters before a token's number: the initials of the service code (character_certificate: CC)."""
    return "".join(word[0] for word in service_code.split("_")).upper()


def station_of(actor: Actor, permission: Permission | None = Permission.COUNTER_WORK) -> int:
    """The actor's station, once the permission (if one is named) is checked."""
    if permission is not None:
        actor.require(permission)
    if actor.station_id is None:
        raise ConflictError(QT_TRANSLATE_NOOP("core", "Your account is not posted to a police station."))
    return actor.station_id


def check_counter(counter_no: int) -> None:
    if not 1 <= counter_no <= MAX_COUNTER:
        raise ValidationError([FieldProblem("counter_no", QT_TRANSLATE_NOOP(
            "core", "The counter number must be between 1 and {most}."), {"most": MAX_COUNTER})])


def event_content(e: CounterTokenEvent) -> dict[str, object]:
    """What a token event's link covers: the token's fixed fields too, so an altered token row is found."""
    t = e.token
    return {"uid": e.uid, "token": t.uid, "day": t.day.isoformat(), "service": t.service_code, "number": t.number,
            "label": t.label, "issued_at": iso_utc(t.issued_at), "action": e.action, "status": e.status,
            "counter": e.counter_no, "at": iso_utc(e.at), "by": e.by.username}


EVENT_LOAD = (selectinload(CounterTokenEvent.token), selectinload(CounterTokenEvent.by))


@dataclass(frozen=True)
class CalledToken:
    counter_no: int
    label: str
    service_code: str


@dataclass(frozen=True)
class QueueBoard:
    called: list[CalledToken]  # one per counter, the latest call, by counter number
    waiting: list[str]  # the next labels, in the order they will be called
    waiting_count: int


class TokenService:
    def __init__(self, db: Database, catalogue: Catalogue, clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.catalogue, self.clock = db, catalogue, clock

    def issue(self, actor: Actor, service_code: str) -> CounterToken:
        station_id = station_of(actor)
        if service_code not in self.catalogue.codes():
            raise ValidationError([FieldProblem("service", QT_TRANSLATE_NOOP("core", "Choose a service."))])
        now = self.clock()
        day = pkt_date(now)
        with self.db.write() as s:
            number = (s.scalar(select(func.max(CounterToken.number)).where(
                CounterToken.station_id == station_id, CounterToken.day == day,
                CounterToken.service_code == service_code)) or 0) + 1
            token = CounterToken(uid=uuid7(), station_id=station_id, day=day, service_code=service_code,
                                 number=number, label=f"{token_prefix(service_code)}-{number:03d}", status=WAITING,
                                 issued_at=now, calls=0)
            s.add(token)
            self._record(s, actor, token, "token.issue")
        return token

    def call_next(self, actor: Actor, counter_no: int, service_codes: Sequence[str] = ()) -> CounterToken:
        """The longest-waiting token of today (of these services, if any are named) to this counter."""
        station_id = station_of(actor)
        check_counter(counter_no)
        now = self.clock()
        with self.db.write() as s:
            query = select(CounterToken).where(
                CounterToken.station_id == station_id, CounterToken.day == pkt_date(now),
                CounterToken.status == WAITING)
            if service_codes:
                query = query.where(CounterToken.service_code.in_(list(service_codes)))
            token = s.scalars(query.order_by(CounterToken.issued_at, CounterToken.id).limit(1)).first()
            if token is None:
                raise ConflictError(QT_TRANSLATE_NOOP("core", "No one is waiting."))
            self._call(s, actor, token, counter_no, now, "token.call")
        return token

    def recall(self, actor: Actor, token_id: int, counter_no: int) -> CounterToken:
        """Call a called or skipped token again (the applicant did not hear it, or came back)."""
        station_id = station_of(actor)
        check_counter(counter_no)
        with self.db.write() as s:
            token = self._own(s, station_id, token_id)
            if token.status not in (CALLED, SKIPPED):
                raise ConflictError(QT_TRANSLATE_NOOP("core", "Only a called or skipped token can be called again."))
            self._call(s, actor, token, counter_no, self.clock(), "token.recall")
        return token

    def skip(self, actor: Actor, token_id: int) -> CounterToken:
        """The called applicant did not come: the counter moves on, the token can still be recalled."""
        station_id = station_of(actor)
        with self.db.write() as s:
            token = self._own(s, station_id, token_id)
            if token.status != CALLED:
                raise ConflictError(QT_TRANSLATE_NOOP("core", "Only a called token can be skipped."))
            token.status = SKIPPED
            self._record(s, actor, token, "token.skip")
        return token

    def board(self, actor: Actor, upcoming: int = 6) -> QueueBoard:
        station_id = station_of(actor)
        day = pkt_date(self.clock())
        with self.db.read() as s:
            today = (CounterToken.station_id == station_id) & (CounterToken.day == day)
            called = list(s.scalars(select(CounterToken).where(today, CounterToken.status == CALLED)
                                    .order_by(CounterToken.counter_no)))
            waiting_query = select(CounterToken.label).where(today, CounterToken.status == WAITING)
            waiting = list(s.scalars(waiting_query.order_by(CounterToken.issued_at, CounterToken.id).limit(upcoming)))
            count = s.scalar(select(func.count()).select_from(CounterToken).where(
                today, CounterToken.status == WAITING)) or 0
            return QueueBoard([CalledToken(t.counter_no or 0, t.label, t.service_code) for t in called],
                              waiting, count)

    def _own(self, s: Session, station_id: int, token_id: int) -> CounterToken:
        token = s.get(CounterToken, token_id)
        if token is None or token.station_id != station_id:
            raise NotFound()
        return token

    def _call(self, s: Session, actor: Actor, token: CounterToken, counter_no: int, now: datetime,
              action: str) -> None:
        for previous in s.scalars(select(CounterToken).where(
                CounterToken.station_id == token.station_id, CounterToken.status == CALLED,
                CounterToken.counter_no == counter_no, CounterToken.id != token.id)):
            previous.status = SERVED  # the counter has moved on from it
            self._record(s, actor, previous, "token.served")
        token.status, token.counter_no, token.called_at, token.calls = CALLED, counter_no, now, token.calls + 1
        self._record(s, actor, token, action)

    def _record(self, s: Session, actor: Actor, token: CounterToken, action: str) -> None:
        s.flush()
        event = CounterTokenEvent(uid=uuid7(), token_id=token.id, station_id=token.station_id,
                                  action=action.removeprefix("token."), status=token.status,
                                  counter_no=token.counter_no, at=self.clock(), by_id=actor.user_id)
        s.add(event)
        s.flush()
        s.refresh(event, ["token", "by"])
        record_entry(s, actor, register=TOKEN_REGISTER, station_id=token.station_id, record_id=event.id,
                     record_uid=event.uid, content=event_content(event), action=action, target=f"token:{token.label}")

    def mark_served(self, s: Session, actor: Actor, station_id: int, token_id: int) -> None:
        """Within an application's transaction: its token is served."""
        token = self._own(s, station_id, token_id)
        if token.status != SERVED:
            token.status = SERVED
            self._record(s, actor, token, "token.served")

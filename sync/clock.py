"""How far this PC's clock is from the national server's.

Entries keep the time this PC gives them (the device time) and the server adds its own receive time, so
a wrong clock changes no order: chains, outbox and pull cursors go by position, never by time. But a
moharrar must be told: every server answer carries the server's time in its HTTP ``Date`` header, a sync
cycle compares it with this PC's clock, keeps the difference in the sync state (a setting), and
``clock_skew`` gives it to whoever shows a warning (``thana sync``, the status bar's banner)."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from sqlalchemy import select

from app.clock import iso_utc, now_utc
from app.i18n import QT_TRANSLATE_NOOP
from app.storage.database import Database
from app.storage.models import Setting
from sync.transport import Transport

SKEW_SETTING = "sync.clock_skew"
WARN_AT = timedelta(minutes=5)  # the Date header has whole seconds; a few minutes off is worth a word
BEHIND = QT_TRANSLATE_NOOP("core", "This PC's clock is {days} days {hours} hours {minutes} minutes behind the "
                                   "national server's. Entries keep this PC's time: please set the clock right.")
AHEAD = QT_TRANSLATE_NOOP("core", "This PC's clock is {days} days {hours} hours {minutes} minutes ahead of the "
                                  "national server's. Entries keep this PC's time: please set the clock right.")


@dataclass(frozen=True)
class ClockSkew:
    seconds: float  # the server's time minus this PC's: positive when this PC is behind
    server_time: str  # when it was measured, by the server's clock (ISO UTC)

    @property
    def significant(self) -> bool:
        return abs(self.seconds) >= WARN_AT.total_seconds()

    def message(self) -> tuple[str, dict[str, int]]:
        """The English template (for translation) and its parameters."""
        minutes = round(abs(self.seconds) / 60)
        params = {"days": minutes // 1440, "hours": minutes % 1440 // 60, "minutes": minutes % 60}
        return (BEHIND if self.seconds > 0 else AHEAD), params

    def text(self) -> str:
        template, params = self.message()
        return template.format(**params)


@dataclass
class ClockWatch:
    """A response hook on a Transport's session: each JSON answer's ``Date`` against this PC's clock at
    its arrival (a captive portal's page is not the server, and is left out)."""

    now: Callable[[], datetime] = now_utc
    samples: list[tuple[float, datetime]] = field(default_factory=list)  # (skew seconds, server time)

    def attach(self, transport: Transport) -> ClockWatch:
        transport.session.hooks["response"].append(self)
        return self

    def __call__(self, response: requests.Response, *_: Any, **__: Any) -> None:
        date = response.headers.get("Date")
        if not date or not response.headers.get("Content-Type", "").startswith("application/json"):
            return
        try:
            server_time = parsedate_to_datetime(date)
        except (TypeError, ValueError):
            return
        if server_time.tzinfo is not None:
            self.samples.append(((server_time - self.now()).total_seconds(), server_time))

    def skew(self) -> ClockSkew | None:
        """The median of this cycle's samples, or None without any."""
        if not self.samples:
            return None
        return ClockSkew(statistics.median(s for s, _ in self.samples), iso_utc(self.samples[-1][1]))


def record(db: Database, skew: ClockSkew) -> None:
    with db.write() as s:
        s.merge(Setting(key=SKEW_SETTING, value=json.dumps({"seconds": round(skew.seconds, 1),
                                                            "server_time": skew.server_time})))


def clock_skew(db: Database) -> ClockSkew | None:
    """The difference the last sync cycle measured, or None before any (Qt-free: for the UI's banner)."""
    with db.read() as s:
        text = s.scalar(select(Setting.value).where(Setting.key == SKEW_SETTING))
    if text is None:
        return None
    try:
        value = json.loads(text)
        return ClockSkew(float(value["seconds"]), str(value["server_time"]))
    except (ValueError, KeyError, TypeError):
        return None

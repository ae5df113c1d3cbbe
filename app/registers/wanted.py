"""The national wanted list as this station holds it: read-only, filled by the ``wanted:national`` pull
scope (sync/shared_records.py). The person search and the check post look people up in it."""

from __future__ import annotations

from sqlalchemy import select

from app.security.actor import Actor
from app.security.permissions import Permission
from app.storage.database import Database
from app.storage.models import WantedPerson
from app.validation import text as tv
from app.validation.cnic import check_cnic

SEARCH_LIMIT = 50


def search_text(entry: WantedPerson) -> str:
    return "\n".join(w for w in (entry.name_en, entry.name_ur, entry.relative_name_en, entry.cnic, entry.reason) if w)


class WantedList:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(self, actor: Actor, user_text: str, limit: int = SEARCH_LIMIT) -> list[WantedPerson]:
        """Entries in force whose CNIC is the one typed, or whose names or reason hold every word typed."""
        actor.require(Permission.VIEW_REGISTERS)
        words = tv.clean(user_text).lower().split()
        if not words:
            return []
        cnic = check_cnic(user_text.strip())
        with self.db.read() as s:
            query = select(WantedPerson).where(WantedPerson.withdrawn.is_(False))
            if cnic.value and not cnic.error:
                query = query.where(WantedPerson.cnic == cnic.value)
            else:
                for word in words:
                    query = query.where(WantedPerson.search_text.contains(word))
            rows = list(s.scalars(query.order_by(WantedPerson.position.desc()).limit(limit)))
            s.expunge_all()
            return rows

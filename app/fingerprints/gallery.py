"""The station's enrolled fingers, and the national wanted list's, as a 1:N index, built once from the
encrypted database.

The index's rows live in the database (``finger_template``), so they are encrypted at rest and written in
the same transaction as the record they belong to; the in-memory index is loaded on first use (or by a
warm-up after login) and then follows enrolments and withdrawals without a rebuild.
"""

from __future__ import annotations

import base64
import logging
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.biometrics import iso19794
from app.biometrics.engine import Minutiae
from app.biometrics.index import FingerIndex
from app.biometrics.index_format import pack
from app.fingerprints.kit import Engine
from app.storage.database import Database
from app.storage.models import FingerImpression, FingerTemplate, WantedPerson

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Owner:
    record_id: int  # a CRO record of this station, or 0 for an entry of the national wanted list
    finger: int
    wanted_uid: str | None = None


@dataclass(frozen=True)
class GalleryHit:
    owner: Owner
    score: float


@dataclass(frozen=True)
class Found:
    hits: list[GalleryHit]
    searched: int  # prints in the gallery when it was searched: the false-alarm chance grows with it


class Gallery:
    def __init__(self, db: Database, engine: Engine) -> None:
        self.db = db
        self.engine = engine
        self._lock = threading.Lock()
        self._index: FingerIndex | None = None
        self._owners: dict[int, Owner] = {}

    def warm_up(self) -> int:
        """Load the index now (call it off the GUI thread); returns how many fingers it holds."""
        return len(self._loaded()[1])

    def _loaded(self) -> tuple[FingerIndex, dict[int, Owner]]:
        with self._lock:
            if self._index is None:
                with self.db.read() as s:
                    rows = s.execute(select(FingerTemplate.id, FingerTemplate.packed, FingerTemplate.record_id,
                                            FingerImpression.finger)
                                     .join(FingerImpression, FingerImpression.id == FingerTemplate.impression_id)
                                     .order_by(FingerTemplate.id)).all()
                    wanted = list(wanted_templates(s))
                # the wanted list's fingers take negative keys: the CRO rows' ids are positive
                self._index = FingerIndex.load([*((key, packed) for key, packed, _, _ in rows),
                                                *((-n, packed) for n, (_, packed) in enumerate(wanted, 1))],
                                               matcher=self.engine.matcher)
                self._owners = {key: Owner(record_id, finger) for key, _, record_id, finger in rows}
                self._owners.update({-n: owner for n, (owner, _) in enumerate(wanted, 1)})
            return self._index, self._owners

    def invalidate(self) -> None:
        """Read everything again at the next search: a pull has changed the national wanted list."""
        with self._lock:
            self._index, self._owners = None, {}

    def added(self, key: int, packed: bytes, owner: Owner) -> None:
        """A committed row joins the index (unless the index is not loaded yet: it will read the row)."""
        with self._lock:
            if self._index is not None and key not in self._owners:
                self._index.add(key, packed)
                self._owners[key] = owner

    def removed(self, keys: list[int]) -> None:
        with self._lock:
            if self._index is not None:
                for key in keys:
                    if self._owners.pop(key, None) is not None:
                        self._index.remove(key)

    def search(self, probe: Minutiae, limit: int) -> Found:
        """The best ``limit`` prints for the probe, best first."""
        index, owners = self._loaded()
        searched = len(index)
        hits = index.search(probe, limit)
        # a finger withdrawn while the search ran is left out
        return Found([GalleryHit(owner, hit.score) for hit in hits if (owner := owners.get(hit.key)) is not None],
                     searched)


def wanted_templates(session: Session) -> Iterator[tuple[Owner, bytes]]:
    """The inline ISO templates of the wanted list's entries in force, packed for the index. A finger known
    only by its template's SHA-256 waits for the blob; a damaged template is left out and counted."""
    damaged = 0
    for entry in session.scalars(select(WantedPerson).where(WantedPerson.withdrawn.is_(False))
                                 .order_by(WantedPerson.position)):
        for finger in entry.fingers:
            if not isinstance(finger.get("template"), str):
                continue
            try:
                template = iso19794.read(base64.b64decode(str(finger["template"]), validate=True))
                packed = pack(Minutiae.from_iso(template))
            except (ValueError, IndexError, iso19794.TemplateError):
                damaged += 1
                continue
            yield Owner(0, int(str(finger.get("finger") or 0)), entry.uid), packed
    if damaged:
        log.warning("gallery: %d templates of the wanted list could not be read", damaged)

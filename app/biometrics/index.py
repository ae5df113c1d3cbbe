"""The station's 1:N fingerprint index: every enrolled template in memory, searched in two stages.

A probe is first screened against the whole gallery with one 64-bit word per minutia (index_screen), then
the closest ``shortlist`` templates are scored by the matcher and the best come back. Templates arrive as
stored rows (index_format): loading 100,000 of them is a few vectorised passes over one joined buffer.

Enrolment adds and withdrawals remove while the check post searches: the arrays are only ever appended to
in place, and growth or compaction builds new ones, so a search works on a snapshot taken under the lock
and never holds it while it scores.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

import numpy as np

from app.biometrics.engine import Matcher, Minutiae
from app.biometrics.index_descriptor import describe
from app.biometrics.index_format import (
    MAX_MINUTIAE,
    IndexEntryError,
    Table,
    minutiae_of,
    pack,
    read,
    unpack,
)
from app.biometrics.index_geometry import agreement
from app.biometrics.index_screen import WORKERS, distances, in_parallel

__all__ = ["BatchMatcher", "FingerIndex", "Hit", "IndexEntryError", "pack", "unpack"]

SHORTLIST = 100  # templates the matcher scores after the pre-filter
SCREENED = 1000  # templates the word distances pass on to the geometric check
MIN_NEIGHBOURS = 2  # a probe minutia with fewer has an uninformative word
# The probe's most reliable telling minutiae screen the gallery, so a probe of 90 minutiae costs what one of
# 40 does. Chosen on FVC2002 DB1 and DB2 (recall held from 16 to 48 and fell at 12; 24 keeps a margin),
# confirmed on DB3 and DB4, where recall did not drop either.
SCREENING_MINUTIAE = 24
GROWTH = 2  # capacity multiplier when the arrays are full

Prepared = TypeVar("Prepared")


class BatchMatcher(Matcher[Prepared], Protocol[Prepared]):
    def compare_many(self, probe: Prepared, candidates: Sequence[Prepared]) -> np.ndarray:
        """Scores in [0, 1] of the probe against each candidate, in order."""
        ...


@dataclass(frozen=True)
class Hit:
    key: int
    score: float  # the matcher's, in [0, 1]


@dataclass(frozen=True)
class _Snapshot:
    keys: np.ndarray
    live: np.ndarray  # bool, copied: removals after the snapshot do not show
    table: Table


class FingerIndex:
    def __init__(self, matcher: BatchMatcher[Any], *, shortlist: int = SHORTLIST) -> None:
        self.matcher = matcher
        self.shortlist = shortlist
        self._lock = threading.Lock()
        self._slot: dict[int, int] = {}
        self._keys = np.zeros(0, dtype=np.int64)
        self._live = np.zeros(0, dtype=bool)
        self._table = read([], [])
        self._templates = 0  # slots used, removed ones included
        self._minutiae = 0

    @classmethod
    def load(cls, rows: Iterable[tuple[int, bytes]], *, matcher: BatchMatcher[Any],
             shortlist: int = SHORTLIST) -> FingerIndex:
        """An index of stored rows (key, packed); IndexEntryError names the first bad row."""
        keys: list[int] = []
        blobs: list[bytes] = []
        for key, blob in rows:
            keys.append(key)
            blobs.append(blob)
        index = cls(matcher, shortlist=shortlist)
        index._append(np.array(keys, dtype=np.int64), read(blobs, keys))
        return index

    def __len__(self) -> int:
        with self._lock:
            return len(self._slot)

    def __contains__(self, key: int) -> bool:
        with self._lock:
            return key in self._slot

    def add(self, key: int, packed: bytes) -> None:
        """One more template; the key must not be in the index yet."""
        table = read([packed], [key])  # checked before the lock is taken
        self._append(np.array([key], dtype=np.int64), table)

    def remove(self, key: int) -> None:
        """Take a template out (KeyError when it is not in); the space is reclaimed now and then."""
        with self._lock:
            slot = self._slot.pop(key)
            self._live[slot] = False
            if self._templates - len(self._slot) > max(1024, len(self._slot) // 4):
                self._compact()

    def search(self, probe: Minutiae, limit: int) -> list[Hit]:
        """The ``limit`` best templates for the probe by the matcher's score, best first."""
        if limit <= 0:
            return []
        snap = self._snapshot()
        chosen = _screened(snap, probe, self.shortlist)
        scores = self._scores(probe, snap.table, chosen)
        order = np.lexsort((snap.keys[chosen], -scores))[:limit]
        return [Hit(int(snap.keys[chosen[i]]), float(scores[i])) for i in order]

    def screen(self, probe: Minutiae, count: int) -> list[int]:
        """Keys of the ``count`` templates the pre-filter puts closest to the probe, in its order: what
        ``search`` hands to the matcher when ``count`` is its shortlist."""
        snap = self._snapshot()
        return snap.keys[_screened(snap, probe, count)].tolist()

    def _scores(self, probe: Minutiae, table: Table, chosen: np.ndarray) -> np.ndarray:
        """The matcher's scores of the chosen templates, prepared and compared on every core."""
        prepared_probe = self.matcher.prepare(probe)

        def score(part: np.ndarray) -> np.ndarray:
            prepared = [self.matcher.prepare(minutiae_of(table, int(t))) for t in part]
            return np.asarray(self.matcher.compare_many(prepared_probe, prepared), dtype=np.float64)

        parts = [p for p in np.array_split(chosen, WORKERS) if len(p)]
        return np.concatenate(in_parallel(score, parts)) if parts else np.zeros(0)

    def _snapshot(self) -> _Snapshot:
        with self._lock:
            n, m = self._templates, self._minutiae
            t = self._table
            table = Table(first=t.first[:n], count=t.count[:n], width=t.width[:n], height=t.height[:n],
                          words=t.words[:m], points=t.points[:m])
            return _Snapshot(self._keys[:n], self._live[:n].copy(), table)

    def _append(self, keys: np.ndarray, new: Table) -> None:
        with self._lock:
            fresh = set(keys.tolist())
            if len(fresh) != len(keys) or not fresh.isdisjoint(self._slot):
                raise ValueError("a key is given twice or is already in the index")
            n, m = self._templates, self._minutiae
            self._reserve(n + len(keys), m + len(new.words))
            t = self._table
            t.first[n:n + len(keys)] = new.first + m
            for name in ("count", "width", "height"):
                getattr(t, name)[n:n + len(keys)] = getattr(new, name)
            t.words[m:m + len(new.words)] = new.words
            t.points[m:m + len(new.points)] = new.points
            self._keys[n:n + len(keys)] = keys
            self._live[n:n + len(keys)] = True
            self._slot.update(zip(keys.tolist(), range(n, n + len(keys)), strict=True))
            self._templates, self._minutiae = n + len(keys), m + len(new.words)

    def _reserve(self, templates: int, minutiae: int) -> None:
        """Room for this many; new arrays when the old are full (snapshots keep the old ones)."""
        t = self._table
        if templates > len(self._keys):
            size = max(templates, GROWTH * len(self._keys), 64)
            self._keys = _grown(self._keys, size)
            self._live = _grown(self._live, size)
            t = Table(first=_grown(t.first, size), count=_grown(t.count, size), width=_grown(t.width, size),
                      height=_grown(t.height, size), words=t.words, points=t.points)
        if minutiae > len(t.words):
            size = max(minutiae, GROWTH * len(t.words), 1024)
            t = Table(first=t.first, count=t.count, width=t.width, height=t.height,
                      words=_grown(t.words, size), points=_grown(t.points, size))
        self._table = t

    def _compact(self) -> None:
        """Drop removed templates into new arrays (under the lock)."""
        n, t = self._templates, self._table
        live = self._live[:n]
        count = t.count[:n][live]
        spans = np.repeat(live, t.count[:n])
        first = np.cumsum(count) - count
        self._table = Table(first=first, count=count.copy(), width=t.width[:n][live].copy(),
                            height=t.height[:n][live].copy(), words=t.words[:self._minutiae][spans],
                            points=t.points[:self._minutiae][spans])
        self._keys = self._keys[:n][live].copy()
        self._live = np.ones(len(self._keys), dtype=bool)
        self._slot = dict(zip(self._keys.tolist(), range(len(self._keys)), strict=True))
        self._templates, self._minutiae = len(self._keys), len(self._table.words)


def _screened(snap: _Snapshot, probe: Minutiae, count: int) -> np.ndarray:
    """Slots of the ``count`` live templates the pre-filter puts closest to the probe: of the ``SCREENED``
    nearest by words, the nearest half of ``count`` first, then the rest by how many of their best pairs agree
    in geometry. Either look alone loses mates the other keeps (a partial print's few pairs may not outvote a
    stranger's, while its words still put it near the top), so each fills half of the list."""
    probe = _most_reliable(probe)
    words, neighbours = describe(probe)
    telling = np.flatnonzero(neighbours >= MIN_NEIGHBOURS)
    telling = telling[np.argsort(-probe.quality[telling].astype(np.int64), kind="stable")[:SCREENING_MINUTIAE]]
    table = snap.table
    usable = snap.live & (table.count > 0)
    count = int(min(count, usable.sum()))
    if count <= 0 or not len(telling):
        return np.zeros(0, dtype=np.int64)
    words = words[telling]
    distance = distances(words, table.words, table.first, table.count)
    distance[~usable] = np.iinfo(np.uint16).max
    screened = int(min(max(count, SCREENED), usable.sum()))
    chosen = np.argpartition(distance, screened - 1)[:screened]
    agree = agreement(words, probe.x[telling], probe.y[telling], probe.angle[telling], table, chosen)
    by_words = np.lexsort((chosen, distance[chosen]))[:count // 2]
    by_geometry = np.lexsort((chosen, distance[chosen], -agree))
    return chosen[np.concatenate([by_words, by_geometry[~np.isin(by_geometry, by_words)]])][:count]


def _grown(array: np.ndarray, size: int) -> np.ndarray:
    out = np.zeros(size, dtype=array.dtype)
    out[:len(array)] = array
    return out


def _most_reliable(minutiae: Minutiae) -> Minutiae:
    """The probe as the index stores templates: at most MAX_MINUTIAE, the most reliable."""
    return unpack(pack(minutiae)) if len(minutiae) > MAX_MINUTIAE else minutiae

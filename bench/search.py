"""Search as the FIR register runs it, against the same MATCH on a bare connection.

The register view runs ``source.search(text)`` (``RegisterQueries.fir_search``),
hands the ids to the model, and painting asks for the first page of rows
(``fir_rows(ids[:PAGE])``); "ours" times exactly that. "Bare" times the FTS5
MATCH alone on a plain sqlcipher3 connection to the same file and key. The two
run interleaved, alternating which goes first, so both see the same caches.
Each query is timed in every round, its first (cold) run included: a moharrar
types a new query each time, so no round is thrown away as warm-up; a few other
queries warm the connections first.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from app.registers.search_index import match_expression
from app.security.actor import Actor
from app.services import Services
from ui.models.paged_table import PagedTableModel

BARE_SQL = "SELECT rowid FROM fir_fts WHERE fir_fts MATCH ? ORDER BY rowid DESC LIMIT 1000"
ROUNDS = 3
WARM_UP = ("Lahore", "لاہور", "Rs")  # open connections, schema and the index's top pages

# What a moharrar types: names in both scripts, CNICs (the brief's example, likely absent, and one that
# exists), FIR numbers, sections, and words of the first information; a few half-typed.
QUERIES: tuple[str, ...] = (
    "Muhammad Aslam", "محمد اسلم", "35202-1234567-1", "{cnic}", "123/2026", "4567/2019", "379", "302 PPC",
    "motorcycle", "چوری", "موٹر سائیکل", "mobile phone", "Ghulam Rasool", "غلام رسول", "Model Town",
    "ماڈل ٹاؤن", "Arain", "Naseem Bib", "Honda CD", "Kalashnikov",
)


@dataclass(frozen=True)
class SearchTimes:
    ours_ms: list[float]  # round by round, the queries in order
    bare_ms: list[float]
    hits: dict[str, int]

    def first_round(self) -> list[float]:
        """Ours, each query's first run."""
        return self.ours_ms[:len(self.hits)]

    def by_query(self) -> dict[str, tuple[float, float]]:
        """Each query's median time, ours and bare."""
        n = len(self.hits)
        return {text: (round(statistics.median(self.ours_ms[i::n]), 2), round(statistics.median(self.bare_ms[i::n]), 2))
                for i, text in enumerate(self.hits)}


def queries(services: Services, fir_id: int) -> list[str]:
    """The query list with ``{cnic}`` filled by the CNIC of the complainant of FIR ``fir_id``."""
    with services.db.engine.connect() as c:
        cnic = c.exec_driver_sql("SELECT p.cnic FROM fir f JOIN person p ON p.id = f.complainant_id "
                                 "WHERE f.id = ?", (fir_id,)).scalar()
    assert cnic, f"the complainant of FIR {fir_id} has no CNIC"
    return [q.format(cnic=cnic) for q in QUERIES]


def bare_connection(path: Path, key: bytes) -> Any:
    conn = sqlcipher.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")  # hex of random bytes only, as the app does
    return conn


def measure(services: Services, actor: Actor, key: bytes, cnic_of: int) -> SearchTimes:
    """Time the queries (``cnic_of``: the FIR whose complainant's CNIC is searched)."""
    q = services.queries
    texts = queries(services, cnic_of)
    bare = bare_connection(services.db.path, key)
    hits: dict[str, int] = {}

    def ours(text: str) -> None:
        ids = q.fir_search(actor, text)
        q.fir_rows(actor, ids[:PagedTableModel.PAGE])
        hits[text] = len(ids)

    def fts(text: str) -> None:
        bare.execute(BARE_SQL, (match_expression(text),)).fetchall()

    ours_ms: list[float] = []
    bare_ms: list[float] = []
    try:
        for text in WARM_UP:
            fts(text)
            q.fir_rows(actor, q.fir_search(actor, text)[:PagedTableModel.PAGE])
        for n in range(ROUNDS):
            for i, text in enumerate(texts):
                pair: list[tuple[Callable[[str], None], list[float]]] = [(ours, ours_ms), (fts, bare_ms)]
                for run, into in pair if (n + i) % 2 == 0 else reversed(pair):
                    started = time.perf_counter()
                    run(text)
                    into.append(1000 * (time.perf_counter() - started))
    finally:
        bare.close()
    return SearchTimes(ours_ms, bare_ms, hits)

"""A writer process for bulk rows: one transaction a batch, raw executemany.

sqlcipher3 keeps the GIL while SQLite steps, so a writer thread overlaps
nothing; a second process writes one batch (FTS tokenising, B-trees,
encryption) while the loader composes the next. Values go through each
column's own bind processor (UTC text, JSON, 0/1), as an ORM insert would
store them, without Core's per-row statement overhead.
"""

from __future__ import annotations

import multiprocessing
import pickle
import queue
from collections.abc import Callable
from multiprocessing.queues import Queue
from pathlib import Path
from typing import Any

from app.storage.database import Database
from bench.rows import TABLES, Batch

CACHE_KIB = 512 * 1024  # page cache while loading: random CNIC index inserts stay in memory
FTS_INSERT = "INSERT INTO fir_fts(rowid, body) VALUES (?, ?)"
AHEAD = 2  # batches composed but not yet written

Processor = Callable[[Any], Any]


class BulkWriter:
    """Hands batches to the writer process; ``close`` waits until all are committed."""

    def __init__(self, path: Path, key: bytes) -> None:
        ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited connections
        self._queue: Queue[bytes | None] = ctx.Queue(maxsize=AHEAD)
        self._process = ctx.Process(target=serve, args=(path, key, self._queue), name="bench-writer")
        self._process.start()

    def put(self, batch: Batch) -> None:
        # Pickled here, not by the queue's feeder thread, which would only log a failure and drop the batch.
        self._send(pickle.dumps(batch, pickle.HIGHEST_PROTOCOL))

    def _send(self, item: bytes | None) -> None:
        while True:
            try:
                self._queue.put(item, timeout=1)
                return
            except queue.Full:
                if not self._process.is_alive():
                    self._abandon()
                    raise RuntimeError("the bench writer process died (its traceback is above)") from None

    def close(self) -> None:
        """Wait for every batch and the final checkpoint."""
        self._send(None)
        self._process.join()
        if self._process.exitcode != 0:
            self._abandon()
            raise RuntimeError(f"the bench writer process failed (exit code {self._process.exitcode})")

    def _abandon(self) -> None:
        """No one reads the queue any more: let this process exit without flushing it into the pipe."""
        self._queue.cancel_join_thread()
        self._queue.close()


def serve(path: Path, key: bytes, batches: Queue[bytes | None]) -> None:
    """The writer process: write batches until ``None``, then fold the WAL into the file."""
    db = Database(path, key, durable=False)
    writer = TableWriter(db)
    try:
        while (batch := batches.get()) is not None:
            writer.write(pickle.loads(batch))
        writer.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # a fast first open for the bench
    finally:
        writer.close()
        db.close()


class TableWriter:
    def __init__(self, db: Database) -> None:
        self._conn = db.engine.raw_connection()
        self.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        dialect = db.engine.dialect
        self._inserts: dict[str, tuple[str, list[tuple[int, Processor]]]] = {
            t.name: (f"INSERT INTO {t.name} ({', '.join(c.name for c in t.columns)}) "  # noqa: S608 - model names
                f"VALUES ({', '.join('?' for _ in t.columns)})",
                [(i, p) for i, c in enumerate(t.columns) if (p := c.type.bind_processor(dialect))])
            for t in TABLES
        }

    def write(self, batch: Batch) -> None:
        cur = self._conn.cursor()
        cur.execute("BEGIN")
        try:
            for table, rows in batch.rows.items():  # parents first: foreign keys are on
                sql, procs = self._inserts[table]
                cur.executemany(sql, [_bind(row, procs) for row in rows] if procs else rows)
            cur.executemany(FTS_INSERT, batch.fts)
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        finally:
            cur.close()

    def execute(self, sql: str) -> None:
        cur = self._conn.cursor()
        cur.execute(sql)
        cur.close()

    def close(self) -> None:
        self._conn.close()


def _bind(row: tuple[Any, ...], procs: list[tuple[int, Processor]]) -> list[Any]:
    values = list(row)
    for i, process in procs:
        values[i] = process(values[i])
    return values

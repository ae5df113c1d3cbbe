"""``python -m bench sync``: the sync engine against the reference server on a throwaway PostgreSQL.

What is measured, and against what:

- push: ``FIRS`` FIRs saved through the FIR service (each with its persons: every outbox operation is
  pushed) go to a server process by ``thana sync``'s own Pusher over loopback, through a byte-counting
  relay (tests/sync_proxy.py, no faults). ``push_ops_per_s``: operations over the wall time of the push.
  ``push_ratio``: that over the server's own rate for the same rows: ``server/push.apply_batch`` and the
  commit, called in this process on the very batches the Pusher sent (recorded), on a fresh database of
  the same cluster, without HTTP, JSON, gzip, validation or authentication.
- ``wire_ratio``: the bytes both ways on the wire for the whole push over the sum, over its operations,
  of each one's canonical JSON gzip-compressed on its own (so per FIR, its persons included).
- pull: the server database of the baseline is filled up to ``PULL_RECORDS`` FIR register entries of
  the station (the pushed FIRs' contents re-chained as new records), served by a second server process;
  a fresh replica of another station of the district pulls the district watchlist from zero.
  ``pull_records_per_s``: records over the wall time of that first pull, directly over loopback.
- flaky: ``FLAKY_RECORDS`` entries of a station of another district, pulled once over an unbroken
  relay (its response bytes are the payload bytes), then by another replica through the relay paced to
  ``LINK_RATE`` bytes/s and cut every ``CUT_EVERY_S`` seconds. ``flaky_bytes_ratio``: bytes the relay
  sent on the broken link over the payload bytes. At that rate the 100,000 records take about 26 minutes
  plus the cuts (``flaky_full_expected_s`` is printed); ``--flaky-records`` shortens it for a quick look.
"""

from __future__ import annotations

import gzip
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from app.clock import now_utc
from app.registers.chain import canonical_json
from app.storage.models import WatchlistFir
from bench.figures import Target, peak_rss_mb, report
from bench.sync_data import (
    Replica,
    enroll,
    neighbours,
    open_replica,
    rechained,
    register_firs,
    server_device,
)
from server import push as server_push
from server.database import Store, open_store
from server.local import ServerProcess, fresh_database, postgres_cluster
from server.schema import ChainHead
from server.stations import district_of
from sync.enrollment import enrolled_device
from sync.errors import SyncError
from sync.pacing import MAX_BATCH
from sync.pull import Puller, PullTally
from sync.push import Pusher
from sync.signing import Credential
from sync.transport import Transport
from tests.sync_proxy import FaultProxy

FIRS = 10_000
PULL_RECORDS = 100_000
FLAKY_RECORDS = 100_000  # the same pull as the first one: about 26 minutes at LINK_RATE, plus the cuts
LINK_RATE = 32 * 1024  # bytes a second
CUT_EVERY_S = 30.0
LOAD_BATCH = MAX_BATCH  # operations a transaction when filling the scopes: as a station's pushes are
FLAKY_CYCLES = 20  # sync cycles the broken link may take before the pull counts as not completed
SEED = 2026
STATION = "PB-LHR-MTN"  # the demo's first station (Model Town, Lahore): its district has many stations
CACHE = Path.home() / ".cache" / "thana-bench"

SYNC_TARGETS: tuple[Target, ...] = (
    Target("push_ratio", "push rate / server's own insert rate", 0.5, "x", at_least=True),
    Target("flaky_bytes_ratio", "bytes sent on the broken link / payload", 1.2, "x"),
    Target("wire_ratio", "push bytes on the wire / gzip of each op", 1.2, "x"),
)


class RecordingTransport(Transport):
    """A Transport that keeps every batch it pushes: the baseline replays them in-process."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url)
        self.batches: list[list[dict[str, Any]]] = []

    def post(self, path: str, body: object, credential: Credential | None = None,
             headers: dict[str, str] | None = None) -> Any:
        if path == "/v1/push" and isinstance(body, dict):
            self.batches.append(body["ops"])
        return super().post(path, body, credential, headers)


@dataclass
class Figures:
    values: dict[str, float | None] = field(default_factory=dict)
    extras: dict[str, object] = field(default_factory=dict)


def say(line: str) -> None:
    print(f"bench sync: {line}", file=sys.stderr, flush=True)


def run(firs: int = FIRS, pull_records: int = PULL_RECORDS, flaky_records: int = FLAKY_RECORDS) -> bool:
    figures = Figures()
    work = Path(tempfile.mkdtemp(prefix="thana-bench-sync-"))
    try:
        with ExitStack() as stack:
            built = built_station(firs)
            shutil.copytree(built, work / "station")  # pushed here: the built one stays unsent
            cluster = stack.enter_context(postgres_cluster())
            station = stack.enter_context(_replica(work / "station", STATION))
            batches = push_figures(station, fresh_database(cluster), work, figures)
            baseline_db = fresh_database(cluster)
            fir_ops = baseline_figures(baseline_db, station.code, batches, figures)
            fill_scopes(baseline_db, station.code, fir_ops, pull_records, flaky_records)
            server = stack.enter_context(ServerProcess(baseline_db, work / "pull-server.log"))
            pull_figures(server, station.code, work, figures)
            flaky_figures(server, station.code, flaky_records, work, figures)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    completed = bool(figures.extras.get("flaky_completed"))
    print(f"{'flaky pull completed':<40} {str(completed):>14}   target True   {'PASS' if completed else 'MISS'}")
    figures.values["rss_mb"] = peak_rss_mb()
    return report(figures.values, {**figures.values, **figures.extras}, SYNC_TARGETS) and completed


def built_station(firs: int) -> Path:
    """The station with ``firs`` FIRs in its outbox, built once (saving them takes minutes) and kept."""
    folder = CACHE / f"sync-station-{firs}"
    with _replica(folder, STATION) as station:
        started = time.monotonic()
        if saved := register_firs(station, firs, SEED):
            say(f"{saved:,} FIRs saved in {time.monotonic() - started:.0f} s at {station.code} ({folder})")
    return folder


@contextmanager
def _replica(data_dir: Path, code: str) -> Iterator[Replica]:
    replica = open_replica(data_dir, code)
    try:
        yield replica
    finally:
        replica.close()


def push_figures(station: Replica, db: str, work: Path, figures: Figures) -> list[list[dict[str, Any]]]:
    """Push the station's outbox to a server process on ``db``; the batches as they were sent."""
    with ServerProcess(db, work / "push-server.log") as server, _relay(server) as relay:
        store = open_store(db)
        try:
            enroll(station, store, relay.url)
        finally:
            store.close()
        relay.request_bytes = relay.response_bytes = 0  # the push alone
        device = enrolled_device(station.services.db, station.secrets)
        transport = RecordingTransport(relay.url)
        with transport:
            pusher = Pusher(station.services.db, transport, device.credential)
            started = time.monotonic()
            tally = pusher.push()
            seconds = time.monotonic() - started
        wire = relay.request_bytes + relay.response_bytes
    ops = [op for batch in transport.batches for op in batch]
    alone = sum(len(gzip.compress(canonical_json(op))) for op in ops)
    say(f"pushed {tally.pushed:,} ops in {seconds:.1f} s ({len(transport.batches)} requests): "
        f"{tally.accepted:,} accepted, {tally.rejected + tally.conflict + tally.blocked} not")
    figures.values["push_ops_per_s"] = tally.accepted / seconds
    figures.values["wire_ratio"] = wire / alone
    pushed_firs = sum(op["entity"] == "fir" for op in ops)
    figures.extras.update(push_ops=tally.pushed, push_accepted=tally.accepted, push_firs=pushed_firs,
                          push_requests=len(transport.batches), wire_bytes=wire, gzip_alone_bytes=alone,
                          wire_bytes_per_fir=round(wire / max(1, pushed_firs)))
    return transport.batches


@contextmanager
def _relay(server: ServerProcess) -> Iterator[FaultProxy]:
    relay = FaultProxy(server.port)
    try:
        yield relay
    finally:
        relay.close()


def baseline_figures(db: str, station: str, batches: list[list[dict[str, Any]]], figures: Figures,
                     ) -> list[dict[str, Any]]:
    """The server's own rate on the same batches; the FIR operations among them."""
    store = open_store(db)
    try:
        device = server_device(store, station)
        started = time.monotonic()
        accepted = 0
        for batch in batches:
            with store.write() as s:
                results = server_push.apply_batch(s, device, batch, now_utc())
            accepted += sum(r.status == "accepted" for r in results)
        seconds = time.monotonic() - started
    finally:
        store.close()
    rate = accepted / seconds
    say(f"in-process: {accepted:,} ops accepted in {seconds:.1f} s")
    figures.extras["server_ops_per_s"] = round(rate, 1)
    push_rate = figures.values.get("push_ops_per_s")
    figures.values["push_ratio"] = push_rate / rate if push_rate else None
    return [op for batch in batches for op in batch if op["entity"] == "fir"]


def fill_scopes(db: str, station: str, fir_ops: list[dict[str, Any]], pull_records: int, flaky_records: int,
                ) -> None:
    """The station's FIR register up to ``pull_records`` entries, and ``flaky_records`` of a station of
    another district."""
    far = neighbours(station, 3, other_district=True)[0]
    store = open_store(db)
    try:
        with store.read() as s:
            head = s.get(ChainHead, (station, "fir"))
            assert head is not None and head.position == len(fir_ops)
            position, prev = head.position + 1, head.entry_hash
        started = time.monotonic()
        _load(store, station, rechained(fir_ops, station, pull_records - len(fir_ops), position=position,
                                        prev=prev))
        _load(store, far, rechained(fir_ops, far, flaky_records))
        say(f"scopes filled in {time.monotonic() - started:.0f} s")
    finally:
        store.close()


def _load(store: Store, station: str, ops: Iterator[dict[str, Any]]) -> None:
    device = server_device(store, station)
    batch: list[dict[str, Any]] = []
    for op in ops:
        batch.append(op)
        if len(batch) == LOAD_BATCH:
            _apply(store, device, batch)
            batch = []
    if batch:
        _apply(store, device, batch)


def _apply(store: Store, device: Any, batch: list[dict[str, Any]]) -> None:
    with store.write() as s:
        results = server_push.apply_batch(s, device, batch, now_utc())
    refused = [r for r in results if r.status != "accepted"]
    if refused:
        raise RuntimeError(f"the server refused a bench operation: {refused[0]}")


def pull_figures(server: ServerProcess, station: str, work: Path, figures: Figures) -> None:
    code = neighbours(station, 1)[0]
    scope = f"district:{district_of(station)}"
    with _replica(work / "puller", code) as replica:
        tally, seconds = _pull(replica, server, server.url, scope)
        held = _watchlist_rows(replica)
    say(f"first pull of {scope}: {tally.pulled:,} records in {seconds:.1f} s ({tally.pages} pages)")
    figures.values["pull_records_per_s"] = tally.pulled / seconds
    figures.extras.update(pull_records=tally.pulled, pull_held=held)


def _pull(replica: Replica, server: ServerProcess, url: str, scope: str, cycles: int = 1,
          ) -> tuple[PullTally, float]:
    """Enroll at the server and pull ``scope`` from zero, in up to ``cycles`` cycles (a cycle that gives up
    is followed by the next, as the scheduler would); the tally and the wall time."""
    store = open_store(server.db)
    try:
        enroll(replica, store, url)
    finally:
        store.close()
    device = enrolled_device(replica.services.db, replica.secrets)
    tally = PullTally()
    started = time.monotonic()
    with Transport(url) as transport:
        puller = Puller(replica.services.db, transport, device.credential, device.station)
        for cycle in range(cycles):
            try:
                puller.pull_scope(scope, tally)
                break
            except SyncError as exc:  # the next cycle resumes from the cursor
                if cycle == cycles - 1:
                    raise
                say(f"cycle {cycle + 1} gave up ({exc}); the next resumes")
    return tally, time.monotonic() - started


def _watchlist_rows(replica: Replica) -> int:
    with replica.services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(WatchlistFir)) or 0)


def flaky_figures(server: ServerProcess, station: str, records: int, work: Path, figures: Figures) -> None:
    far, clean_code, flaky_code = neighbours(station, 3, other_district=True)
    scope = f"district:{district_of(far)}"
    with _relay(server) as relay, _replica(work / "clean", clean_code) as replica:
        tally, _ = _pull(replica, server, relay.url, scope)
        payload = relay.response_bytes
    per_record = payload / max(1, tally.pulled)
    figures.extras["flaky_full_expected_s"] = round(PULL_RECORDS * per_record / LINK_RATE)
    say(f"payload of {records:,} records: {payload:,} bytes; {records:,} at {LINK_RATE // 1024} KB/s: "
        f"{payload / LINK_RATE:.0f} s expected, the whole {PULL_RECORDS:,}: "
        f"{figures.extras['flaky_full_expected_s']} s")
    completed = False
    with _relay(server) as relay, _replica(work / "flaky", flaky_code) as replica, _cutting(relay):
        relay.rate = LINK_RATE
        try:
            tally, seconds = _pull(replica, server, relay.url, scope, cycles=FLAKY_CYCLES)
            completed = _watchlist_rows(replica) == records
        except SyncError as exc:
            say(f"the flaky pull did not complete: {exc}")
            seconds = 0.0
        sent, cuts = relay.response_bytes, relay.cuts
    say(f"flaky pull: {sent:,} bytes in {seconds:.0f} s, {cuts} cuts, completed: {completed}")
    figures.values["flaky_bytes_ratio"] = sent / payload
    figures.extras.update(flaky_completed=completed, flaky_records=records, flaky_cuts=cuts,
                          flaky_seconds=round(seconds), flaky_payload_bytes=payload, flaky_sent_bytes=sent)


@contextmanager
def _cutting(relay: FaultProxy) -> Iterator[None]:
    """Cut the relay's link every CUT_EVERY_S seconds while the context lasts."""
    stop = threading.Event()

    def cut() -> None:
        while not stop.wait(CUT_EVERY_S):
            relay.cut_all()

    thread = threading.Thread(target=cut, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()

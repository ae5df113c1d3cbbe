"""The sync engine in the running window, against a real server process (SQLite, as the demo runs it):
"Sync now", offline, the problems panel with the server's reasons, a black-holed server that must not
stop the event loop, and the status after a restart (scenario 40)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.demo.generator import build_demo
from app.registers import fir
from app.registers.chain import GENESIS
from app.security.keystore import KeyringKeyStore, secret_store
from app.services import Services, open_services
from app.storage.models import OutboxOp, Setting
from sync import state
from sync.enrollment import SECRET_NAME, SERVER_URL
from sync.pacing import Backoff
from sync.scheduler import Scheduler
from sync.status import last_success, record_problems
from sync.transport import Timeouts
from tests import factories as F
from tests.server_helpers import STATION_A, STATION_B, Server, chain_ops, statuses
from tests.sync_helpers import Replica, replica_of, server_rows
from tests.sync_proxy import FaultProxy
from ui.context import AppContext
from ui.demo_setup import with_demo_server
from ui.fonts import load_fonts
from ui.i18n import Language
from ui.main_window import MainWindow
from ui.ops import Ops
from ui.shell import Shell
from ui.sync.controller import SyncController
from ui.sync.status_bar import sync_time

WAIT_MS = 20_000


def quiet() -> Scheduler:
    """Only "Sync now" starts a cycle."""
    return Scheduler(interval=3600.0, probe_every=3600.0, first_after=3600.0)


@dataclass
class Station:
    """A station's PC: its database, the window, the background sync."""

    replica: Replica
    ctx: AppContext
    window: MainWindow
    shell: Shell

    @property
    def sync(self) -> SyncController:
        assert self.ctx.sync is not None
        return self.ctx.sync

    def text(self, name: str) -> str:
        return str(self.window.findChild(object, name).text())  # type: ignore[union-attr]

    def pending_in_db(self) -> int:
        return state.pending_count(self.replica.services.db)


TIMEOUTS = Timeouts(connect=2.0, read=30.0)  # longer than a black-holed call is watched


def open_station(qapp: QApplication, replica: Replica, scheduler: Scheduler,
                 before_cycle: Callable[[], object] | None = None) -> Station:
    load_fonts()
    language = Language(qapp)
    language.apply("en")
    ctx = AppContext(services=replica.services, ops=Ops(), language=language)
    ctx.actor = replica.station.moharrar
    ctx.sync = SyncController(replica.services.db, replica.secrets, ctx.ops, scheduler, timeouts=TIMEOUTS,
                              backoff=Backoff(base=0.05), before_cycle=before_cycle)
    shell = Shell(qapp, ctx, insecure_key=False)
    window = shell.show_main()
    ctx.sync.start()
    return Station(replica, ctx, window, shell)


def close_station(station: Station) -> None:
    station.shell.close()
    station.sync.shutdown()
    station.ctx.ops.shutdown()


@pytest.fixture
def replica(services: Services, data_dir: Path) -> Replica:
    return replica_of(services, data_dir, STATION_A)


@pytest.fixture
def station(qapp: QApplication, replica: Replica) -> Iterator[Station]:
    opened = open_station(qapp, replica, Scheduler(interval=3600.0, probe_every=0.3, first_after=3600.0))
    yield opened
    close_station(opened)


def wait_text(qtbot: QtBot, station: Station, name: str, expected: str) -> None:
    try:
        qtbot.waitUntil(lambda: station.text(name) == expected, timeout=WAIT_MS)
    except WaitTimeout as exc:
        raise AssertionError(f"{name} shows {station.text(name)!r}, not {expected!r}") from exc


def sync_now_by_keyboard(qtbot: QtBot, station: Station) -> None:
    station.window.activateWindow()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(station.window, Qt.Key.Key_S, keys)


def pending_text(count: int) -> str:
    return f"Pending: \u2066{count}\u2069"


def check_invariants(station: Station, server: Server) -> None:
    """§5: every entry saved is on the server exactly once, or visibly pending or a problem."""
    problems = {p.op_id for p in record_problems(station.replica.services.db)}
    pending = 0
    for op in station.replica.ops():
        if op.state == state.DONE:
            assert server_rows(server, op.uid) == 1, op.uid
        else:
            assert server_rows(server, op.uid) == 0, op.uid
            assert op.state in state.PROBLEMS or op.state == state.PENDING
            assert op.state == state.PENDING or op.uid in problems
            pending += op.state == state.PENDING
    assert station.text("syncPending") == pending_text(pending)


def test_sync_now_pushes_and_the_pending_count_drops_to_zero(
        qtbot: QtBot, own_server: Server, station: Station) -> None:
    station.replica.add_firs(3)
    station.sync.refresh()
    queued = station.pending_in_db()
    assert queued >= 3  # the FIRs, and the people they name
    wait_text(qtbot, station, "syncPending", pending_text(queued))
    assert station.text("syncLink") == "Sync: not enrolled"
    station.replica.enroll(own_server)
    station.sync.refresh()
    wait_text(qtbot, station, "syncLink", "Server: not checked yet")
    assert station.text("syncLast") == "Never synced"
    sync_now_by_keyboard(qtbot, station)
    wait_text(qtbot, station, "syncPending", pending_text(0))
    assert station.text("syncLink") == "Online"
    assert station.pending_in_db() == 0
    assert station.text("syncLast") == f"Last sync: {sync_time(last_success(station.replica.services.db))}"
    assert not station.window.findChild(object, "syncProblems").isVisible()  # type: ignore[union-attr]
    check_invariants(station, own_server)


def test_a_stopped_server_shows_offline_and_keeps_the_pending_count(
        qtbot: QtBot, own_server: Server, station: Station) -> None:
    station.replica.enroll(own_server)
    station.replica.add_firs(1)
    station.window.findChild(object, "syncNow").trigger()  # type: ignore[union-attr]
    wait_text(qtbot, station, "syncLink", "Online")
    synced = station.text("syncLast")
    station.replica.add_firs(2)
    station.sync.refresh()
    queued = station.pending_in_db()
    assert queued >= 2
    wait_text(qtbot, station, "syncPending", pending_text(queued))
    own_server.stop()
    station.window.findChild(object, "syncNow").trigger()  # type: ignore[union-attr]
    wait_text(qtbot, station, "syncLink", "Offline")
    assert station.text("syncPending") == pending_text(queued)
    assert station.pending_in_db() == queued
    assert station.text("syncLast") == synced, "the last successful sync, not the failed attempt"
    assert "cannot be reached" in station.window.findChild(object, "syncLink").toolTip()  # type: ignore[union-attr]


def test_a_rejected_operation_shows_in_the_problems_panel_with_the_servers_reason(
        qtbot: QtBot, own_server: Server, station: Station) -> None:
    replica = station.replica
    replica.add_firs(3)
    tampered = replica.register_ops(fir.REGISTER)[1]
    with replica.services.db.write() as s:
        s.execute(update(OutboxOp).where(OutboxOp.id == tampered.id)
                  .values(payload={**tampered.payload, "place": "somewhere else"}))
    replica.enroll(own_server)
    station.sync.sync_now()
    button = station.window.findChild(object, "syncProblems")
    qtbot.waitUntil(lambda: button.isVisible(), timeout=WAIT_MS)  # type: ignore[union-attr]
    assert button.text() == "Sync problems: \u20662\u2069"  # type: ignore[union-attr]
    button.click()  # type: ignore[union-attr]
    view = station.window.findChild(object, "syncProblemsView")
    assert station.window.stack.currentWidget() is view
    table = station.window.findChild(QTableWidget, "syncProblemsTable")
    assert table is not None
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    blocked = replica.register_ops(fir.REGISTER)[2]
    assert rows == [
        [f"FIR \u2066{tampered.entity_uid[:13]}\u2069", "Rejected",
         f"chain break in the fir register of {replica.code}: the entry's hash does not match its content "
         "(position 2)", tampered.uid],
        [f"FIR \u2066{blocked.entity_uid[:13]}\u2069", "Blocked",
         f"an earlier entry of the fir register was not accepted (blocked by {tampered.uid})", blocked.uid]]
    check_invariants(station, own_server)


def event_loop_gaps(qtbot: QtBot, seconds: float) -> list[float]:
    """The gaps between ticks of a 10 ms timer while the event loop runs for ``seconds``."""
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    qtbot.wait(int(seconds * 1000))
    timer.stop()
    return [b - a for a, b in zip(ticks, ticks[1:], strict=False)]


def test_the_event_loop_keeps_turning_while_the_server_is_a_black_hole_and_sync_resumes_after(
        qtbot: QtBot, own_server: Server, station: Station, capsys: pytest.CaptureFixture[str]) -> None:
    replica = station.replica
    replica.add_firs(2)
    replica.enroll(own_server)
    proxy = FaultProxy(int(own_server.url.rsplit(":", 1)[1]))
    try:
        with replica.services.db.write() as s:
            s.merge(Setting(key=SERVER_URL, value=proxy.url))
        proxy.hold = True
        station.sync.sync_now()
        wait_text(qtbot, station, "syncLink", "Syncing...")
        gaps = event_loop_gaps(qtbot, 2.0)
        assert station.sync.running, "the cycle still hangs on the black hole"
        nav = station.window.nav
        nav.setCurrentRow(nav.count() - 1)  # the window still answers: another page opens
        assert station.window.stack.currentWidget().objectName() == "syncProblemsView"
        with capsys.disabled():
            print(f"\nevent loop while black-holed: {len(gaps)} ticks, longest gap {max(gaps) * 1000:.0f} ms")
        assert len(gaps) > 50 and max(gaps) < 0.25
        proxy.release()  # the link comes back: the cycle's retry goes through
        wait_text(qtbot, station, "syncPending", pending_text(0))
        wait_text(qtbot, station, "syncLink", "Online")
        check_invariants(station, own_server)
    finally:
        proxy.close()


def test_offline_a_probe_notices_the_link_is_back_and_starts_a_cycle(
        qtbot: QtBot, own_server: Server, station: Station) -> None:
    replica = station.replica
    replica.add_firs(1)
    replica.enroll(own_server)
    proxy = FaultProxy(int(own_server.url.rsplit(":", 1)[1]))
    try:
        with replica.services.db.write() as s:
            s.merge(Setting(key=SERVER_URL, value=proxy.url))
        proxy.reset_requests = 4  # every attempt of this cycle is cut: offline
        station.sync.sync_now()
        wait_text(qtbot, station, "syncLink", "Offline")
        assert station.pending_in_db() >= 1
        wait_text(qtbot, station, "syncPending", pending_text(0))  # no one pressed anything
        assert station.text("syncLink") == "Online"
    finally:
        proxy.close()


@pytest.mark.sync_scenario
def test_scenario_40_after_a_restart_the_status_shows_what_the_database_holds(
        qtbot: QtBot, qapp: QApplication, own_server: Server, station: Station, data_dir: Path) -> None:
    replica = station.replica
    replica.add_firs(3)
    tampered = replica.register_ops(fir.REGISTER)[0]
    with replica.services.db.write() as s:
        s.execute(update(OutboxOp).where(OutboxOp.id == tampered.id)
                  .values(payload={**tampered.payload, "place": "somewhere else"}))
    replica.add_diary(2)
    replica.enroll(own_server)
    station.sync.sync_now()
    qtbot.waitUntil(lambda: station.text("syncLink") == "Online", timeout=WAIT_MS)
    replica.add_firs(1)  # saved after the cycle: pending, held back behind the rejected FIR, never sent
    station.sync.refresh()
    wait_text(qtbot, station, "syncPending", pending_text(station.pending_in_db()))
    before = {name: station.text(name) for name in ("syncPending", "syncLast", "syncProblems")}
    close_station(station)
    replica.services.close()

    services = open_services(data_dir, KeyringKeyStore(data_dir))  # the restart: a new process's view
    try:
        again = open_station(qapp, replace(replica, services=services), quiet())
        try:
            db = services.db
            expected_pending = state.pending_count(db)
            assert expected_pending >= 3  # two FIRs blocked by the server, one held back here (and its people)
            wait_text(qtbot, again, "syncPending", pending_text(expected_pending))
            assert again.text("syncLast") == f"Last sync: {sync_time(last_success(db))}" == before["syncLast"]
            problems = record_problems(db)
            assert again.text("syncProblems") == f"Sync problems: \u2066{len(problems)}\u2069" == before["syncProblems"]
            table = again.window.findChild(QTableWidget, "syncProblemsTable")
            assert table is not None
            assert [table.item(r, 3).text() for r in range(table.rowCount())] == [p.op_id for p in problems]
            assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["Rejected"] + ["Blocked"] * 3
            assert table.item(3, 2).text() == f"held back behind operation {tampered.uid} (rejected)"
            assert again.text("syncLink") == "Server: not checked yet", "no cycle ran: nothing claimed from memory"
            check_invariants(again, own_server)
        finally:
            close_station(again)
    finally:
        services.close()


@pytest.mark.timeout(600)  # six demo stations' staff and a day of registers: slow on a loaded machine
def test_demo_with_server_an_fir_of_one_station_reaches_the_district_watchlist_of_another(
        qtbot: QtBot, qapp: QApplication, services: Services, data_dir: Path) -> None:
    """thana demo --with-server's wiring (ui/demo_setup.with_demo_server) with a small demo: the server
    process, every demo station enrolled, the other stations' entries pushed with their own devices."""
    info = build_demo(services, 11, days=1, stations_per_district=2, counter_days=0)  # the counter: own test
    own, neighbour = (services.reference.station(i) for i in info.station_ids[:2])
    assert own.district_id == neighbour.district_id
    server, before_sync = with_demo_server(services, info, data_dir)
    try:
        moharrar = next(u for u in info.users if u.username == info.moharrar_username)
        replica = Replica(services, data_dir, F.Station(own.id, services.users.login(moharrar.username,
                                                                                     moharrar.password),
                                                        services.users.login(moharrar.username, moharrar.password)),
                          own.code, secret_store(services.key_store, data_dir, SECRET_NAME))
        station = open_station(qapp, replica, quiet(), before_cycle=before_sync)
        try:
            station.sync.sync_now()
            wait_text(qtbot, station, "syncPending", pending_text(0))
            assert station.text("syncLink") == "Online"
            assert not station.window.findChild(object, "syncProblems").isVisible()  # type: ignore[union-attr]
            table = station.window.findChild(QTableWidget, "watchlistTable")
            assert table is not None
            qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=WAIT_MS)
            assert {table.item(r, 0).text() for r in range(table.rowCount())} == {f"\u2066{neighbour.code}\u2069"}
            # the neighbouring station's moharrar registers an FIR on that station's PC (here: its device)
            other = next(u for u in info.users if u.role == "moharrar" and u.station == neighbour.name_en)
            fir_entry = services.firs.register(services.users.login(other.username, other.password),
                                               F.fir_draft(services))
            number = f"\u2066{fir_entry.serial}/{fir_entry.year}\u2069"
            assert number not in {table.item(r, 1).text() for r in range(table.rowCount())}
            station.window.findChild(object, "syncNow").trigger()  # type: ignore[union-attr]
            qtbot.waitUntil(lambda: table.rowCount() > 0 and table.item(0, 1).text() == number, timeout=WAIT_MS)
            assert table.item(0, 0).text() == f"\u2066{neighbour.code}\u2069"
        finally:
            close_station(station)
    finally:
        server.stop()
    assert server.process.returncode is not None, "the server process is gone"


def test_a_long_pull_shows_its_progress_in_records_and_pages_only_growing(
        qtbot: QtBot, own_server: Server, station: Station) -> None:
    _, credential = own_server.enroll(STATION_B)  # the other Lahore station's PC: 450 FIRs on the server
    prev = GENESIS
    for start in range(0, 450, 150):
        ops = chain_ops(STATION_B, fir.REGISTER, 150, position=start + 1, prev=prev)
        prev = ops[-1]["payload"]["chain"]["entry_hash"]
        status, body = own_server.push(credential, ops)
        assert status == 200 and set(statuses(body)) == {"accepted"}, body
    station.replica.enroll(own_server)
    seen: list[tuple[int, int, str]] = []
    station.sync.progress.connect(lambda p: seen.append((p.records, p.pages, station.text("syncPulled"))))
    station.sync.sync_now()
    wait_text(qtbot, station, "syncLink", "Online")
    district = [(records, pages) for records, pages, _ in seen]
    assert len(district) >= 3, "several pages"
    assert district == sorted(set(district)), "records and pages only grow"
    assert district[-1][0] >= 450
    records, pages, label = seen[1]
    assert label == f"Pulled \u2066{records}\u2069 records, \u2066{pages}\u2069 pages"
    assert not station.window.findChild(object, "syncPulled").isVisible()  # type: ignore[union-attr]

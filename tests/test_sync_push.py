"""The push side of the sync engine against a real server process (PostgreSQL and SQLite) and a real,
encrypted station database: enrollment, batches in order, idempotent replays, rejections that stop
only their chain, typed errors that leave the outbox as it was."""

from __future__ import annotations

import gzip
import itertools
import json
import re
import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import update

from app.cli import main
from app.registers import diary, fir
from app.security.keystore import FileKeyStore
from app.services import open_services
from app.storage.models import OutboxOp, Setting
from sync import signing, state
from sync.enrollment import DEVICE_ID, SECRET_NAME, SERVER_URL, enroll, enrolled_device
from sync.errors import BadResponse, DeviceRevoked, NotEnrolled, ServerTimeout, ServerUnreachable
from sync.pacing import Backoff, BatchSize
from sync.push import Pusher
from sync.state import Tally
from sync.transport import Timeouts, Transport
from tests.memory_keyring import MemoryKeyring
from tests.server_helpers import Server, free_port, thana_server
from tests.sync_helpers import Replica, server_chain, server_rows
from tests.sync_proxy import FaultProxy


def pusher(replica: Replica, transport: Transport, **options: Any) -> Pusher:
    device = enrolled_device(replica.services.db, replica.secrets)
    return Pusher(replica.services.db, transport, device.credential, sleep=lambda _: None, **options)


def set_server_url(replica: Replica, url: str) -> None:
    with replica.services.db.write() as s:
        s.merge(Setting(key=SERVER_URL, value=url))


def test_sync_enroll_keeps_the_credential_in_the_keyring_and_the_device_in_settings(
        server: Server, replica: Replica, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
        caplog: pytest.LogCaptureFixture) -> None:
    code = thana_server("issue-code", "--db", server.db, "--station", replica.code).split()[0]
    args = ["sync", "enroll", "--data-dir", str(replica.data_dir), "--server", server.url, "--code", code]
    assert main(args) == 0
    device = enrolled_device(replica.services.db, replica.secrets)
    out = capsys.readouterr()
    assert out.out == f"OK: enrolled as device {device.device_id} of station {replica.code} at {server.url}\n"
    # the token and the device's private key, in one entry
    [kept] = [secret for entry, secret in memory_keyring.secrets.items() if SECRET_NAME in str(entry)]
    assert json.loads(kept) == {"token": device.credential.token,
                                "device_key": signing.private_text(device.credential.key)}
    assert device.server_url == server.url
    status, me = server.call("GET", "/v1/devices/me", credential=device.credential)
    assert status == 200 and (me["device_id"], me["station"]) == (device.device_id, replica.code)
    with replica.services.db.read() as s:
        assert s.get(Setting, DEVICE_ID).value == device.device_id  # type: ignore[union-attr]
    shown = out.out + out.err + caplog.text + repr(device)
    assert device.credential.token not in shown and signing.private_text(device.credential.key) not in shown
    # the code is used up: a second enrollment is refused in one line, exit 2
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "enrollment code was refused" in err and "already been used" in err


@pytest.mark.sync_scenario
def test_scenario_19_the_outbox_is_pushed_in_order_in_bounded_batches_all_accepted(
        server: Server, replica: Replica) -> None:
    replica.add_firs(5)
    replica.add_diary(3)
    replica.enroll(server)
    sent: list[list[str]] = []
    with Transport(server.url) as transport:
        def record(response: requests.Response, *_: object, **__: object) -> None:
            sent.append([o["op_id"] for o in json.loads(gzip.decompress(response.request.body))["ops"]])

        transport.session.hooks["response"].append(record)
        tally = pusher(replica, transport, batch=BatchSize(size=3)).push()
        assert tally.pushed == tally.accepted == len(replica.ops()) and tally.rejected == tally.duplicate == 0
        assert all(len(batch) <= 4 for batch in sent), sent  # 3, then 4 after a fast request, ...
        assert [op_id for batch in sent for op_id in batch] == [op.uid for op in replica.ops()]  # creation order
        # nothing is sent again: not even a request
        requests_made = len(sent)
        assert pusher(replica, transport).push().pushed == 0
        assert len(sent) == requests_made
    for register, count in ((fir.REGISTER, 5), (diary.REGISTER, 3)):
        chain = server_chain(server, replica.code, register)
        assert chain.head is not None and (chain.head.position, chain.head.entry_hash) == replica.local_head(register)
        assert len(chain.rows) == count
        for op in replica.register_ops(register):
            assert (op.state, op.sync_result) == ("done", "accepted")
            assert chain.countersigned(op), "the server's countersignature is kept with the op"
    assert state.pending_count(replica.services.db) == 0


@pytest.mark.sync_scenario
def test_scenario_1_an_op_sent_again_after_its_response_was_lost_is_a_duplicate(
        server: Server, replica: Replica) -> None:
    replica.add_firs(3)
    replica.enroll(server)
    with Transport(server.url) as transport:
        pusher(replica, transport).push()
        lost = replica.register_ops(fir.REGISTER)[1]
        # the server committed, the answer never came: locally the op is still pending
        with replica.services.db.write() as s:
            s.execute(update(OutboxOp).where(OutboxOp.id == lost.id).values(
                state="pending", sync_result=None, server_position=None, server_signature=None,
                server_received_at=None))
        tally = pusher(replica, transport).push()
    assert (tally.pushed, tally.duplicate, tally.accepted) == (1, 1, 0)
    again = next(op for op in replica.ops() if op.id == lost.id)
    assert (again.state, again.sync_result) == ("done", "duplicate")
    assert (again.server_position, again.server_signature, again.server_received_at) == (
        lost.server_position, lost.server_signature, lost.server_received_at), "the original result"
    assert server_rows(server, lost.uid) == 1
    assert len(server_chain(server, replica.code, fir.REGISTER).rows) == 3


@pytest.mark.sync_scenario
def test_scenario_42_a_tampered_outbox_entry_is_rejected_and_stops_only_its_chain(
        server: Server, replica: Replica) -> None:
    """Also scenario 37: one op rejected with the server's reason, the later ops of its chain blocked,
    the other chains accepted, no wedge."""
    replica.add_firs(4)
    replica.add_diary(2)
    tampered = replica.register_ops(fir.REGISTER)[1]
    payload = {**tampered.payload, "place": "somewhere else"}
    with replica.services.db.write() as s:
        s.execute(update(OutboxOp).where(OutboxOp.id == tampered.id).values(payload=payload))
    replica.enroll(server)
    with Transport(server.url) as transport:
        # batches of 2: the later FIRs go in later requests, so only the client can hold them back
        first = pusher(replica, transport, batch=BatchSize(size=2, maximum=2)).push()
        replica.add_firs(1)
        replica.add_diary(1)
        second = pusher(replica, transport).push()
    assert first.rejected == 1 and first.conflict == 0
    firs = {op.uid: op for op in replica.register_ops(fir.REGISTER)}
    states = [(op.state, op.sync_result) for op in firs.values()]
    assert states[:2] == [("done", "accepted"), ("rejected", "rejected")]
    assert all(st == "pending" for st, _ in states[2:]), states  # never sent again, or blocked by the server
    assert firs[tampered.uid].sync_reason == (
        f"chain break in the fir register of {replica.code}: "
        "the entry's hash does not match its content (position 2)")
    assert [p.op_id for p in state.problems(replica.services.db)] == [tampered.uid]
    assert second.pushed == 1 and second.accepted == 1, "only the new diary entry: the FIR chain stays stopped"
    assert all(op.state == "done" for op in replica.register_ops(diary.REGISTER))
    assert server_chain(server, replica.code, diary.REGISTER).head.position == 3  # type: ignore[union-attr]
    assert server_chain(server, replica.code, fir.REGISTER).head.position == 1  # type: ignore[union-attr]


def test_sync_an_unreachable_server_is_a_typed_error_with_back_off_and_the_outbox_untouched(
        server: Server, replica: Replica) -> None:
    replica.add_firs(2)
    replica.enroll(server)
    before = replica.outbox_rows()
    nowhere = f"http://127.0.0.1:{free_port()}"
    waits: list[float] = []
    size = BatchSize(size=64)
    with Transport(nowhere, Timeouts(connect=2, read=2)) as transport:
        engine = pusher(replica, transport, batch=size, backoff=Backoff(base=2, cap=10, random=lambda: 0.5),
                        attempts=5)
        engine.sleep = waits.append
        with pytest.raises(ServerUnreachable) as raised:
            engine.push()
    assert raised.value.text().startswith(f"The national server at {nowhere} cannot be reached.")
    assert waits == engine.delays == [1.0, 2.0, 4.0, 5.0]  # full jitter at 0.5 of 2, 4, 8, then the cap 10
    assert size.size == 2, "each failure halves the batch"
    assert replica.outbox_rows() == before
    # the command: one line, exit 2
    set_server_url(replica, nowhere)
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2
    assert replica.outbox_rows() == before


@pytest.mark.sync_scenario
def test_scenario_17_a_server_that_never_answers_times_out(server: Server, replica: Replica) -> None:
    replica.add_firs(1)
    replica.enroll(server)
    before = replica.outbox_rows()
    with socket.socket() as hole:  # accepts connections (the backlog) and never answers
        hole.bind(("127.0.0.1", 0))
        hole.listen(8)
        url = f"http://127.0.0.1:{hole.getsockname()[1]}"
        with Transport(url, Timeouts(connect=2, read=0.5)) as transport:
            with pytest.raises(ServerTimeout):
                pusher(replica, transport, attempts=2).push()
    assert replica.outbox_rows() == before


def test_sync_a_revoked_device_gets_a_clear_error_and_keeps_its_entries(
        server: Server, replica: Replica, capsys: pytest.CaptureFixture[str]) -> None:
    replica.add_firs(1)
    device = replica.enroll(server)
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 0
    thana_server("revoke", "--db", server.db, device.device_id)
    replica.add_firs(1)
    before = replica.outbox_rows()
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("thana: The national server has revoked this computer (device ")
    assert replica.outbox_rows() == before
    with Transport(server.url) as transport, pytest.raises(DeviceRevoked):
        pusher(replica, transport).push()


def test_sync_the_command_prints_the_counts_and_says_when_not_enrolled(
        server: Server, replica: Replica, capsys: pytest.CaptureFixture[str]) -> None:
    replica.add_firs(2)
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2
    assert capsys.readouterr().err == f"thana: {NotEnrolled().text()}\n"
    replica.enroll(server)
    ops = len(replica.ops())
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 0
    # pulled: the FIRs other tests' stations of this district pushed to the shared server meanwhile
    assert re.fullmatch(f"pushed {ops}, accepted {ops}, duplicate 0, rejected 0, conflict 0, blocked 0, "
                        r"pulled \d+\n", capsys.readouterr().out)
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 0
    assert capsys.readouterr().out.startswith("pushed 0, accepted 0,")


def test_sync_requests_are_gzip_compressed_json_with_timeouts(server: Server, replica: Replica) -> None:
    replica.add_firs(1)
    replica.enroll(server)
    seen: list[requests.PreparedRequest] = []
    timeouts: list[Any] = []
    with Transport(server.url, Timeouts(connect=3, read=7)) as transport:
        send = transport.session.send

        def spy(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            seen.append(request)
            timeouts.append(kwargs.get("timeout"))
            return send(request, **kwargs)

        transport.session.send = spy  # type: ignore[method-assign]
        pusher(replica, transport).push()
    assert seen and all(r.headers["Content-Encoding"] == "gzip" for r in seen)
    body = json.loads(gzip.decompress(seen[0].body))  # type: ignore[arg-type]
    assert [o["op_id"] for o in body["ops"]] == [op.uid for op in replica.ops()]
    assert timeouts == [(3, 7)] * len(seen)


@pytest.mark.sync_scenario
def test_scenario_4_an_op_id_sent_again_with_another_body_is_a_conflict_kept_as_a_problem(
        server: Server, replica: Replica) -> None:
    replica.add_firs(2)
    replica.enroll(server)
    with Transport(server.url) as transport:
        pusher(replica, transport).push()
        changed = replica.register_ops(fir.REGISTER)[0]
        # a bug (or a hand) changed an accepted op and made it pending again
        with replica.services.db.write() as s:
            s.execute(update(OutboxOp).where(OutboxOp.id == changed.id).values(
                state="pending", payload={**changed.payload, "place": "elsewhere"}))
        replica.add_firs(1)
        tally = pusher(replica, transport).push()
        again = pusher(replica, transport).push()
    assert (tally.pushed, tally.conflict, tally.blocked, tally.accepted) == (2, 1, 1, 0)
    assert again.pushed == 0, "the new FIR waits behind the conflict"
    [problem] = state.problems(replica.services.db)
    assert (problem.op_id, problem.state) == (changed.uid, "conflict")
    assert problem.reason == "this operation id was accepted with another body: the new body is not applied"
    assert [op.state for op in replica.register_ops(fir.REGISTER)] == ["conflict", "done", "pending"]
    assert server_chain(server, replica.code, fir.REGISTER).rows[0].body["payload"]["place"] != "elsewhere"


def test_sync_with_a_key_file_the_credential_is_kept_beside_it(
        server: Server, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    folder, key_file = tmp_path / "keyed", tmp_path / "keys" / "station.key"
    open_services(folder, FileKeyStore(key_file)).close()
    code = thana_server("issue-code", "--db", server.db, "--station", "PB-LHR-MTN").split()[0]
    assert main(["sync", "enroll", "--data-dir", str(folder), "--key-file", str(key_file),
                 "--server", server.url, "--code", code]) == 0
    secret = key_file.with_name(f"{SECRET_NAME}.secret")
    assert secret.stat().st_mode & 0o777 == 0o600
    kept = json.loads(secret.read_text())
    credential = signing.Credential(kept["token"], signing.private_key(kept["device_key"]))
    assert server.call("GET", "/v1/devices/me", credential=credential)[0] == 200
    assert memory_keyring.secrets == {}


def push_through(replica: Replica, proxy: FaultProxy) -> Tally:
    with Transport(proxy.url) as transport:
        return pusher(replica, transport, backoff=Backoff(random=lambda: 0.0)).push()


@pytest.mark.sync_scenario
def test_scenario_1_through_a_proxy_that_drops_the_answer_the_retry_gets_duplicates(
        server: Server, replica: Replica, proxy: FaultProxy) -> None:
    replica.add_firs(3)
    replica.enroll(server)
    proxy.drop_responses = 1
    tally = push_through(replica, proxy)
    assert proxy.dropped == 1
    ops = replica.ops()
    assert (tally.pushed, tally.duplicate, tally.accepted) == (len(ops), len(ops), 0), "the server had them all"
    assert all(op.state == "done" and op.server_signature for op in ops)
    assert all(server_rows(server, op.uid) == 1 for op in ops)
    assert len(server_chain(server, replica.code, fir.REGISTER).rows) == 3


@pytest.mark.sync_scenario
def test_scenario_2_a_truncated_answer_is_retried_and_read_as_duplicates(
        server: Server, replica: Replica, proxy: FaultProxy) -> None:
    replica.add_firs(2)
    replica.enroll(server)
    proxy.truncate_responses = 1
    tally = push_through(replica, proxy)
    ops = replica.ops()
    assert proxy.truncated == 1
    assert (tally.pushed, tally.duplicate) == (len(ops), len(ops))
    assert all(op.state == "done" and server_rows(server, op.uid) == 1 for op in ops)


@pytest.mark.sync_scenario
def test_scenario_3_a_request_lost_before_the_server_is_applied_once_on_retry(
        server: Server, replica: Replica, proxy: FaultProxy) -> None:
    replica.add_firs(2)
    replica.enroll(server)
    proxy.reset_requests = 1
    tally = push_through(replica, proxy)
    ops = replica.ops()
    assert proxy.reset == 1
    assert (tally.pushed, tally.accepted, tally.duplicate) == (len(ops), len(ops), 0)
    assert all(op.state == "done" and server_rows(server, op.uid) == 1 for op in ops)


@pytest.mark.sync_scenario
def test_scenario_18_slow_requests_shrink_the_batch_and_fast_ones_grow_it_back(
        server: Server, replica: Replica) -> None:
    replica.add_firs(20)
    replica.enroll(server)
    durations, calls = [20.0, 20.0], itertools.count()  # two slow requests, then fast ones

    def monotonic() -> float:  # called at the start and at the end of each request
        n = next(calls)
        request = n // 2
        return 1000.0 * request + (0.0 if n % 2 == 0 else (durations + [0.1] * 100)[request])

    sizes: list[int] = []
    size = BatchSize(size=8, slow_seconds=15, fast_seconds=3)
    with Transport(server.url) as transport:
        engine = pusher(replica, transport, batch=size, monotonic=monotonic)
        send = transport.post

        def recording(path: str, body: Any, *args: Any, **kwargs: Any) -> Any:
            sizes.append(len(body["ops"]))
            return send(path, body, *args, **kwargs)

        transport.post = recording  # type: ignore[method-assign]
        tally = engine.push()
    assert tally.accepted == len(replica.ops())
    assert sizes[:3] == [8, 4, 2], "each slow request halves the batch"
    assert sizes[3:] and sizes[3] == 3, "a fast one grows it by half again"


@pytest.mark.sync_scenario
def test_scenario_21_a_captive_portal_page_is_not_the_server_and_nothing_is_marked_sent(replica: Replica) -> None:
    class Portal(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
            self.rfile.read(int(self.headers["Content-Length"]))
            page = b"<html>Please log in to the hotel wifi</html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *_: object) -> None:
            pass

    replica.add_firs(1)
    with replica.services.db.write() as s:
        for key, value in ((SERVER_URL, "http://unused"), (DEVICE_ID, "d"), ("sync_station", replica.code)):
            s.merge(Setting(key=key, value=value))
    replica.secrets.save(json.dumps({"token": "not-a-real-credential",
                                     "device_key": signing.private_text(signing.new_key())}))
    before = replica.outbox_rows()
    with HTTPServer(("127.0.0.1", 0), Portal) as portal:
        worker = threading.Thread(target=portal.serve_forever, kwargs={"poll_interval": 0.05})
        worker.start()
        try:
            with Transport(f"http://127.0.0.1:{portal.server_port}") as transport:
                with pytest.raises(BadResponse):
                    pusher(replica, transport, attempts=2).push()
        finally:
            portal.shutdown()
            worker.join()
    assert replica.outbox_rows() == before


@pytest.mark.sync_scenario
def test_scenario_27_another_stations_device_may_not_append_and_sees_why(server: Server, replica: Replica) -> None:
    replica.add_firs(2)
    other = "AJK-MZD-CTY"  # the last station: no test appends to its registers
    code = thana_server("issue-code", "--db", server.db, "--station", other).split()[0]
    with Transport(server.url) as transport:
        enroll(replica.services.db, replica.secrets, transport, code, "a PC of another station")
        tally = pusher(replica, transport).push()
    firs = replica.register_ops(fir.REGISTER)
    assert [op.state for op in firs] == ["rejected", "pending"]
    assert firs[0].sync_reason == (f"the registers of station {replica.code} accept entries only from its own "
                                   f"devices; this device belongs to {other}")
    assert firs[0].uid in [p.op_id for p in state.problems(replica.services.db)]
    assert tally.rejected >= 1 and server_chain(server, replica.code, fir.REGISTER).head is None

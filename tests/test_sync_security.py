"""Transport security and device identity against a real server process over HTTPS: the national CA
pinned, every request signed with the device key (scenario 39), a revoked device that exports and
keeps its entries (scenario 38), one push session per device and one sync cycle per data folder
(scenario 5). Each scenario ends with the §5 invariant checks."""

from __future__ import annotations

import json
import ssl
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from app.cli import main
from app.registers import diary, fir
from app.registers.verify import verify_all
from app.storage.models import Setting
from server.database import open_store
from server.schema import AcceptedOp
from sync import signing, state
from sync.cycle import SyncLock, run_cycle
from sync.enrollment import CA_CERT, SERVER_URL, enrolled_device
from sync.errors import (
    CACertificateNeeded,
    InsecureServer,
    ServerNotTrusted,
    SessionSuperseded,
    SyncBusy,
    SyncLocked,
)
from sync.push import SESSION_HEADER, Pusher
from sync.signing import Credential
from sync.transport import Transport
from tests.server_helpers import Server, free_port, statuses, thana_server
from tests.sync_helpers import Replica, server_chain
from tests.tls_certs import TlsFiles, make_ca, server_files


@pytest.fixture(scope="session")
def server(tls_server: Server) -> Server:
    """Every test here talks HTTPS to the server, trusting only the national CA made for the run."""
    return tls_server


def transport(server: Server, **options: Any) -> Transport:
    return Transport(server.url, ca_pem=server.ca_pem, **options)


def pusher(replica: Replica, transport: Transport, **options: Any) -> Pusher:
    device = enrolled_device(replica.services.db, replica.secrets)
    return Pusher(replica.services.db, transport, device.credential, sleep=lambda _: None, **options)


def server_ops(server: Server, station: str) -> dict[str, int]:
    """op id -> how many times the server holds it, for one station."""
    store = open_store(server.db)
    try:
        with store.read() as s:
            counts: dict[str, int] = {}
            for op_id in s.scalars(select(AcceptedOp.op_id).where(AcceptedOp.station == station)):
                counts[op_id] = counts.get(op_id, 0) + 1
            return counts
    finally:
        store.close()


def i_checks(server: Server, replica: Replica) -> None:
    """§5 invariants: (a) each op is on the server exactly once and done, or visibly not done and not on
    the server; (b) no server row without a client op; (c) the chains verify on both sides; (f) the
    pending count is the outbox's."""
    held, ops = server_ops(server, replica.code), replica.ops()
    for op in ops:
        if op.state == state.DONE:
            assert held.get(op.uid) == 1, op.uid
        else:
            assert op.uid not in held and op.state in (state.PENDING, *state.PROBLEMS), op.uid
    assert set(held) <= {op.uid for op in ops}, "a server row without a client operation"
    assert verify_all(replica.services.db) == []
    for register in (fir.REGISTER, diary.REGISTER):
        chain = server_chain(server, replica.code, register)
        by_uid = {op.uid: op for op in ops}
        assert all(chain.countersigned(by_uid[row.op_id]) for row in chain.rows)
    assert state.pending_count(replica.services.db) == sum(op.state == state.PENDING for op in ops)


class Impostor:
    """A server with a certificate from another CA that would answer "accepted" to anything."""

    def __init__(self, tls: TlsFiles) -> None:
        self.requests = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server calls
                outer.requests += 1
                self.send_response(200)
                self.end_headers()

            do_GET = do_POST  # noqa: N815

            def log_message(self, *_: object) -> None:
                pass

        self.http = HTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(tls.cert, tls.key)
        self.http.socket = context.wrap_socket(self.http.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.http.server_port}"
        self.thread = threading.Thread(target=self.http.serve_forever, kwargs={"poll_interval": 0.05})
        self.thread.start()

    def close(self) -> None:
        self.http.shutdown()
        self.thread.join()
        self.http.server_close()


def test_sync_enroll_over_https_pins_the_national_ca_and_a_cycle_pushes_over_it(
        server: Server, replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert server.url.startswith("https://") and server.ca_pem
    ca_file = tmp_path / "national-ca.pem"
    ca_file.write_text(server.ca_pem)
    code = thana_server("issue-code", "--db", server.db, "--station", replica.code).split()[0]
    enrolling = ["sync", "enroll", "--data-dir", str(replica.data_dir), "--server", server.url, "--code", code]
    assert main(enrolling) == 2  # https without the CA: refused before anything is sent
    assert capsys.readouterr().err == f"thana: {CACertificateNeeded(url=server.url).text()}\n"
    assert main([*enrolling, "--ca-cert", str(ca_file)]) == 0
    with replica.services.db.read() as s:
        assert s.get(Setting, CA_CERT).value == server.ca_pem  # type: ignore[union-attr]
    replica.add_firs(2)
    replica.add_diary(1)
    capsys.readouterr()
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 0
    ops = len(replica.ops())
    assert capsys.readouterr().out.startswith(f"pushed {ops}, accepted {ops},")
    i_checks(server, replica)


def test_a_server_with_a_certificate_of_another_ca_is_refused_and_nothing_is_marked_sent(
        server: Server, replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The DNS or the link is hijacked: a server answers at the national server's address with a valid
    certificate of another CA, one the system's trust store even trusts (a public CA that misissued, a
    root an installer added). Nothing reaches it, nothing is marked sent, the error says why."""
    replica.enroll(server)
    replica.add_firs(2)
    before = replica.outbox_rows()
    tls = server_files(make_ca("Some public CA"), tmp_path / "impostor")
    (tmp_path / "system-cas.pem").write_text(tls.ca_pem)  # the trust store requests uses by default
    monkeypatch.setattr(requests.adapters, "DEFAULT_CA_BUNDLE_PATH", str(tmp_path / "system-cas.pem"))
    impostor = Impostor(tls)
    try:
        with requests.Session() as unpinned:  # a client without the pin trusts it
            unpinned.trust_env = False
            assert unpinned.get(impostor.url, timeout=10).status_code == 200
        impostor.requests = 0
        with replica.services.db.write() as s:
            s.merge(Setting(key=SERVER_URL, value=impostor.url))
        assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2
        assert capsys.readouterr().err == f"thana: {ServerNotTrusted(url=impostor.url).text()}\n"
        with Transport(impostor.url, ca_pem=server.ca_pem) as pinned, pytest.raises(ServerNotTrusted):
            pusher(replica, pinned, attempts=3).push()  # not retried: no retry changes a certificate
    finally:
        impostor.close()
    assert impostor.requests == 0
    assert replica.outbox_rows() == before
    with replica.services.db.write() as s:
        s.merge(Setting(key=SERVER_URL, value=server.url))
    assert run_cycle(replica.services.db, replica.secrets).pushed.accepted == len(before)  # the real one works
    i_checks(server, replica)


def test_plain_http_only_on_loopback(tmp_path: Path) -> None:
    for url in ("http://192.0.2.10:8470", "http://sync.example.pk", "ftp://127.0.0.1"):
        with pytest.raises(InsecureServer):
            Transport(url)
    Transport("http://127.0.0.1:8470").close()  # a demo on this computer
    Transport("http://localhost:8470").close()
    err = thana_server("--db", f"sqlite:///{tmp_path / 's.db'}", "--host", "0.0.0.0", expect=2)
    assert err == ("thana server: plain HTTP only on a loopback address, not 0.0.0.0: give --tls-cert and "
                   "--tls-key\n")


@pytest.mark.sync_scenario
def test_scenario_39_a_stolen_token_is_useless_without_the_device_key(server: Server, replica: Replica) -> None:
    replica.add_firs(1)
    device = replica.enroll(server)
    assert run_cycle(replica.services.db, replica.secrets).pushed.accepted == len(replica.ops())
    token = device.credential.token  # copied from the keyring to another machine
    replica.add_firs(1)
    ops = [op.wire for op in state.next_batch(replica.services.db, 100)]

    status, body = server.push(token, ops)  # the bare token, as a bearer
    assert (status, body["detail"]) == (401, "the request is not signed with the device key: update Thana on "
                                             "this PC")
    thief = Credential(token, signing.new_key())  # signed, with a key of the thief's own
    status, body = server.call("POST", "/v1/push", {"ops": ops}, thief)
    assert status == 401 and body["detail"].startswith("the request's signature does not match this device's key")
    assert not set(server_ops(server, replica.code)) & {op["op_id"] for op in ops}

    # a request of the device captured on the wire and sent again as it was: refused, also with another body
    data = json.dumps({"ops": ops}).encode()
    captured = device.credential.headers("POST", "/v1/push", data, int(time.time()))
    assert server.call("POST", "/v1/push", data=data, headers=captured)[0] == 200  # the device's own send
    status, body = server.call("POST", "/v1/push", data=data, headers=captured)
    assert (status, body["detail"]) == (401, "this request was already received once: a replay is refused")
    assert server.call("POST", "/v1/push", data=b'{"ops": []}', headers=captured)[0] == 401
    # a captured request held back and sent an hour later: out of the time window
    late = device.credential.headers("GET", "/v1/devices/me", b"", int(time.time()) - 3600)
    status, body = server.call("GET", "/v1/devices/me", headers=late)
    assert (status, body["detail"]) == (401, "the request's time is too far from the server's: check the "
                                             "PC's clock")
    assert run_cycle(replica.services.db, replica.secrets).pushed.duplicate == len(ops)  # the device goes on
    i_checks(server, replica)


def test_a_station_clock_days_off_is_corrected_by_the_servers_and_the_push_goes_through(
        server: Server, replica: Replica) -> None:
    replica.add_firs(2)
    replica.enroll(server)
    answers: list[int] = []
    with transport(server, clock=lambda: time.time() - 3 * 86400) as slow:
        slow.session.hooks["response"].append(lambda r, *_, **__: answers.append(r.status_code))
        tally = pusher(replica, slow).push()
        assert tally.accepted == len(replica.ops()) and answers == [401, 200], "refused for its time, then re-signed"
        assert abs(slow.clock_offset - 3 * 86400) < 60
    i_checks(server, replica)


@pytest.mark.sync_scenario
def test_scenario_38_a_device_revoked_while_offline_exports_its_300_entries_and_keeps_them(
        server: Server, replica: Replica, capsys: pytest.CaptureFixture[str]) -> None:
    replica.add_firs(2)
    device = replica.enroll(server)
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 0
    synced = {op.uid for op in replica.ops()}
    thana_server("revoke", "--db", server.db, device.device_id)  # while the station is offline
    replica.add_firs(10)
    replica.add_diary(300 - len(replica.ops()) + len(synced))
    unsynced = [op for op in replica.ops() if op.uid not in synced]
    assert len(unsynced) == 300
    before = replica.outbox_rows()
    capsys.readouterr()

    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2  # reconnected
    err = capsys.readouterr().err
    [export] = replica.data_dir.glob(f"unsynced-{device.device_id}-*.json")
    assert err.count("\n") == 1 and err.startswith("thana: The national server has revoked this computer (device ")
    assert f"Sync is locked and nothing was deleted: the 300 unsynced entries stay here and were exported " \
           f"to {export}. Give that file to the administrator." in err
    document = json.loads(export.read_text(encoding="utf-8"))
    assert export.stat().st_mode & 0o777 == 0o600
    assert (document["format"], document["device_id"], document["station"]) == (
        "thana-unsynced-1", device.device_id, replica.code)
    assert [op["op_id"] for op in document["operations"]] == [op.uid for op in unsynced]  # in outbox order
    assert document["operations"][0]["payload"] == unsynced[0].payload
    assert replica.outbox_rows() == before, "nothing deleted or changed"

    # locked: the next cycle says so without asking the server (an address where nothing listens)
    with replica.services.db.write() as s:
        s.merge(Setting(key=SERVER_URL, value=f"http://127.0.0.1:{free_port()}"))
    assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2
    assert capsys.readouterr().err.startswith("thana: Sync is locked: the national server revoked this computer on ")
    with pytest.raises(SyncLocked) as locked:
        run_cycle(replica.services.db, replica.secrets)
    assert locked.value.params["path"] == str(export) and locked.value.params["count"] == 300
    assert replica.outbox_rows() == before
    with replica.services.db.write() as s:
        s.merge(Setting(key=SERVER_URL, value=server.url))
    i_checks(server, replica)
    assert set(server_ops(server, replica.code)) == synced


@pytest.mark.sync_scenario
def test_scenario_5_two_pushes_of_one_batch_at_once_apply_it_once_and_a_stale_session_stops(
        server: Server, replica: Replica) -> None:
    replica.add_firs(3)
    replica.enroll(server)
    device = enrolled_device(replica.services.db, replica.secrets)
    batch = [op.wire for op in state.next_batch(replica.services.db, 100)]
    session = state.next_push_session(replica.services.db)
    answers: list[Any] = [None, None]

    def push(i: int) -> None:  # a double click: the same batch, the same session, at once
        answers[i] = server.call("POST", "/v1/push", {"ops": batch}, device.credential,
                                 headers={SESSION_HEADER: session})

    workers = [threading.Thread(target=push, args=(i,)) for i in range(2)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [a[0] for a in answers] == [200, 200], answers
    for first, second in zip(statuses(answers[0][1]), statuses(answers[1][1]), strict=True):
        assert sorted((first, second)) == ["accepted", "duplicate"], answers

    # two app instances: the one that started first is stale once the newer has pushed
    with transport(server) as link:
        stale = pusher(replica, link)
        newer = pusher(replica, link)  # the next session number of this PC
        assert newer.push().duplicate == len(batch)  # the double click above has them
        replica.add_firs(1)
        before = replica.outbox_rows()
        with pytest.raises(SessionSuperseded):
            stale.push()
        assert replica.outbox_rows() == before, "the stale session's push is not applied or recorded"
        assert newer.push().accepted == 1
    status, body = server.call("POST", "/v1/push", {"ops": []}, device.credential,
                               headers={SESSION_HEADER: stale.session_id})
    assert status == 409 and body["detail"].startswith("a newer sync of this device has started")
    i_checks(server, replica)


@pytest.mark.sync_scenario
def test_scenario_5_one_sync_cycle_at_a_time_on_a_data_folder(
        server: Server, replica: Replica, capsys: pytest.CaptureFixture[str]) -> None:
    replica.add_firs(1)
    replica.enroll(server)
    before = replica.outbox_rows()
    with SyncLock(replica.data_dir):  # another cycle (the window's scheduler) is running
        assert main(["sync", "--data-dir", str(replica.data_dir)]) == 2
        assert capsys.readouterr().err == f"thana: {SyncBusy(folder=str(replica.data_dir)).text()}\n"
        with pytest.raises(SyncBusy):
            run_cycle(replica.services.db, replica.secrets)
        assert replica.outbox_rows() == before
    assert run_cycle(replica.services.db, replica.secrets).pushed.accepted == len(before)
    i_checks(server, replica)


def test_the_device_key_never_reaches_a_log_or_the_server(server: Server, replica: Replica,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    replica.add_firs(1)
    device = replica.enroll(server)
    sent: list[requests.PreparedRequest] = []
    with transport(server) as link:
        link.session.hooks["response"].append(lambda r, *_, **__: sent.append(r.request))
        pusher(replica, link).push()
    private = signing.private_text(device.credential.key)
    wire = b"".join(bytes(r.body or b"") + str(r.headers).encode() for r in sent)
    assert private.encode() not in wire and private not in caplog.text + repr(device) + repr(device.credential)
    assert device.credential.token not in caplog.text + repr(device.credential)

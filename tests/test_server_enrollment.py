"""Enrollment: a one-time code bound to a station gives a device its credential; revoked or unknown
devices are refused with a reason. The clock is injected: nothing sleeps until a code expires."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.clock import now_utc
from server import credentials, enrollment
from server.database import open_store
from server.enrollment import AuthError
from server.errors import ServerError
from server.schema import NATIONAL, Device
from sync import signing
from tests.server_helpers import STATION_A, Server, chain_ops, new_register, statuses, thana_server

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
DEVICE_KEY = signing.new_key()
KEY = signing.public_text(DEVICE_KEY)  # the device's public key, as the client registers it


@pytest.fixture(scope="session")
def server(tls_server: Server) -> Server:
    """Enrollment hands out credentials: these tests run over HTTPS (the national CA pinned)."""
    assert tls_server.url.startswith("https://")
    return tls_server


def test_a_code_enrolls_one_device_of_its_station_once(server: Server) -> None:
    code = thana_server("issue-code", "--db", server.db, "--station", STATION_A).split()[0]
    status, body = server.call("POST", "/v1/devices/enroll", {"code": code.lower(), "name": "Moharrar PC",
                                                                "device_key": KEY})
    assert status == 200 and body["station"] == STATION_A
    status, me = server.call("GET", "/v1/devices/me", credential=signing.Credential(body["credential"], DEVICE_KEY))
    assert status == 200 and (me["device_id"], me["station"], me["name"]) == (body["device_id"], STATION_A,
                                                                              "Moharrar PC")
    status, again = server.call("POST", "/v1/devices/enroll", {"code": code, "device_key": KEY})
    assert status == 401 and "already been used" in again["detail"]
    store = open_store(server.db)
    try:
        with store.read() as s:
            device = s.get(Device, body["device_id"])
            assert device is not None and device.credential_hash == credentials.digest(body["credential"])
    finally:
        store.close()


def test_an_expired_or_unknown_code_is_refused(server: Server) -> None:
    store = open_store(server.db)
    try:
        with store.write() as s:  # issued 25 hours ago by the server's clock: valid for 24
            old = enrollment.issue_code(s, STATION_A, now_utc() - timedelta(hours=25)).code
    finally:
        store.close()
    status, body = server.call("POST", "/v1/devices/enroll", {"code": old, "device_key": KEY})
    assert status == 401 and body["detail"].startswith("this enrollment code has expired")
    status, body = server.call("POST", "/v1/devices/enroll", {"code": "AAAA-BBBB-CCCC", "device_key": KEY})
    assert status == 401 and body["detail"].startswith("unknown enrollment code")


def test_a_revoked_device_is_refused_with_the_reason(server: Server) -> None:
    device_id, credential = server.enroll(STATION_A)
    register = new_register()
    ops = chain_ops(STATION_A, register, 2)
    assert statuses(server.push(credential, ops[:1])[1]) == ["accepted"]
    assert thana_server("revoke", "--db", server.db, device_id).startswith(f"revoked {device_id}")
    status, body = server.push(credential, ops[1:])
    assert status == 403
    assert f"device {device_id} was revoked" in body["detail"] and "unsynced entries stay" in body["detail"]
    assert server.call("GET", "/v1/devices/me", credential=credential)[0] == 403
    listing = thana_server("devices", "--db", server.db)
    assert any(line.startswith(device_id) and "revoked" in line for line in listing.splitlines())


def test_a_request_without_a_known_credential_is_refused(server: Server) -> None:
    ops = chain_ops(STATION_A, new_register(), 1)
    status, body = server.push("", ops)
    assert status == 401 and body["detail"].startswith("no device credential")
    status, body = server.push("not-a-credential", ops)
    assert status == 401 and body["detail"].startswith("unknown device credential")


def test_a_code_is_valid_until_it_expires_and_only_once(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        with store.write() as s:
            late = enrollment.issue_code(s, STATION_A, T0, timedelta(hours=2))
            timely = enrollment.issue_code(s, STATION_A, T0, timedelta(hours=2))
        assert late.expires_at == T0 + timedelta(hours=2)
        with store.write() as s, pytest.raises(AuthError, match="expired") as refused:
            enrollment.enroll(s, late.code, "", T0 + timedelta(hours=2), KEY)
        assert refused.value.status == 401
        with store.write() as s:
            done = enrollment.enroll(s, timely.code, "", T0 + timedelta(hours=2) - timedelta(seconds=1), KEY)
        assert done.station == STATION_A
        with store.write() as s, pytest.raises(AuthError, match="already been used"):
            enrollment.enroll(s, timely.code, "", T0, KEY)
        with store.read() as s:  # the code and the credential are kept only as hashes
            device = s.scalars(select(Device).where(Device.station != NATIONAL)).one()  # not the server's own
            assert done.credential not in device.credential_hash and timely.code not in str(device.__dict__)
    finally:
        store.close()


def test_codes_only_for_known_stations(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'server.db'}")
    try:
        with store.write() as s, pytest.raises(ServerError, match="unknown police station code 'PB-XXX'"):
            enrollment.issue_code(s, "PB-XXX", T0)
    finally:
        store.close()

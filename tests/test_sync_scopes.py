"""The shared pull scopes: the station's users on another PC of the station (offline login through the
real login service), the national wanted list (published by the national administrator, and from the
CRO records stations enrol as wanted), each checked against a real server process (PostgreSQL and
SQLite), with the scopes' digests compared after each."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.biometrics.synthetic import finger_seed, impression
from app.demo.cro import take_finger
from app.errors import LoginFailed
from app.fingerprints.enrolment import EnrolmentDraft
from app.fingerprints.fingers import Category, Finger
from app.fingerprints.identification import Outcome
from app.registers.fir_rules import PartyRef
from app.security.actor import SYSTEM
from app.security.permissions import Role
from app.services import Services
from app.storage.models import FingerImpression, OutboxOp, SharedOp, User, WantedPerson
from sync.errors import ScopeRefused
from sync.pull import drifts
from sync.transport import Transport
from tests import factories as F
from tests.server_helpers import Server, module_server, statuses, thana_server
from tests.sync_helpers import Replica, district_of, take_stations
from tests.test_sync_pull import sync

server = pytest.fixture(scope="module", params=["postgresql", "sqlite"])(module_server)
NEW_PASSWORD = "a new password, long enough"


def test_users_scope_a_user_made_on_one_pc_logs_in_offline_on_another_pc_of_the_station(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    (code,) = take_stations(server)
    pc1 = open_replica(code, "pc1")
    pc1.services.users.create(SYSTEM, username="ali.raza", full_name="Ali Raza", role=Role.INVESTIGATING_OFFICER,
                              password=F.PASSWORD, station_id=pc1.station.id, rank="SI")
    pc1.enroll(server)
    sync(pc1, capsys)
    pc2 = open_replica(code, "pc2")
    pc2.enroll(server)
    with pytest.raises(LoginFailed):  # not on this PC yet
        pc2.services.users.login("ali.raza", F.PASSWORD)
    sync(pc2, capsys)
    # offline: the server is not asked, the login service checks the replicated argon2id hash
    actor = pc2.services.users.login("ali.raza", F.PASSWORD)
    assert (actor.role, actor.station_id) == (Role.INVESTIGATING_OFFICER, pc2.station.id)
    with pytest.raises(LoginFailed):
        pc2.services.users.login("ali.raza", "not the password at all")
    # a password changed on PC 1 follows; the old one no longer opens PC 2
    pc1.services.users.change_password(pc1.services.users.login("ali.raza", F.PASSWORD), F.PASSWORD, NEW_PASSWORD)
    sync(pc1, capsys)
    sync(pc2, capsys)
    with pytest.raises(LoginFailed):
        pc2.services.users.login("ali.raza", F.PASSWORD)
    assert pc2.services.users.login("ali.raza", NEW_PASSWORD).username == "ali.raza"
    with pc1.services.db.read() as s1, pc2.services.db.read() as s2:
        one = s1.scalars(select(User).where(User.username == "ali.raza")).one()
        two = s2.scalars(select(User).where(User.username == "ali.raza")).one()
        assert (two.uid, two.password_hash, two.rank) == (one.uid, one.password_hash, "SI")
        assert two.password_hash.startswith("$argon2id$")
        # never the plaintext in what travels
        for op in s1.scalars(select(OutboxOp).where(OutboxOp.entity == "user")):
            assert F.PASSWORD not in json.dumps(op.payload) and NEW_PASSWORD not in json.dumps(op.payload)
            assert "failed_logins" not in op.payload and "locked_until" not in op.payload
    # the factory's accounts have the same names on both PCs (moharrar0...): each PC keeps its own
    assert pc2.services.users.login(pc2.station.moharrar.username, F.PASSWORD).user_id == pc2.station.moharrar.user_id
    assert drifts(pc1.services.db) == drifts(pc2.services.db) == []


def test_users_scope_password_hashes_reach_only_the_station_s_own_devices(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str]) -> None:
    code_a, code_b = take_stations(server, 2, same_district=True)
    a, b = open_replica(code_a, "a"), open_replica(code_b, "b")
    a.add_firs(1)
    a.enroll(server)
    b.enroll(server)
    sync(a, capsys)
    sync(b, capsys)  # B pulls its district's watchlist and persons: never an account
    with b.services.db.read() as s:
        assert s.scalars(select(SharedOp).where(SharedOp.entity == "user")).all() == []
        assert s.scalars(select(User).where(User.uid.in_([op.entity_uid for op in a.ops()
                                                          if op.entity == "user"]))).all() == []
    device = b.enroll(server)
    with Transport(server.url) as transport, pytest.raises(ScopeRefused):
        transport.get("/v1/pull", {"scope": f"users:{code_a}"}, device.credential)
    assert district_of(code_a) == district_of(code_b)


def iso_template(services: Services) -> bytes:
    """A real ISO 19794-2 template (of a synthetic finger) as the enrolment keeps it."""
    with services.db.read() as s:
        return s.scalars(select(FingerImpression.template)).first()  # type: ignore[return-value]


def enrol_wanted(replica: Replica, name: str, cnic: str) -> str:
    services = replica.services
    cro = F.make_actor(services, Role.CRO_OFFICER, replica.station.id, "cro")
    person = F.complainant(name_en=name, name_ur="", relative_name_ur="", cnic=cnic)
    taken = {Finger.RIGHT_THUMB: take_finger(services.enrolment, finger_seed(name, Finger.RIGHT_THUMB))}
    record = services.enrolment.enrol(cro, EnrolmentDraft(person=PartyRef(draft=person), category=Category.WANTED,
                                                         reason="Wanted in FIR 12/2026 u/s 392 PPC", fingers=taken))
    return record.uid


def wanted_rows(replica: Replica) -> list[WantedPerson]:
    with replica.services.db.read() as s:
        rows = list(s.scalars(select(WantedPerson).order_by(WantedPerson.position)))
        s.expunge_all()
        return rows


def test_wanted_scope_every_station_gets_the_national_list_and_the_stations_wanted_records(
        server: Server, open_replica: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (code_a,) = take_stations(server)
    (code_b,) = take_stations(server, not_in=district_of(code_a))
    a, b = open_replica(code_a, "a"), open_replica(code_b, "b")
    record_uid = enrol_wanted(a, "Shafiq Ahmed", "35202-7654321-3")
    template = iso_template(a.services)
    # the national administrator publishes an entry: a small inline template, the photo by its hash
    entry = {"name_en": "Rashid Mehmood", "relative_name_en": "Karam Din", "cnic": "61101-1111111-1",
             "category": "proclaimed_offender", "reason": "PO in FIR 88/2025 u/s 302 PPC, PS Kohsar",
             "issued_by": "CPO Islamabad", "photo_sha256": "ab" * 32,
             "fingers": [{"finger": 2, "template": base64.b64encode(template).decode()}]}
    (tmp_path / "entry.json").write_text(json.dumps(entry))
    published = thana_server("wanted", "--db", server.db, "--publish", str(tmp_path / "entry.json")).split()
    assert published[0] == "publish"
    national_uid = published[1]
    a.enroll(server)
    b.enroll(server)
    sync(a, capsys)  # pushes the CRO record: the server publishes it to the wanted list
    sync(b, capsys)  # another district: it gets both
    rows = wanted_rows(b)
    assert [r.uid for r in rows] == [national_uid, record_uid]
    national, station = rows
    assert (national.name_en, national.cnic, national.category, national.source) == (
        "Rashid Mehmood", "61101-1111111-1", "proclaimed_offender", "national")
    assert base64.b64decode(national.fingers[0]["template"]) == template  # type: ignore[arg-type]
    assert national.photo_sha256 == "ab" * 32 and len(template) < 2048
    assert (station.name_en, station.cnic, station.source, station.category) == (
        "Shafiq Ahmed", "35202-7654321-3", code_a, "wanted")
    # the station's record names its templates by SHA-256 (blobs), never inline
    assert station.fingers and all(set(f) == {"finger", "template_sha256"} for f in station.fingers)
    # the person search finds them, by name or by CNIC
    officer = b.station.moharrar
    assert [w.uid for w in b.services.wanted.search(officer, "rashid karam")] == [national_uid]
    assert [w.uid for w in b.services.wanted.search(officer, "35202-7654321-3")] == [record_uid]
    # B's check post: the national entry's finger (its template is of Shafiq Ahmed's right thumb) is red
    checkpost = F.make_actor(b.services, Role.CHECKPOST_OFFICER, b.station.id, "checkpost")
    probe = impression(finger_seed("Shafiq Ahmed", Finger.RIGHT_THUMB), 4).pixels
    hit = b.services.identification.identify(checkpost, probe, 500, place="Motorway toll plaza picket")
    assert hit.outcome is Outcome.RED
    first = hit.candidates[0]
    assert (first.record_uid, first.person.name_en, first.category, first.finger) == (
        national_uid, "Rashid Mehmood", "proclaimed_offender", 2)
    # withdrawn by the administrator: still held, no longer found, nor matched once the pull is applied
    thana_server("wanted", "--db", server.db, "--withdraw", national_uid, "--reason", "arrested")
    sync(b, capsys)
    b.services.gallery.invalidate()  # the app does this after a cycle that changed the list
    again = b.services.identification.identify(checkpost, probe, 500, place="Motorway toll plaza picket")
    assert national_uid not in [c.record_uid for c in again.candidates]
    assert b.services.wanted.search(officer, "rashid") == []
    assert {r.uid: r.withdrawn for r in wanted_rows(b)} == {national_uid: True, record_uid: False}
    assert drifts(a.services.db) == drifts(b.services.db) == []


def test_wanted_scope_a_station_may_not_push_wanted_entries_and_bad_entries_are_refused(
        server: Server, tmp_path: Path) -> None:
    (code,) = take_stations(server)
    _, credential = server.enroll(code)
    forged = {"op_id": "0190d5f2-0000-7000-8000-000000000001", "entity": "wanted", "entity_uid": "x", "op": "publish",
              "created_at": "2026-11-30T10:00:00Z", "payload": {"uid": "x", "name_en": "Somebody"}}
    status, body = server.push(credential, [forged])
    assert status == 200 and statuses(body) == ["rejected"]
    assert "national server only" in body["results"][0]["reason"]
    for entry, says in (({"name_en": "X"}, "needs a name"), ({"name_en": "X", "reason": "r", "cnic": "1" * 20},
                                                              "cnic"),
                        ({"name_en": "X", "reason": "r", "fingers": [{"finger": 1, "template": "Rk1SAA=="}]},
                         "not an ISO 19794-2 template")):
        (tmp_path / "bad.json").write_text(json.dumps(entry))
        assert says in thana_server("wanted", "--db", server.db, "--publish", str(tmp_path / "bad.json"), expect=2)

"""Blobs against a real server process (PostgreSQL and SQLite) and the fault proxy: resumable upload at
the offset the server holds, the hash checked before a blob counts, downloads resumed with Range, an
operation held while a file it names is missing, and a CRO enrolment whose prints reach the server."""

from __future__ import annotations

import random
import time
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
import requests
from sqlalchemy import select

from app.fingerprints.fingers import Finger
from app.ids import uuid7
from app.registers.chain import GENESIS, link_hash
from app.security.permissions import Role
from app.storage.models import BlobUpload, CroRecord, FingerImpression
from server import blob_store
from server.blob_store import MAX_BLOB, MAX_CHUNK
from server.database import open_store
from server.schema import Blob, BlobChunk
from sync.blobs import BlobTransfer, sha256_hex, upload_pending
from sync.cycle import run_cycle
from sync.errors import BlobDamaged, RequestRefused
from sync.signing import Credential
from sync.transport import READ_SIZE, Transport
from tests import factories as F
from tests.server_helpers import Server, new_register, op_for, statuses
from tests.sync_helpers import Replica, take_stations
from tests.sync_proxy import FaultProxy
from tests.test_cro_enrolment import draft_for, png

CHUNK = 128 * 1024
HEADERS = 1024  # an allowance per request for its line and headers, at the proxy


class Recording(requests.Session):
    """A requests session that notes every request as it is sent, the ones the link then cuts too."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, dict[str, Any], dict[str, str], int]] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        query = dict(parse_qsl(urlsplit(request.url or "").query))
        body = request.body
        self.sent.append((str(request.method), query, dict(request.headers),
                          len(body) if isinstance(body, bytes) else 0))
        return super().send(request, **kwargs)


def transfer(transport: Transport, credential: Credential, **options: Any) -> BlobTransfer:
    return BlobTransfer(transport, credential, sleep=lambda _: None, **options)


def payload(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def device_of(server: Server) -> Credential:
    token = server.enroll(take_stations(server)[0])[1]
    return Credential(token, server.keys[token])


def held_on_server(server: Server, name: str) -> tuple[Blob | None, list[BlobChunk]]:
    store = open_store(server.db)
    try:
        with store.read() as s:
            row = s.get(Blob, name)
            chunks = list(s.scalars(select(BlobChunk).where(BlobChunk.sha256 == name).order_by(BlobChunk.offset)))
            s.expunge_all()
            return row, chunks
    finally:
        store.close()


def check_blob_invariants(server: Server, data: bytes) -> None:
    """The server holds the blob once, complete, as contiguous chunks each stored once, hashing to its name."""
    name = sha256_hex(data)
    row, chunks = held_on_server(server, name)
    assert row is not None and row.completed_at is not None and row.received == row.size == len(data)
    assert [c.offset for c in chunks] == [sum(c.length for c in chunks[:i]) for i in range(len(chunks))]
    assert b"".join(c.data for c in chunks) == data


def raw(server: Server, method: str, path: str, credential: Credential | None, **options: Any) -> requests.Response:
    """A request as it goes on the wire, signed by the device as the client signs it."""
    request = requests.Request(method, server.url + path, **options).prepare()
    if credential is not None:
        body = request.body.encode() if isinstance(request.body, str) else request.body or b""
        request.headers.update(credential.headers(method, request.path_url, body, int(time.time())))
    with requests.Session() as session:
        return session.send(request, timeout=30)


def test_an_upload_goes_on_at_the_offset_held_and_downloads_whole_or_by_range(server: Server) -> None:
    credential = device_of(server)
    data = payload(300_000, 1)
    name, path = sha256_hex(data), f"/v1/blobs/{sha256_hex(data)}"
    assert raw(server, "POST", path + "/upload", None, json={"size": len(data)}).status_code == 401
    assert raw(server, "GET", path + "/upload", credential).status_code == 404
    started = raw(server, "POST", path + "/upload", credential, json={"size": len(data)})
    assert started.json() == {"sha256": name, "size": len(data), "offset": 0, "complete": False}
    first = raw(server, "PUT", path + "/upload", credential, params={"offset": 0}, data=data[:100_000])
    assert first.json()["offset"] == 100_000
    # a chunk sent again (its answer was lost), or from too far: refused with the offset held
    for offset in (0, 150_000):
        again = raw(server, "PUT", path + "/upload", credential, params={"offset": offset}, data=data[offset:][:10])
        assert again.status_code == 409 and again.json()["offset"] == 100_000, again.text
    assert raw(server, "POST", path + "/upload", credential, json={"size": len(data)}).json()["offset"] == 100_000
    assert raw(server, "GET", path, credential).status_code == 404, "not present before its last byte"
    last = raw(server, "PUT", path + "/upload", credential, params={"offset": 100_000}, data=data[100_000:])
    assert last.json() == {"sha256": name, "size": len(data), "offset": len(data), "complete": True}
    check_blob_invariants(server, data)
    whole = raw(server, "GET", path, credential, headers={"Accept-Encoding": "identity"})
    assert whole.status_code == 200 and whole.content == data and whole.headers["Accept-Ranges"] == "bytes"
    tail = raw(server, "GET", path, credential, headers={"Range": "bytes=250000-"})
    assert tail.status_code == 206 and tail.content == data[250_000:]
    assert tail.headers["Content-Range"] == f"bytes 250000-{len(data) - 1}/{len(data)}"
    middle = raw(server, "GET", path, credential, headers={"Range": "bytes=1000-1999"})
    assert middle.status_code == 206 and middle.content == data[1000:2000]
    assert raw(server, "GET", path, credential, headers={"Range": f"bytes={len(data)}-"}).status_code == 416
    assert raw(server, "GET", path, None).status_code == 401
    # present: a new upload of it learns so at once
    assert raw(server, "POST", path + "/upload", credential, json={"size": len(data)}).json()["complete"] is True


def test_size_limits_and_names_are_checked(server: Server) -> None:
    credential = device_of(server)
    name = sha256_hex(b"x")
    too_big = raw(server, "POST", f"/v1/blobs/{name}/upload", credential, json={"size": MAX_BLOB + 1})
    assert too_big.status_code == 422 and "size" in too_big.text
    assert raw(server, "POST", "/v1/blobs/NOT-A-HASH/upload", credential, json={"size": 1}).status_code == 422
    data = payload(MAX_CHUNK + 1, 2)
    path = f"/v1/blobs/{sha256_hex(data)}/upload"
    raw(server, "POST", path, credential, json={"size": len(data)})
    assert raw(server, "PUT", path, credential, params={"offset": 0}, data=data).status_code == 413
    past = raw(server, "PUT", f"/v1/blobs/{name}/upload", credential, params={"offset": 0}, data=b"xy")
    assert past.status_code == 404, "no upload started"
    raw(server, "POST", f"/v1/blobs/{name}/upload", credential, json={"size": 1})
    assert raw(server, "PUT", f"/v1/blobs/{name}/upload", credential, params={"offset": 0},
               data=b"xy").status_code == 413, "past the declared size"


def test_a_corrupted_upload_is_refused_and_discarded(server: Server) -> None:
    credential = device_of(server)
    data = payload(200_000, 3)
    name = sha256_hex(data)
    damaged = data[:150_000] + bytes([data[150_000] ^ 1]) + data[150_001:]
    with Transport(server.url) as transport:
        with pytest.raises(RequestRefused) as refused:
            transfer(transport, credential, chunk_size=64 * 1024).upload(name, damaged)
        assert refused.value.params["status"] == 422 and "do not hash" in refused.value.text()
        row, chunks = held_on_server(server, name)
        assert row is None and chunks == [], "the bytes were discarded"
        assert raw(server, "GET", f"/v1/blobs/{name}", credential).status_code == 404
        # the right bytes go up from the start afterwards
        transfer(transport, credential, chunk_size=64 * 1024).upload(name, data)
    check_blob_invariants(server, data)


def test_the_blob_endpoints_are_in_the_openapi_document(server: Server) -> None:
    status, document = server.call("GET", "/openapi.json")
    assert status == 200
    assert {"post", "get", "put"} <= set(document["paths"]["/v1/blobs/{sha256}/upload"])
    assert "get" in document["paths"]["/v1/blobs/{sha256}"]
    put = document["paths"]["/v1/blobs/{sha256}/upload"]["put"]
    assert "application/octet-stream" in put["requestBody"]["content"] and "409" in put["responses"]


@pytest.mark.sync_scenario
def test_scenario_20_a_flapping_link_during_a_blob_upload_resumes_from_the_offset_held(
        server: Server, replica: Replica, proxy: FaultProxy) -> None:
    device = replica.enroll(server)
    data = payload(4 * 1024 * 1024 + 123, 20)
    proxy.cut_requests_every = 300_000  # the link drops every ~300 KB sent: 14 times in this upload
    session = Recording()
    with Transport(proxy.url, session=session) as transport:
        transfer(transport, device.credential, chunk_size=CHUNK).upload(sha256_hex(data), data)
    puts = [(int(params["offset"]), size) for method, params, _, size in session.sent if method == "PUT"]
    assert proxy.cuts >= 10, "the link really flapped"
    offsets = [offset for offset, _ in puts]
    assert offsets == sorted(offsets), "never back to a chunk the server acknowledged"
    resent = len(offsets) - len(set(offsets))
    assert resent <= proxy.cuts, "only the chunk a cut caught is sent again"
    assert sum(size for _, size in puts) <= len(data) + proxy.cuts * CHUNK
    assert proxy.request_bytes <= len(data) + proxy.cuts * CHUNK + len(session.sent) * HEADERS
    check_blob_invariants(server, data)


def test_a_download_cut_by_the_link_resumes_with_a_range_and_is_verified(
        server: Server, replica: Replica, proxy: FaultProxy) -> None:
    device = replica.enroll(server)
    data = payload(1_500_000, 21)
    name = sha256_hex(data)
    with Transport(server.url) as transport:
        transfer(transport, device.credential).upload(name, data)
    proxy.cut_every = 200_000
    session = Recording()
    with Transport(proxy.url, session=session) as transport:
        assert transfer(transport, device.credential).fetch(name) == data
    starts = [int(h.get("Range", "bytes=0-")[6:-1]) for _, _, h, _ in session.sent]
    assert proxy.cuts >= 5 and len(starts) == proxy.cuts + 1
    assert starts[0] == 0 and starts == sorted(set(starts)), "each try goes on from the bytes already here"
    # a cut loses at most the piece being read when it came: nothing else came twice
    assert proxy.response_bytes <= len(data) + len(starts) * (HEADERS + READ_SIZE)


def test_a_download_whose_bytes_do_not_hash_to_the_name_is_not_used(server: Server, replica: Replica) -> None:
    device = replica.enroll(server)
    data = payload(10_000, 22)
    with Transport(server.url) as transport:
        transfer(transport, device.credential).upload(sha256_hex(data), data)
        with pytest.raises(RequestRefused):  # not on the server
            transfer(transport, device.credential).fetch(sha256_hex(b"other"))
    store = open_store(server.db)
    try:  # damage it where it is stored: the client must notice
        with store.write() as s:
            chunk = s.scalars(select(BlobChunk).where(BlobChunk.sha256 == sha256_hex(data))).one()
            chunk.data = b"y" + chunk.data[1:]
    finally:
        store.close()
    with Transport(server.url) as transport, pytest.raises(BlobDamaged):
        transfer(transport, device.credential, attempts=2).fetch(sha256_hex(data))


def chained(register: str, station: str, contents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ops, prev = [], GENESIS
    for position, content in enumerate(contents, start=1):
        entry_hash = link_hash(prev, content)
        ops.append(op_for(register, content, {"register": register, "station": station, "position": position,
                                              "prev_hash": prev, "entry_hash": entry_hash}))
        prev = entry_hash
    return ops


def test_an_operation_naming_a_file_the_server_lacks_is_held_until_it_is_uploaded(server: Server) -> None:
    station = take_stations(server)[0]
    token = server.enroll(station)[1]
    credential = Credential(token, server.keys[token])
    photo = payload(50_000, 23)
    register = new_register()
    ops = chained(register, station, [{"uid": uuid7(), "photo_sha256": sha256_hex(photo)},
                                      {"uid": uuid7(), "text": "after it"}])
    status, body = server.push(credential, ops)
    assert status == 200 and statuses(body) == ["blocked", "blocked"]
    assert sha256_hex(photo) in body["results"][0]["reason"] and body["results"][0]["blocked_by"] is None
    assert body["results"][1]["blocked_by"] == ops[0]["op_id"], "the rest of its chain waits behind it"
    with Transport(server.url) as transport:
        transfer(transport, credential).upload(sha256_hex(photo), photo)
    status, body = server.push(credential, ops)
    assert statuses(body) == ["accepted", "accepted"]
    store = open_store(server.db)
    try:
        with store.read() as s:
            assert blob_store.missing(s, [sha256_hex(photo)]) == []
    finally:
        store.close()


def test_cro_enrolment_then_a_sync_cycle_puts_its_prints_and_photo_on_the_server(
        server: Server, replica: Replica) -> None:
    services = replica.services
    cro = F.make_actor(services, Role.CRO_OFFICER, replica.station.id, "cro")
    record = services.enrolment.enrol(cro, draft_for(services, "Akram Khan", (Finger.RIGHT_THUMB,),
                                                     photo=png((200, 180, 160))))
    device = replica.enroll(server)
    with services.db.read() as s:
        files = [bytes(b) for row in s.scalars(select(FingerImpression).where(FingerImpression.record_id == record.id))
                 for b in (row.image, row.template)]
        files.append(bytes(s.scalars(select(CroRecord.photo).where(CroRecord.id == record.id)).one() or b""))
    result = run_cycle(services.db, replica.secrets)
    assert result.blobs == len(files) == 7
    assert result.pushed.accepted == result.pushed.pushed and result.pushed.blocked == 0, \
        "the files went first: nothing was held"
    assert "files uploaded 7" in result.summary()
    cro_ops = [op for op in replica.ops() if op.entity == "cro"]
    assert [op.state for op in cro_ops] == ["done"]
    with services.db.read() as s:
        uploads = {u.sha256: (u.state, u.offset, u.size) for u in s.scalars(select(BlobUpload))}
    assert uploads == {sha256_hex(f): ("done", len(f), len(f)) for f in files}
    for data in files:
        check_blob_invariants(server, data)
    with Transport(server.url) as transport:
        assert transfer(transport, device.credential).fetch(sha256_hex(files[0])) == files[0]
    # nothing more to upload: the next cycle sends no file
    assert run_cycle(services.db, replica.secrets).blobs == 0


def test_a_file_missing_on_the_pc_is_marked_and_its_operation_held_by_the_server(
        server: Server, replica: Replica) -> None:
    services = replica.services
    cro = F.make_actor(services, Role.CRO_OFFICER, replica.station.id, "cro")
    services.enrolment.enrol(cro, draft_for(services, "Bashir Ahmad", (Finger.RIGHT_INDEX,)))
    device = replica.enroll(server)
    with services.db.write() as s:  # the PC lost one image (a damaged row): its bytes no longer match
        row = s.scalars(select(FingerImpression).order_by(FingerImpression.id)).first()
        assert row is not None
        lost, row.image = row.image_sha256, b"damaged"
    with Transport(server.url) as transport:
        assert upload_pending(services.db, transfer(transport, device.credential)) == 5  # 3 images, 3 templates
    with services.db.read() as s:
        problem = s.get(BlobUpload, lost)
        assert problem is not None and problem.state == "missing" and "does not match" in (problem.reason or "")
    result = run_cycle(services.db, replica.secrets)
    assert result.pushed.blocked == 1
    held = next(op for op in replica.ops() if op.entity == "cro")
    assert held.state == "pending" and lost in (held.sync_reason or "")

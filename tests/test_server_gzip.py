"""Request bodies compressed with gzip (Content-Encoding: gzip) are decoded by the server's middleware;
a damaged body or another encoding is refused with a reason."""

from __future__ import annotations

import gzip
import json
from typing import Any

from tests.server_helpers import STATION_A, Server, chain_ops, new_register, statuses


def post(server: Server, path: str, data: bytes, encoding: str, credential: str) -> tuple[int, Any]:
    return server.call("POST", path, credential=credential, data=data, headers={"Content-Encoding": encoding})


def test_a_gzip_request_body_is_decoded(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    ops = chain_ops(STATION_A, new_register(), 3)
    status, body = post(server, "/v1/push", gzip.compress(json.dumps({"ops": ops}).encode()), "gzip", credential)
    assert status == 200, body
    assert statuses(body) == ["accepted"] * 3


def test_a_damaged_gzip_body_or_another_encoding_is_refused(server: Server) -> None:
    _, credential = server.enroll(STATION_A)
    whole = gzip.compress(json.dumps({"ops": chain_ops(STATION_A, new_register(), 1)}).encode())
    for damaged in (whole[:-12], b"not gzip at all"):
        status, body = post(server, "/v1/push", damaged, "gzip", credential)
        assert (status, body["detail"]) == (400, "the request body is not valid gzip, or too large")
    status, body = post(server, "/v1/push", whole, "br", credential)
    assert status == 415 and "unsupported content encoding 'br'" in body["detail"]

"""Station document keys through the real national server: a station's sync cycle publishes its key and
brings back the server's signed trust list, ``thana verify-document`` checks against it (VALID, then
INVALID revoked once the administrator revokes the key), a key in another station's name is refused, and
an altered list is refused with a message that says so, wherever the copy came from."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QApplication

from app.cli import main
from app.documents.local_trust import (
    default_trust_path,
    pin_national_key,
    pinned_national_key,
    station_signing_key,
)
from app.documents.signing import key_id
from app.documents.trust import key_text, published_key, sign_trust_list
from sync.cycle import run_cycle
from sync.errors import TrustListRefused
from tests.server_helpers import Server, module_server, thana_server
from tests.sync_helpers import Replica, take_stations
from tests.test_documents_pdf import details, write
from ui.fonts import load_fonts

FORGER = Ed25519PrivateKey.from_private_bytes(bytes(range(2, 34)))
# a server of its own: its tests would otherwise use up stations the session's sync tests need
server = pytest.fixture(scope="module", params=["postgresql", "sqlite"])(module_server)


@pytest.fixture(autouse=True)
def fonts(qapp: QApplication) -> None:
    del qapp  # the fonts need the application object (the PDFs are written as the station writes them)
    assert "Noto Nastaliq Urdu" in load_fonts()


def certificate_of(replica: Replica, tmp_path: Path) -> tuple[Path, str]:
    """A certificate signed with the station's own key (made now, as at its first issued document)."""
    key = station_signing_key(replica.services.key_store, replica.data_dir, replica.code)
    d = replace(details(key), station=replica.code, number=f"{replica.code}/CC/2026/000007")
    return write(tmp_path / f"cc-{replica.code}.pdf", key, d=d), key_id(key.public_key())


def verify_document(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["verify-document", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def national_key_of(server: Server) -> str:
    return thana_server("trust-key", "--db", server.db).split()[0]


def test_a_station_key_is_published_by_sync_then_valid_then_revoked(
        server: Server, replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, kid = certificate_of(replica, tmp_path)
    replica.enroll(server)
    run_cycle(replica.services.db, replica.secrets)
    listing = json.loads(default_trust_path(replica.data_dir).read_text(encoding="utf-8"))
    assert (kid, replica.code) in [(k["kid"], k["station"]) for k in listing["keys"]]
    pinned = pinned_national_key(replica.data_dir)
    assert pinned is not None and key_text(pinned) == national_key_of(server)  # pinned at the first fetch
    code, out, _ = verify_document(capsys, str(pdf), "--data-dir", str(replica.data_dir))
    assert (code, out.splitlines()[0]) == (0, "VALID") and f"Signing key: {kid}" in out
    # an embassy's offline copy, checked with the key the national server publishes
    copy = tmp_path / "embassy-copy.json"
    copy.write_bytes(default_trust_path(replica.data_dir).read_bytes())
    code, out, _ = verify_document(capsys, str(pdf), "--trust-list", str(copy), "--national-key",
                                   national_key_of(server), "--data-dir", str(tmp_path / "embassy"))
    assert (code, out.splitlines()[0]) == (0, "VALID")

    assert f"revoked document key {kid}" in thana_server("revoke-document-key", kid, "--reason", "laptop stolen",
                                                         "--db", server.db)
    assert f"{kid}  {replica.code}  revoked" in thana_server("document-keys", "--db", server.db)
    run_cycle(replica.services.db, replica.secrets)  # the key stays revoked: sending it again is refused
    code, out, _ = verify_document(capsys, str(pdf), "--data-dir", str(replica.data_dir))
    assert code == 1 and out.splitlines() == [
        "INVALID: revoked", "The document was signed with a station key that has been revoked."]
    # the copy fetched before the revocation still says VALID: a verifier needs a fresh list
    assert verify_document(capsys, str(pdf), "--trust-list", str(copy), "--data-dir", str(replica.data_dir))[0] == 0


def test_a_key_in_another_stations_name_is_refused(server: Server) -> None:
    own, other = take_stations(server, 2)
    _, credential = server.enroll(own)
    status, body = server.call("POST", "/v1/document-keys", published_key(FORGER, other), credential)
    assert status == 409 and f"a device of station {own} cannot publish a key for station {other}" in body["detail"]
    lying_id = published_key(FORGER, own) | {"kid": "0" * 16}
    assert server.call("POST", "/v1/document-keys", lying_id, credential)[0] == 422
    assert server.call("POST", "/v1/document-keys", published_key(FORGER, own))[0] == 401  # no device, no key
    status, listing = server.call("GET", "/v1/trust-list")
    assert status == 200 and key_id(FORGER.public_key()) not in [k["kid"] for k in listing["keys"]]
    assert server.call("POST", "/v1/document-keys", published_key(FORGER, own), credential) == (
        200, {"kid": key_id(FORGER.public_key()), "station": own})


def test_an_altered_trust_list_is_refused_with_a_clear_message(
        server: Server, replica: Replica, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, _ = certificate_of(replica, tmp_path)
    replica.enroll(server)
    run_cycle(replica.services.db, replica.secrets)
    genuine = json.loads(default_trust_path(replica.data_dir).read_text(encoding="utf-8"))
    national = national_key_of(server)
    forged_key = published_key(FORGER, replica.code)
    altered = {**genuine, "keys": [*genuine["keys"], forged_key]}  # a forger's key slipped in
    resigned = sign_trust_list(altered["keys"], [], genuine["issued_at"], FORGER)  # and signed by him
    for name, listing in (("altered", altered), ("resigned", resigned)):
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(listing), encoding="utf-8")
        code, out, err = verify_document(capsys, str(pdf), "--trust-list", str(path), "--national-key", national)
        assert (code, out) == (2, "") and "The list of trusted station keys has been altered" in err, name
    code, _, err = verify_document(capsys, str(pdf), "--trust-list", str(tmp_path / "altered.json"),
                                   "--data-dir", str(tmp_path / "nowhere"))
    assert code == 2 and "does not know. Give the key the national server publishes with --national-key" in err


def test_a_list_not_signed_by_the_pinned_key_is_refused_by_sync_and_the_held_list_kept(
        server: Server, replica: Replica) -> None:
    replica.enroll(server)
    pin_national_key(replica.data_dir, FORGER.public_key())  # as if the server's answer were not its own
    held = default_trust_path(replica.data_dir)
    held.parent.mkdir(parents=True, exist_ok=True)
    held.write_text('{"keys": [], "revoked": []}', encoding="utf-8")
    with pytest.raises(TrustListRefused, match="is not signed by the national server's key"):
        run_cycle(replica.services.db, replica.secrets)
    assert held.read_text(encoding="utf-8") == '{"keys": [], "revoked": []}'

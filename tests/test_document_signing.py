"""Signed QR payloads of issued documents: signing, offline verification, and hostile input."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given, settings
from hypothesis import strategies as st

from app.documents import base45
from app.documents.details import DocumentDetails, IdKind, details_from_json
from app.documents.errors import REASON_MESSAGES, DocumentInvalid, InvalidReason
from app.documents.kinds import DocumentKind
from app.documents.signing import PREFIX, SIGNATURE_BYTES, VERSION, decode_payload, key_id, sign
from app.documents.signing_key import SEED_BYTES, load_signing_key, signing_key_store
from app.documents.trust import TrustListDamaged, load_trust_list, published_key
from app.documents.verification import TrustList, verify
from app.security.keystore import KEY_BYTES, FileKeyStore, KeyringKeyStore, load_or_create_key
from tests.memory_keyring import MemoryKeyring

STATION_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))
TRUST = TrustList({key_id(k.public_key()): k.public_key() for k in (STATION_KEY, OTHER_KEY)})


def certificate(**changes: object) -> DocumentDetails:
    """A typical character certificate: parentage in the name, a one-line summary."""
    details = DocumentDetails(
        kind=DocumentKind.CHARACTER_CERTIFICATE, number="PB-LHR-MTN/CC/2026/004512", station="PB-LHR-MTN",
        issued_at=datetime(2026, 12, 1, 9, 41, 7, tzinfo=UTC), subject_name="Muhammad Aslam s/o Muhammad Akram",
        id_kind=IdKind.CNIC, subject_id="35202-1234567-1",
        summary="No criminal record found at this or any station of Punjab", key_id=key_id(STATION_KEY.public_key()))
    return replace(details, **changes)  # type: ignore[arg-type]


PAYLOAD = sign(certificate(), STATION_KEY)
FRAME = base45.decode(PAYLOAD[len(PREFIX):])


def test_a_signed_certificate_verifies_with_its_details() -> None:
    verdict = verify(PAYLOAD, TRUST)
    assert verdict.valid and verdict.label() == "VALID" and verdict.details == certificate()
    assert verify(PAYLOAD.encode("ascii") + b"\r\n", TRUST).valid  # as a scanner types it


def test_the_payload_fits_a_qr_code_in_alphanumeric_mode() -> None:
    urdu = sign(certificate(subject_name="محمد اسلم ولد محمد اکرم", summary="کسی تھانے میں کوئی مجرمانہ ریکارڈ نہیں"),
                STATION_KEY)
    for payload in (PAYLOAD, urdu):
        assert len(payload) < 600
        assert set(payload) <= set(base45.ALPHABET)


def test_an_aware_time_in_pakistan_is_signed_as_utc() -> None:
    pkt = timezone(timedelta(hours=5))
    details = certificate(issued_at=datetime(2026, 12, 1, 14, 41, 7, tzinfo=pkt))
    assert b'"t":"2026-12-01T09:41:07Z"' in details.to_json()
    assert verify(sign(details, STATION_KEY), TRUST).details == certificate()


def test_changed_contents_under_the_old_signature_are_altered() -> None:
    forged = certificate(subject_name="Someone Else s/o Muhammad Akram").to_json()
    payload = PREFIX + base45.encode(FRAME[:1 + SIGNATURE_BYTES] + forged)
    assert verify(payload, TRUST).reason is InvalidReason.ALTERED


def test_a_key_the_server_never_published_is_unknown() -> None:
    rogue = Ed25519PrivateKey.generate()
    payload = sign(certificate(key_id=key_id(rogue.public_key())), rogue)
    assert verify(payload, TRUST).reason is InvalidReason.UNKNOWN_KEY
    assert verify(PAYLOAD, TrustList({})).reason is InvalidReason.UNKNOWN_KEY


def test_a_revoked_key_is_revoked_whether_or_not_it_is_still_listed() -> None:
    kid = key_id(STATION_KEY.public_key())
    assert verify(PAYLOAD, TrustList(TRUST.keys, frozenset({kid}))).reason is InvalidReason.REVOKED
    assert verify(PAYLOAD, TrustList({}, frozenset({kid}))).reason is InvalidReason.REVOKED
    other = key_id(OTHER_KEY.public_key())
    assert verify(PAYLOAD, TrustList(TRUST.keys, frozenset({other}))).valid


def test_a_trust_list_entry_under_another_keys_id_is_refused() -> None:
    with pytest.raises(ValueError, match="has the id"):
        TrustList({key_id(OTHER_KEY.public_key()): STATION_KEY.public_key()})


def test_details_must_name_the_signing_key() -> None:
    with pytest.raises(ValueError, match="another signing key"):
        sign(certificate(key_id=key_id(OTHER_KEY.public_key())), STATION_KEY)


def kid_span() -> range:
    start = FRAME.index(b'"kid":"') + len(b'"kid":"')
    return range(start, start + 16)


def changed_frame_verdict(position: int, xor: int) -> InvalidReason | None:
    frame = bytearray(FRAME)
    frame[position] ^= xor
    return verify(PREFIX + base45.encode(bytes(frame)), TRUST).reason


def test_every_single_changed_byte_of_the_frame_is_invalid() -> None:
    kid = kid_span()
    for position in range(len(FRAME)):
        reason = changed_frame_verdict(position, 0x01)
        # a changed key id names a key nobody published; anything else breaks the signature or the form
        allowed = {InvalidReason.UNKNOWN_KEY, InvalidReason.MALFORMED} if position in kid else {
            InvalidReason.ALTERED, InvalidReason.MALFORMED}
        assert reason in allowed, (position, reason)


@given(st.integers(min_value=0, max_value=len(FRAME) - 1), st.integers(min_value=1, max_value=255))
def test_any_byte_changed_to_any_value_is_invalid(position: int, xor: int) -> None:
    reason = changed_frame_verdict(position, xor)
    assert reason is not None
    if position not in kid_span():
        assert reason in {InvalidReason.ALTERED, InvalidReason.MALFORMED}


@given(st.integers(min_value=0, max_value=len(PAYLOAD) - 1), st.sampled_from(base45.ALPHABET + "a\u0627\x00"))
def test_any_changed_character_of_the_payload_is_invalid(position: int, char: str) -> None:
    if PAYLOAD[position] == char:
        return
    verdict = verify(PAYLOAD[:position] + char + PAYLOAD[position + 1:], TRUST)
    assert not verdict.valid


def test_a_signature_moved_to_another_version_or_cut_short_is_malformed() -> None:
    for frame in (bytes([VERSION + 1]) + FRAME[1:], FRAME[:1 + SIGNATURE_BYTES], FRAME[:-1], b""):
        assert verify(PREFIX + base45.encode(frame), TRUST).reason is InvalidReason.MALFORMED


def decoded_or_malformed(data: bytes | str) -> None:
    try:
        decode_payload(data)
    except DocumentInvalid as exc:
        assert exc.reason is InvalidReason.MALFORMED
    verdict = verify(data, TRUST)
    assert verdict.valid == (verdict.details is not None)


@settings(max_examples=300)
@given(st.binary(max_size=3000))
def test_any_bytes_decode_or_raise_only_the_typed_error(data: bytes) -> None:
    decoded_or_malformed(data)
    decoded_or_malformed(PREFIX.encode() + data)


@settings(max_examples=300)
@given(st.text(alphabet=base45.ALPHABET, max_size=900))
def test_any_base45_text_decodes_or_raises_only_the_typed_error(text: str) -> None:
    decoded_or_malformed(PREFIX + text)


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner,
                                                                                      max_size=3), max_leaves=8)
short_keys = st.sampled_from(["k", "n", "s", "t", "nm", "ik", "id", "sm", "kid", "x"])


@settings(max_examples=300)
@given(st.dictionaries(short_keys, st.one_of(st.text(max_size=40), json_values), max_size=10),
       st.binary(min_size=SIGNATURE_BYTES, max_size=SIGNATURE_BYTES))
def test_any_json_behind_a_good_header_decodes_or_raises_only_the_typed_error(
        values: dict[str, object], signature: bytes) -> None:
    body = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    decoded_or_malformed(PREFIX + base45.encode(bytes([VERSION]) + signature + body))


def test_near_miss_json_is_malformed() -> None:
    good = certificate().to_json()
    spaced = json.dumps(json.loads(good), ensure_ascii=False, sort_keys=True).encode()
    twice = good[:-1] + b',"k":"fir_copy"}'
    deep = b"[" * 5000 + b"]" * 5000
    for body in (spaced, twice, deep, good.replace(b"35202-1234567-1", b"3520212345671"),
                 good.replace(b"09:41:07Z", b"09:41:07.5Z"), b'{"k":NaN}', good[:-1]):
        with pytest.raises(ValueError):
            details_from_json(body)


@pytest.mark.parametrize("changes", [
    {"issued_at": datetime(2026, 12, 1, 9, 41, 7)}, {"issued_at": datetime(2026, 12, 1, 9, 41, 7, 5, tzinfo=UTC)},
    {"subject_id": "3520212345671"}, {"id_kind": IdKind.PASSPORT}, {"number": "cc 12"}, {"station": "Lahore"},
    {"subject_name": ""}, {"subject_name": "A" * 101}, {"summary": "two\nlines"}, {"summary": " padded"},
    {"subject_name": "Cafe\u0301"}, {"key_id": "ABCDEF0123456789"}, {"kind": "medal"},
])
def test_invalid_details_are_refused_before_signing(changes: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        certificate(**changes)


def test_a_passport_holder_is_signed_with_the_passport_number() -> None:
    details = certificate(id_kind=IdKind.PASSPORT, subject_id="AB1234567", subject_name="Li Wei")
    assert verify(sign(details, STATION_KEY), TRUST).details == details


def test_every_reason_has_a_message() -> None:
    assert set(REASON_MESSAGES) == set(InvalidReason)
    assert DocumentInvalid(InvalidReason.REVOKED).text() == REASON_MESSAGES[InvalidReason.REVOKED]


@given(st.binary(max_size=200))
def test_base45_round_trips(data: bytes) -> None:
    assert base45.decode(base45.encode(data)) == data


@pytest.mark.parametrize(("raw", "text"), [(b"AB", "BB8"), (b"Hello!!", "%69 VD92EX0"), (b"base-45", "UJCLQE7W581"),
                                           (b"ietf!", "QED8WEX0"), (b"", "")])
def test_base45_matches_the_rfc(raw: bytes, text: str) -> None:
    assert base45.encode(raw) == text and base45.decode(text) == raw


@pytest.mark.parametrize("bad", ["GGW", "A", "ABCD", "abc", "ZZ", "::"])
def test_base45_refuses_what_no_encoder_writes(bad: str) -> None:
    with pytest.raises(ValueError):
        base45.decode(bad)


def test_the_signing_key_lives_in_the_keyring_beside_the_database_key(
        data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    assert SEED_BYTES == KEY_BYTES
    database_store = KeyringKeyStore(data_dir)
    database_key = load_or_create_key(database_store)
    store = signing_key_store(database_store, data_dir)
    first = load_signing_key(store)
    again = load_signing_key(signing_key_store(KeyringKeyStore(data_dir), data_dir))
    assert key_id(first.public_key()) == key_id(again.public_key())
    assert load_or_create_key(database_store) == database_key and len(memory_keyring.secrets) == 2
    payload = sign(certificate(key_id=key_id(first.public_key())), first)
    assert verify(payload, TrustList({key_id(again.public_key()): again.public_key()})).valid


def test_with_a_key_file_the_signing_key_is_a_file_beside_it(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    key_file = tmp_path / "demo" / "station.key"
    store = signing_key_store(FileKeyStore(key_file), tmp_path / "demo")
    key = load_signing_key(store)
    assert (tmp_path / "demo" / "document-signing.key").exists() and not memory_keyring.secrets
    assert key_id(load_signing_key(store).public_key()) == key_id(key.public_key())


def published(*entries: dict[str, str], revoked: tuple[str, ...] = ()) -> bytes:
    return json.dumps({"keys": list(entries), "revoked": list(revoked)}).encode()


def test_the_published_list_round_trips_and_binds_each_key_to_its_station() -> None:
    trust = load_trust_list(published(published_key(STATION_KEY, "PB-LHR-MTN"), published_key(OTHER_KEY, "PB-FSD-CVL")))
    assert verify(PAYLOAD, trust).valid
    # the other station's genuine key signing paper in Model Town's name is not a key of Model Town
    forged = sign(certificate(key_id=key_id(OTHER_KEY.public_key())), OTHER_KEY)
    assert verify(forged, trust).reason is InvalidReason.UNKNOWN_KEY
    revoked = load_trust_list(published(published_key(STATION_KEY, "PB-LHR-MTN"),
                                        revoked=(key_id(STATION_KEY.public_key()),)))
    assert verify(PAYLOAD, revoked).reason is InvalidReason.REVOKED
    assert "d" not in published_key(STATION_KEY, "PB-LHR-MTN") and len(published_key(STATION_KEY, "X1")) == 3


@pytest.mark.parametrize("data", [
    b"", b"[]", b'{"keys": []}', b'{"keys": {}, "revoked": []}', b"\xff",
    published({"kid": "0" * 16, "station": "PB-LHR-MTN", "public_key": "AAAA"}),
    published(published_key(STATION_KEY, "PB-LHR-MTN") | {"kid": key_id(OTHER_KEY.public_key())}),
    published(published_key(STATION_KEY, "PB-LHR-MTN"), published_key(STATION_KEY, "PB-LHR-MTN")),
    published(published_key(STATION_KEY, "Model Town")),
    published(published_key(STATION_KEY, "PB-LHR-MTN"), revoked=("not-an-id",)),
    published({"kid": 5, "station": "PB-LHR-MTN", "public_key": "AAAA"}),
    b"[" * 5000,
])
def test_a_damaged_published_list_is_one_typed_error(data: bytes) -> None:
    with pytest.raises(TrustListDamaged):
        load_trust_list(data)


@given(st.binary(max_size=500))
def test_any_bytes_as_a_published_list_load_or_raise_the_typed_error(data: bytes) -> None:
    try:
        load_trust_list(data)
    except TrustListDamaged:
        pass

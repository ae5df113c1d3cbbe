"""The national server's list of station signing keys, as published, and each station's entry in it.

    {"keys": [{"kid": "0f3a...", "station": "PB-LHR-MTN", "public_key": "<base64url of the raw 32 bytes>"}],
     "revoked": ["77c1..."]}

A station sends its entry (``published_key``) at its sync; verifiers load the whole list offline.

The server publishes the list signed (``sign_trust_list``): the same fields plus ``format``, ``issued_at``
(the time of the list's last change), ``signer`` (the id of the national server's list key),
``signer_key`` and ``signature`` (Ed25519 over a label and the canonical JSON of every other field). A
verifier checks it against the national key it pinned (the station at its first fetch over the
authenticated sync link; anyone else from ``thana server trust-key``, as the authority publishes it), so
a copy handed over by any channel, a USB stick at an embassy, is as good as one from the server. The
``signer_key`` inside is only what a station pins at first; a signed list is never checked against it.
An unsigned list is only a station's own bootstrap list (its own key, before its first sync).
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.documents.details import KEY_ID, STATION
from app.documents.signing import key_id
from app.documents.verification import TrustList
from app.errors import ThanaError
from app.i18n import QT_TRANSLATE_NOOP

SIGNED_FORMAT = "thana-trust-list-1"
_LIST_LABEL = b"thana-trust-list\x00"  # a list signature is no other kind of Thana signature


class TrustListDamaged(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The list of trusted station keys is damaged. Get a fresh copy from the national server.")


class TrustListForged(TrustListDamaged):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The list of trusted station keys has been altered, or was not signed by the national server's "
                "key {kid}. Do not rely on it: get a fresh copy from the national server.")


class NationalKeyMissing(TrustListDamaged):
    default_message = QT_TRANSLATE_NOOP(
        "core", "The list of trusted station keys is signed by the national server key {kid}, which this computer "
                "does not know. Give the key the national server publishes with --national-key KEY.")


class BadNationalKey(ThanaError):
    default_message = QT_TRANSLATE_NOOP(
        "core", "This is not a national server key: give the text thana server trust-key prints.")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_text(public_key: Ed25519PublicKey) -> str:
    """A public key as published: base64url of its raw 32 bytes."""
    return _b64(public_key.public_bytes(Encoding.Raw, PublicFormat.Raw))


def national_key(text: str) -> Ed25519PublicKey:
    """The national server's list key from its published text, or BadNationalKey."""
    try:
        raw = _unb64(text.strip()) if text.strip().isascii() else b""
        if len(raw) != 32:
            raise ValueError("not 32 bytes")
        return Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:  # binascii.Error is a ValueError
        raise BadNationalKey() from None


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def _unsigned(raw: dict[str, Any]) -> dict[str, Any]:
    return {name: value for name, value in raw.items() if name != "signature"}


def list_digest(raw: dict[str, Any]) -> str:
    """What names one content of a list (signature aside): a station sends it to learn of a newer one."""
    return hashlib.sha256(_canonical(_unsigned(raw))).hexdigest()[:32]


def sign_trust_list(keys: list[dict[str, str]], revoked: list[str], issued_at: str,
                    signer: Ed25519PrivateKey) -> dict[str, Any]:
    """The list as the national server publishes it."""
    body = {"format": SIGNED_FORMAT, "issued_at": issued_at, "keys": keys, "revoked": revoked,
            "signer": key_id(signer.public_key()), "signer_key": key_text(signer.public_key())}
    return {**body, "signature": _b64(signer.sign(_LIST_LABEL + _canonical(body)))}


def is_signed(raw: Any) -> bool:
    return isinstance(raw, dict) and "signature" in raw


def check_signature(raw: dict[str, Any], national: Ed25519PublicKey) -> None:
    """TrustListForged unless ``raw`` is a list the national key signed, unaltered."""
    signature = raw.get("signature")
    try:
        if raw.get("format") != SIGNED_FORMAT or not isinstance(signature, str) or not signature.isascii():
            raise ValueError("not a signed list")
        national.verify(_unb64(signature), _LIST_LABEL + _canonical(_unsigned(raw)))
    except (ValueError, TypeError, InvalidSignature):
        raise TrustListForged(kid=key_id(national)) from None


def published_key(private_key: Ed25519PrivateKey, station: str) -> dict[str, str]:
    """This station's entry in the published list: never the private key."""
    public_key = private_key.public_key()
    return {"kid": key_id(public_key), "station": station, "public_key": key_text(public_key)}


def read_listing(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as exc:
        raise TrustListDamaged() from exc


def load_trust_list(data: bytes, national: Ed25519PublicKey | None = None) -> TrustList:
    """The list in ``data``; a signed one only when ``national`` signed it (TrustListForged,
    NationalKeyMissing), an unsigned one (a station's bootstrap list) as it is."""
    raw = read_listing(data)
    if is_signed(raw):
        if national is None:
            raise NationalKeyMissing(kid=str(raw.get("signer"))[:16])
        check_signature(raw, national)
    return trust_list(raw)


def trust_list(raw: Any) -> TrustList:
    try:
        return _trust_list(raw)
    except (ValueError, TypeError, KeyError) as exc:  # binascii.Error is a ValueError
        raise TrustListDamaged() from exc


def _trust_list(raw: Any) -> TrustList:
    if not isinstance(raw, dict) or not isinstance(raw.get("keys"), list) or not isinstance(raw.get("revoked"), list):
        raise ValueError("a 'keys' list and a 'revoked' list")
    keys: dict[str, Ed25519PublicKey] = {}
    stations: dict[str, str] = {}
    for entry in raw["keys"]:
        kid, station, text = entry["kid"], entry["station"], entry["public_key"]
        if not (isinstance(kid, str) and KEY_ID.fullmatch(kid) and isinstance(station, str)
                and STATION.fullmatch(station) and isinstance(text, str) and text.isascii()):
            raise ValueError("a key entry's id, station or key")
        raw_key = _unb64(text)
        if len(raw_key) != 32 or kid in keys:
            raise ValueError(f"key {kid}: not 32 bytes, or listed twice")
        keys[kid] = Ed25519PublicKey.from_public_bytes(raw_key)
        stations[kid] = station
    revoked = raw["revoked"]
    if not all(isinstance(kid, str) and KEY_ID.fullmatch(kid) for kid in revoked):
        raise ValueError("a revoked key id")
    return TrustList(keys, frozenset(revoked), stations)


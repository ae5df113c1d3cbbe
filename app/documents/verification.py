"""Checking a document's QR payload offline against the keys the national server publishes.

The answer is VALID with the document's details, or INVALID with its reason: altered (the signature
fails), unknown key, revoked key, or malformed. ``verify`` never raises for any input.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from app.documents.details import DocumentDetails
from app.documents.errors import DocumentInvalid, InvalidReason
from app.documents.signing import decode_payload, key_id


@dataclass(frozen=True)
class TrustList:
    """Key id -> public key of every station key published, and the ids of those revoked since."""

    keys: Mapping[str, Ed25519PublicKey]
    revoked: frozenset[str] = field(default_factory=frozenset)
    # key id -> the station it was published for: a station's key cannot vouch for another station's paper
    stations: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for kid, public_key in self.keys.items():
            if key_id(public_key) != kid:
                raise ValueError(f"the trusted key listed as {kid} has the id {key_id(public_key)}")


@dataclass(frozen=True)
class Verdict:
    details: DocumentDetails | None = None  # only when valid
    reason: InvalidReason | None = None  # only when invalid

    @property
    def valid(self) -> bool:
        return self.reason is None

    def label(self) -> str:
        return "VALID" if self.valid else "INVALID"


def verify(data: bytes | str, trust: TrustList) -> Verdict:
    try:
        signed = decode_payload(data)
    except DocumentInvalid as exc:
        return Verdict(reason=exc.reason)
    kid = signed.details.key_id
    # a revoked key may also have left the published list: "revoked" says more than "unknown"
    if kid in trust.revoked:
        return Verdict(reason=InvalidReason.REVOKED)
    public_key = trust.keys.get(kid)
    if public_key is None or trust.stations.get(kid, signed.details.station) != signed.details.station:
        return Verdict(reason=InvalidReason.UNKNOWN_KEY)
    try:
        public_key.verify(signed.signature, signed.signed_bytes)
    except InvalidSignature:
        return Verdict(reason=InvalidReason.ALTERED)
    return Verdict(details=signed.details)

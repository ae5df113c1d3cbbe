"""Stations' document-signing keys: a device sends its station's public key (a signed request, so the key
is bound to the enrolled device's station: a station cannot publish a key in another's name), the
administrator revokes one (``thana server revoke-document-key``), and anyone fetches the trust list,
signed by the server's list key, to check a document offline (app/documents/trust.py). No ``from
__future__ import annotations``: FastAPI reads the endpoints' annotations at run time (see api.py).

Refusals are 409 and 422, never 403: to a station PC a 403 means its device was revoked."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Annotated, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import iso_utc
from app.documents.trust import TrustListDamaged, list_digest, sign_trust_list, trust_list
from server.database import TRUST_LIST_KEY_SETTING, Store
from server.errors import ServerError
from server.schema import Device, ServerSetting, StationKey


class KeyRefused(ServerError):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class KeyEntry(BaseModel):
    kid: str = Field(pattern=r"^[0-9a-f]{16}$", description="the key's id: the first 8 bytes of its SHA-256, hex")
    station: str = Field(max_length=24, description="the station the key signs for: the device's own")
    public_key: str = Field(max_length=64, description="base64url of the raw 32-byte Ed25519 public key")


def publish(session: Session, device: Device, entry: dict[str, str], now: datetime) -> StationKey:
    """Keep the device's station's key (again: nothing changes); KeyRefused when it is not one."""
    try:
        trust_list({"keys": [entry], "revoked": []})  # the id is the key's, the station a station code
    except TrustListDamaged:
        raise KeyRefused(422, "not a station key: its id must be its key's and its station a station code") from None
    if entry["station"] != device.station:
        raise KeyRefused(409, f"a device of station {device.station} cannot publish a key for station "
                              f"{entry['station']}")
    row = session.get(StationKey, entry["kid"], with_for_update=True)
    if row is None:
        row = StationKey(kid=entry["kid"], station=device.station, public_key=entry["public_key"],
                         device_id=device.id, published_at=now)
        session.add(row)
    elif row.station != device.station:
        raise KeyRefused(409, f"key {row.kid} is published for station {row.station}")
    elif row.revoked_at is not None:
        raise KeyRefused(409, f"key {row.kid} was revoked on {row.revoked_at:%Y-%m-%d}: the station must make a "
                              "new signing key")
    return row


def revoke(session: Session, kid: str, reason: str, now: datetime) -> StationKey:
    row = session.get(StationKey, kid, with_for_update=True)
    if row is None:
        raise ServerError(f"no document-signing key {kid!r} (thana server document-keys lists them)")
    if not reason.strip():
        raise ServerError("give the reason for revoking the key with --reason")
    if row.revoked_at is None:
        row.revoked_at, row.revoke_reason = now, reason.strip()[:500]
    return row


def station_keys(session: Session) -> Sequence[StationKey]:
    return session.scalars(select(StationKey).order_by(StationKey.station, StationKey.published_at)).all()


def list_key(session: Session) -> Ed25519PrivateKey:
    seed = session.scalars(select(ServerSetting.value).where(ServerSetting.key == TRUST_LIST_KEY_SETTING)).one()
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(seed))


def published_list(session: Session) -> dict[str, Any]:
    """Every station key and the ids of those revoked, signed. Dated by its last change, so the same
    content is the same list (a station asks with its digest whether it is still current)."""
    rows = station_keys(session)
    changes = [r.published_at for r in rows] + [r.revoked_at for r in rows if r.revoked_at is not None]
    return sign_trust_list([{"kid": r.kid, "station": r.station, "public_key": r.public_key} for r in rows],
                           sorted(r.kid for r in rows if r.revoked_at is not None),
                           iso_utc(max(changes)) if changes else "", list_key(session))


def router(store: Store, current_device: Callable[..., Any], clock: Callable[[], datetime]) -> APIRouter:
    DeviceDep = Annotated[Device, Depends(current_device)]
    api = APIRouter(prefix="/v1", tags=["document keys"])

    @api.post("/document-keys", summary="publish the device's station's document-signing public key",
              responses={409: {"description": "another station's key, or a revoked one"},
                         422: {"description": "not a station key"}})
    def publish_key(body: KeyEntry, device: DeviceDep) -> dict[str, str]:
        try:
            with store.write() as s:
                row = publish(s, device, body.model_dump(), clock())
                return {"kid": row.kid, "station": row.station}
        except KeyRefused as exc:
            raise HTTPException(exc.status, str(exc)) from None

    @api.get("/trust-list", summary="the signed list of station keys (no credential: anyone checks documents)")
    def get_trust_list(have: Annotated[str | None, Query(max_length=64, description="the digest of the list "
                                                         "held: the answer is {\"unchanged\": true} if current")]
                       = None) -> dict[str, Any]:
        with store.read() as s:
            listing = published_list(s)
        return {"unchanged": True} if have == list_digest(listing) else listing

    return api

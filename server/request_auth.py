"""Checking a device's request: its bearer credential names the device, and the signature by the
device's key (sync/signing.py) proves the request comes from the PC that enrolled, now, once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from server import enrollment
from server.enrollment import AuthError
from server.schema import Device, UsedNonce
from sync import signing

NONCE_LENGTH = 32


class ClockRefused(AuthError):
    """The request's time is outside the window: the client learns the server's time and signs again."""

    def __init__(self, reason: str) -> None:
        super().__init__(401, reason)


@dataclass(frozen=True)
class SignedRequest:
    method: str
    path: str  # with its query string, as sent
    body: bytes  # after gzip decompression
    headers: Mapping[str, str]


def authenticate(session: Session, credential: str | None, request: SignedRequest, now: datetime) -> Device:
    """The device, or AuthError: unknown or revoked device (first, so a revoked PC always learns it),
    a missing or bad signature, a time outside the window, a nonce seen before."""
    device = enrollment.authenticate(session, credential)
    time_text = request.headers.get(signing.TIME.lower(), "")
    nonce = request.headers.get(signing.NONCE.lower(), "")
    signature = request.headers.get(signing.SIGNATURE.lower(), "")
    if not (time_text.isdigit() and len(nonce) == NONCE_LENGTH and signature):
        raise AuthError(401, "the request is not signed with the device key: update Thana on this PC")
    message = signing.request_message(request.method, request.path, request.body, int(time_text), nonce)
    if not device.public_key or not signing.verify(device.public_key, signature, message):
        raise AuthError(401, "the request's signature does not match this device's key: the credential may "
                             "have been copied; enroll the PC again")
    if abs(int(time_text) - now.timestamp()) > signing.WINDOW:
        raise ClockRefused("the request's time is too far from the server's: check the PC's clock")
    session.execute(delete(UsedNonce).where(UsedNonce.device_id == device.id,
                                            UsedNonce.seen_at < now - timedelta(seconds=2 * signing.WINDOW)))
    try:
        with session.begin_nested():
            session.add(UsedNonce(device_id=device.id, nonce=nonce, seen_at=now))
    except IntegrityError:
        raise AuthError(401, "this request was already received once: a replay is refused") from None
    return device

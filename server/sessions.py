"""One push session per device (scenario 5). A session is one client sync cycle: it sends its number in
``X-Thana-Session`` with each of its pushes, counted up in the PC's own database (sync/push.py), never
taken from a clock: a PC whose clock jumps back a year (scenario 23) must not look older than itself.
The server keeps each device's newest session; a push of an older one is stale (a second app instance,
a cycle that hung and woke up) and gets 409: its operations are the newer session's to send. Pushes of
one device are serialised on its row, so two concurrent pushes of one batch give one ``accepted`` and
one ``duplicate`` for each operation."""

from __future__ import annotations

import re

from sqlalchemy.orm import Session

from server.enrollment import AuthError
from server.schema import Device

HEADER = "X-Thana-Session"
SESSION_ID = re.compile(r"^[1-9][0-9]{0,17}$")


def claim(session: Session, device: Device, push_session: str | None) -> None:
    """Take the device's row lock for this push; refuse a stale session (AuthError 409)."""
    row = session.get(Device, device.id, with_for_update=True, populate_existing=True)
    if row is None or push_session is None:  # no session: a plain client, only the row lock
        return
    if not SESSION_ID.match(push_session):
        raise AuthError(400, f"{HEADER} must be a session number")
    if row.push_session is not None and int(push_session) < int(row.push_session):
        raise AuthError(409, "a newer sync of this device has started: this one stops, the newer one sends "
                             "its entries")
    row.push_session = push_session

"""The national wanted list: entries a national administrator publishes (``thana server wanted``) and the
CRO records stations enrol as wanted or proclaimed offenders; withdrawn the same two ways. Every station
pulls it (scope ``wanted:national``) into a read-only table of its own.

An entry carries what a check post needs to recognise someone: names, parentage, CNIC, category, reason,
the photo by SHA-256 (fetched as a blob, never inline), and per finger either a small ISO 19794-2
template inline (an administrator's entry: at most MAX_TEMPLATE bytes each, a few hundred in practice)
or the template's SHA-256 (a station's record: its templates travel as blobs)."""

from __future__ import annotations

import base64
import binascii
import re
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.biometrics import iso19794
from app.ids import uuid7
from server.errors import ServerError
from server.schema import AcceptedOp
from server.server_ops import WANTED, server_op

RECORD_REGISTER, WITHDRAWAL_REGISTER = "cro", "cro_withdrawal"
CATEGORIES = ("wanted", "proclaimed_offender")
MAX_TEMPLATE = 2048  # bytes of one inline template: the feed stays small
MAX_FINGERS = 10
TEXT_FIELDS = {"name_en": 100, "name_ur": 100, "relation": 3, "relative_name_en": 100, "relative_name_ur": 100,
               "cnic": 15, "reason": 500, "issued_by": 100}
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def check_entry(raw: Any) -> dict[str, Any]:
    """An administrator's entry, cleaned, or ServerError naming what is wrong."""
    if not isinstance(raw, dict):
        raise ServerError("a wanted entry is a JSON object")
    unknown = set(raw) - set(TEXT_FIELDS) - {"category", "photo_sha256", "fingers"}
    if unknown:
        raise ServerError(f"unknown fields in the wanted entry: {', '.join(sorted(unknown))}")
    entry: dict[str, Any] = {}
    for name, limit in TEXT_FIELDS.items():
        value = raw.get(name, "")
        if not isinstance(value, str) or len(value.strip()) > limit:
            raise ServerError(f"{name}: text of at most {limit} characters")
        entry[name] = value.strip()
    if not (entry["name_en"] or entry["name_ur"]) or not entry["reason"]:
        raise ServerError("a wanted entry needs a name (name_en or name_ur) and a reason")
    if raw.get("category", "wanted") not in CATEGORIES:
        raise ServerError(f"category: one of {', '.join(CATEGORIES)}")
    entry["category"] = raw.get("category", "wanted")
    photo = raw.get("photo_sha256")
    if photo is not None and not (isinstance(photo, str) and SHA256.match(photo)):
        raise ServerError("photo_sha256: the photo's SHA-256 in lower-case hex (the photo itself is a blob)")
    entry["photo_sha256"] = photo
    fingers = raw.get("fingers", [])
    if not isinstance(fingers, list) or len(fingers) > MAX_FINGERS:
        raise ServerError(f"fingers: a list of at most {MAX_FINGERS}")
    entry["fingers"] = [_finger(f) for f in fingers]
    return entry


def _finger(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("finger"), int) or not 1 <= raw["finger"] <= 10:
        raise ServerError("each finger: {\"finger\": 1..10, \"template\": base64 of an ISO 19794-2 template}")
    try:
        template = base64.b64decode(str(raw.get("template", "")), validate=True)
    except (binascii.Error, ValueError):
        raise ServerError(f"finger {raw['finger']}: the template is not base64") from None
    if len(template) > MAX_TEMPLATE:
        raise ServerError(f"finger {raw['finger']}: a template of at most {MAX_TEMPLATE} bytes (this has "
                          f"{len(template)})")
    try:
        iso19794.read(template)
    except iso19794.TemplateError as exc:
        raise ServerError(f"finger {raw['finger']}: not an ISO 19794-2 template ({exc.params.get('reason')})") from None
    return {"finger": raw["finger"], "template": base64.b64encode(template).decode()}


def publish(session: Session, key: bytes, now: datetime, entry: dict[str, Any], *, source: str = "national",
            uid: str | None = None) -> AcceptedOp:
    payload = {"uid": uid or uuid7(), "source": source, **entry}
    return server_op(session, key, now, entity=WANTED, entity_uid=payload["uid"], op="publish", payload=payload)


def current(session: Session, uid: str) -> AcceptedOp | None:
    """The entry's last operation (publish or withdraw), or None if it was never published."""
    return session.scalars(select(AcceptedOp).where(AcceptedOp.entity == WANTED, AcceptedOp.entity_uid == uid)
                           .order_by(AcceptedOp.received_at.desc(), AcceptedOp.feed_position.desc())).first()


def withdraw(session: Session, key: bytes, now: datetime, uid: str, reason: str) -> AcceptedOp:
    last = current(session, uid)
    if last is None or last.op != "publish":
        raise ServerError(f"no published wanted entry {uid!r}")
    return server_op(session, key, now, entity=WANTED, entity_uid=uid, op="withdraw",
                     payload={"uid": uid, "reason": reason.strip()[:500]})


def from_station(session: Session, key: bytes, now: datetime, row: AcceptedOp) -> list[AcceptedOp]:
    """A station's CRO record of a wanted person or proclaimed offender publishes an entry (its uid the
    record's); its withdrawal withdraws it."""
    payload: dict[str, Any] = row.body["payload"]  # type: ignore[assignment]
    if row.entity == WITHDRAWAL_REGISTER:
        uid = str(payload.get("record_uid") or "")
        last = current(session, uid)
        if last is None or last.op != "publish":
            return []
        return [server_op(session, key, now, entity=WANTED, entity_uid=uid, op="withdraw",
                          payload={"uid": uid, "reason": str(payload.get("reason") or "")[:500]})]
    if payload.get("category") not in CATEGORIES:
        return []
    person = _person(session, str(payload.get("person_uid") or ""))
    entry: dict[str, Any] = {name: str(person.get(name) or "")[:limit] for name, limit in TEXT_FIELDS.items()}
    impressions: list[Any] = payload.get("impressions") or []
    entry.update(person_uid=payload.get("person_uid"), category=payload["category"],
                 reason=str(payload.get("reason") or "")[:500], issued_by=row.station,
                 photo_sha256=payload.get("photo_sha256"),
                 fingers=[{"finger": i.get("finger"), "template_sha256": i.get("template_sha256")}
                          for i in impressions if isinstance(i, dict)] if isinstance(impressions, list) else [])
    return [publish(session, key, now, entry, source=row.station, uid=str(payload.get("uid")))]


def _person(session: Session, person_uid: str) -> dict[str, Any]:
    """The person as the station pushed them (their creation), or nothing known."""
    op = session.scalars(select(AcceptedOp).where(AcceptedOp.entity == "person", AcceptedOp.entity_uid == person_uid,
                                                  AcceptedOp.op == "upsert")).first()
    payload = op.body.get("payload") if op is not None else None
    return payload if isinstance(payload, dict) else {}

"""What a replica makes of the shared scopes' operations (other devices'): the station's accounts
(``users:``), the district's shared person records with their amendments, conflict items and
resolutions (``persons:``), and the national wanted list (``wanted:national``). Each operation is first
kept whole (``shared_op``: the scope's digest is recomputed from it), then applied; an operation this
replica cannot apply (an account name taken here, a person whose CNIC this replica gives to another
record) is kept and logged, never an error that would stop the pull."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import now_utc
from app.registers import person_amendments as amendments
from app.registers.wanted import search_text
from app.security.account_sync import apply_account
from app.storage.models import Person, SharedOp, WantedPerson

log = logging.getLogger("thana.sync")
# the entities of this replica's own operations that come back in each shared scope (for its digest)
OWN_ENTITIES = {"users": ("user",), "persons": ("person",), "wanted": ()}


def apply(s: Session, scope: str, op: dict[str, Any]) -> int:
    """Keep and apply one operation of another device; 1 if it is new here."""
    if s.scalars(select(SharedOp.position).where(SharedOp.op_uid == op["op_id"])).first() is not None:
        return 0
    s.add(SharedOp(position=op["position"], op_uid=op["op_id"], scope=scope, entity=op["entity"],
                   entity_uid=op["entity_uid"], entry_hash=op["entry_hash"], received_at=op["received_at"],
                   body=op["body"]))
    payload = op["body"].get("payload")
    if not isinstance(payload, dict):
        return 1
    kind, code = scope.partition(":")[::2]
    if kind == "users" and op["entity"] == "user":
        apply_account(s, payload, code)
    elif kind == "persons":
        _person(s, op, payload)
    elif kind == "wanted" and op["entity"] == "wanted":
        _wanted(s, op, payload)
    s.flush()
    return 1


def _person(s: Session, op: dict[str, Any], payload: dict[str, Any]) -> None:
    entity, action = op["entity"], op["body"].get("op")
    if entity == "person" and action == "upsert":
        _new_person(s, payload)
    elif entity == "person" and action in (amendments.AMEND, amendments.RESOLVE):
        changes = payload["changes"] if isinstance(payload.get("changes"), dict) else {}
        amendments.store(s, uid=str(payload.get("uid")), kind=str(action), person_uid=op["entity_uid"],
                         station_code=op["station"], base=payload.get("base"), changes=changes,
                         reason=str(payload.get("reason") or ""),
                         refers=[str(payload["resolves"])] if payload.get("resolves") else [],
                         created_at=str(payload.get("created_at") or op["received_at"]))
    elif entity == "person_conflict":
        amendments.store(s, uid=str(payload.get("uid")), kind=amendments.CONFLICT, person_uid=op["entity_uid"],
                         station_code=str(payload.get("custodian") or ""), base=payload.get("base"), changes={},
                         reason="", refers=[str(uid) for uid in payload.get("amendments") or [] if uid],
                         created_at=op["received_at"])


PERSON_TEXT = ("name_en", "name_ur", "relation", "relative_name_en", "relative_name_ur", "caste", "gender",
               "address")


def _new_person(s: Session, p: dict[str, Any]) -> None:
    uid = str(p.get("uid") or "")
    if not uid or s.scalars(select(Person.id).where(Person.uid == uid)).first() is not None:
        return
    if p.get("cnic") and s.scalars(select(Person.id).where(Person.cnic == p["cnic"])).first() is not None:
        log.warning("sync: shared person %s not added: this replica holds another record of the same CNIC", uid)
        return
    s.add(Person(uid=uid, cnic=p.get("cnic") or None, nicop=p.get("nicop") or None,
                 passport=p.get("passport") or None, **{k: str(p.get(k) or "") for k in PERSON_TEXT},
                 date_of_birth=date.fromisoformat(p["date_of_birth"]) if p.get("date_of_birth") else None,
                 age_years=p.get("age_years") if isinstance(p.get("age_years"), int) else None,
                 phones=list(p.get("phones") or []), aliases=list(p.get("aliases") or []),
                 created_at=datetime.fromisoformat(p["created_at"]) if p.get("created_at") else now_utc()))


def _wanted(s: Session, op: dict[str, Any], p: dict[str, Any]) -> None:
    entry = s.get(WantedPerson, op["entity_uid"])
    if op["body"].get("op") == "withdraw":
        if entry is not None:
            entry.withdrawn, entry.position = True, op["position"]
        return
    entry = entry or WantedPerson(uid=op["entity_uid"])
    entry.position, entry.withdrawn = op["position"], False
    entry.source, entry.category = str(p.get("source") or "")[:24], str(p.get("category") or "")[:24]
    for name, limit in (("name_en", 100), ("name_ur", 100), ("relative_name_en", 100), ("cnic", 15)):
        setattr(entry, name, str(p.get(name) or "")[:limit])
    entry.reason, entry.photo_sha256 = str(p.get("reason") or ""), p.get("photo_sha256")
    entry.fingers = [f for f in p.get("fingers") or [] if isinstance(f, dict)]
    entry.search_text = search_text(entry).lower()
    s.add(entry)

"""What the client makes of pulled operations: the entry hash recomputed from the body (so a damaged or
altered operation is caught, on the wire or later in the local tables), the watchlist row of an FIR
register entry, and the digest of a scope over what this replica holds."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from app.registers.chain import canonical_json, link_hash

TAMPERED = "tampered"  # in a digest line: a row whose columns or payload no longer match its hash


def entry_hash(body: Mapping[str, Any]) -> str | None:
    """The entry hash the server gave this operation: the chain link's (hash of the previous link and
    the content), or the SHA-256 of the whole operation outside any chain. None if malformed."""
    payload = body.get("payload")
    if not isinstance(payload, dict):
        return None
    chain = payload.get("chain")
    if chain is None:
        return hashlib.sha256(canonical_json(dict(body))).hexdigest()
    if not isinstance(chain, dict) or not isinstance(chain.get("prev_hash"), str):
        return None
    return link_hash(chain["prev_hash"], {k: v for k, v in payload.items() if k != "chain"})


def _name(person: object) -> str:
    if not isinstance(person, dict):
        return ""
    return " / ".join(str(person[k]) for k in ("name_en", "name_ur") if person.get(k))


def watchlist_fields(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The columns of a watchlist row, from an FIR entry's payload as it has them (missing fields are
    blank: another station's client may be older or newer)."""
    number = str(payload.get("number") or "")
    year_text = number.rpartition("/")[2]
    accused = payload.get("accused") if isinstance(payload.get("accused"), list) else []
    accused_names = [_name(a.get("person")) or str(a.get("description") or "")
                     for a in accused if isinstance(a, dict)]  # type: ignore[union-attr]
    sections = payload.get("sections") if isinstance(payload.get("sections"), list) else []
    fields: dict[str, Any] = {
        "record_uid": str(payload.get("uid") or ""),
        "number": number[:24],
        "year": int(year_text) if year_text.isdigit() else None,
        "kind": str(payload.get("kind") or "")[:16],
        "reported_at": str(payload["reported_at"])[:40] if payload.get("reported_at") else None,
        "sections": ", ".join(str(s) for s in sections),  # type: ignore[union-attr]
        "complainant": _name(payload.get("complainant")),
        "accused": "; ".join(name for name in accused_names if name),
    }
    words = [fields["number"], fields["complainant"], fields["accused"], fields["sections"],
             str(payload.get("place") or "")]
    fields["search_text"] = "\n".join(w for w in words if w)
    return fields


def digest(lines: Iterable[tuple[int, str, str]]) -> tuple[int, str]:
    """(count, SHA-256) over ``position op_id entry_hash`` lines in position order: the server's digest."""
    sha, count = hashlib.sha256(), 0
    for position, op_id, hash_ in sorted(lines):
        sha.update(f"{position} {op_id} {hash_}\n".encode())
        count += 1
    return count, sha.hexdigest()

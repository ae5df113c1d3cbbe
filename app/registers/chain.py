"""SHA-256 hash chains, one per station per register.

Each link hashes the previous link's hash with the canonical JSON of the
entry's content, so changing, removing or reordering an entry breaks every
later link. ``thana verify`` recomputes them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.storage.models import ChainLink, Setting

GENESIS = "0" * 64


def canonical_json(content: Mapping[str, object]) -> bytes:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def link_hash(prev_hash: str, content: Mapping[str, object]) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + b"\n" + canonical_json(content)).hexdigest()


def head(session: Session, register: str, station_id: int) -> ChainLink | None:
    return session.scalars(
        select(ChainLink)
        .where(ChainLink.register == register, ChainLink.station_id == station_id)
        .order_by(ChainLink.seq.desc())
        .limit(1)
    ).first()


def anchor_key(register: str, station_id: int) -> str:
    return f"chain_anchor:{register}:{station_id}"


def anchor(session: Session, register: str, station_id: int) -> tuple[int, str]:
    """Where the chain starts on this replica: (0, GENESIS), or the national server's head of the chain
    when this install restored its numbering from there (sync/restore.py) before its first entry."""
    row = session.get(Setting, anchor_key(register, station_id))
    if row is None:
        return 0, GENESIS
    position, _, entry_hash = row.value.partition(" ")
    return int(position), entry_hash


def append(
    session: Session, register: str, station_id: int, record_id: int, content: Mapping[str, object]
) -> ChainLink:
    """Add the entry as the next link; call inside the write transaction."""
    last = head(session, register, station_id)
    seq, prev = (last.seq, last.entry_hash) if last else anchor(session, register, station_id)
    link = ChainLink(
        register=register,
        station_id=station_id,
        seq=seq + 1,
        record_id=record_id,
        prev_hash=prev,
        entry_hash=link_hash(prev, content),
    )
    session.add(link)
    return link

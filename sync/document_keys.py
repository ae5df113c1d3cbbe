"""At each sync cycle: this station's document-signing public key to the national server (until the
server's list has it), and the server's signed trust list back into the data folder, where ``thana
verify-document`` finds it (app/documents/local_trust.py). The server's list key is pinned at the first
fetch, which comes over the authenticated sync link; every later list must verify against it."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from app.documents.local_trust import (
    default_trust_path,
    own_entry,
    pin_national_key,
    pinned_national_key,
    save_trust_list,
)
from app.documents.trust import (
    BadNationalKey,
    TrustListDamaged,
    TrustListForged,
    check_signature,
    is_signed,
    list_digest,
    national_key,
    trust_list,
)
from sync.errors import BadResponse, RequestRefused, TrustListRefused
from sync.signing import Credential
from sync.transport import Transport

log = logging.getLogger("thana.sync")
DOCUMENT_KEYS, TRUST_LIST = "/v1/document-keys", "/v1/trust-list"


def exchange(transport: Transport, credential: Credential, data_dir: Path) -> bool:
    """Send the station's key if the list held lacks it, then fetch the list: whether a newer one was saved."""
    held = _held(data_dir)
    own = own_entry(data_dir)
    listed = {k.get("kid") for k in (held or {}).get("keys", []) if isinstance(k, dict)}
    if own is not None and own.get("kid") not in listed:
        try:
            transport.post(DOCUMENT_KEYS, own, credential)
        except RequestRefused as exc:  # revoked: documents signed with it fail; the station needs a new key
            log.warning("sync: the national server refused this station's document key %s: %s", own.get("kid"),
                        exc.text())
    answer = transport.get(TRUST_LIST, {"have": list_digest(held)} if held else {})  # public: no credential
    if not isinstance(answer, dict):
        raise BadResponse(url=transport.base_url)
    if answer.get("unchanged") is True:
        return False
    pinned = pinned_national_key(data_dir)
    try:
        national = pinned or national_key(str(answer.get("signer_key")))
        check_signature(answer, national)
        trust_list(answer)
    except TrustListForged:
        raise TrustListRefused(url=transport.base_url) from None
    except (TrustListDamaged, BadNationalKey):  # an answer that is no list of ours
        raise BadResponse(url=transport.base_url) from None
    if pinned is None:
        pin_national_key(data_dir, national)
    save_trust_list(data_dir, answer)
    return True


def _held(data_dir: Path) -> dict[str, Any] | None:
    """The signed list held (checked when it was saved), or None: the bootstrap list, none, or damaged."""
    try:
        raw = json.loads(default_trust_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return raw if is_signed(raw) and isinstance(raw.get("keys"), list) else None

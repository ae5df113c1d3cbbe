"""What a signed document states, and its one canonical JSON form (the bytes the signature covers).

The JSON is compact so the whole payload fits a QR code: short keys, no spaces, keys sorted, UTF-8 (an
Urdu name costs two bytes a letter, not six as ``\\uXXXX``). Short keys:

    k  kind          n  number        s  station code     t  issued at (UTC, to the second)
    nm subject name  ik id kind       id CNIC or passport  sm summary        kid signing key id

A value that is not in its canonical form (text not NFC, a CNIC without dashes) is refused both when
signing and when reading, so one document has exactly one byte string.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from app.documents.kinds import DocumentKind
from app.validation.cnic import check_cnic
from app.validation.passport import check_passport
from app.validation.text import clean


class IdKind(StrEnum):
    CNIC = "cnic"
    NICOP = "nicop"
    B_FORM = "b_form"  # a child's registration number: the CNIC's 13 digits
    PASSPORT = "passport"


_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9/\-]{0,39}")
STATION = re.compile(r"[A-Z0-9]{2,4}(?:-[A-Z0-9]{2,8}){0,3}")
KEY_ID = re.compile(r"[0-9a-f]{16}")
_TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_KEYS = {"kind": "k", "number": "n", "station": "s", "issued_at": "t", "subject_name": "nm",
         "id_kind": "ik", "subject_id": "id", "summary": "sm", "key_id": "kid"}
NAME_LIMIT = 100
SUMMARY_LIMIT = 160


@dataclass(frozen=True)
class DocumentDetails:
    kind: DocumentKind
    number: str  # the station's number of the document, e.g. PB-LHR-MTN/CC/2026/000123
    station: str  # the issuing station's national code
    issued_at: datetime  # aware, whole seconds; stored as UTC
    subject_name: str
    id_kind: IdKind
    subject_id: str
    summary: str  # one line: what the document says, e.g. "No criminal record found"
    key_id: str

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise ValueError(f"document details: {problem}")

    def to_json(self) -> bytes:
        values = {short: str(getattr(self, name)) for name, short in _KEYS.items()}
        values["t"] = self.issued_at.astimezone(UTC).strftime(_TIME_FORMAT)
        return json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def details_from_json(data: bytes) -> DocumentDetails:
    """The details, or ValueError for anything but the exact canonical JSON of valid details."""
    try:
        raw = json.loads(data.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    if not isinstance(raw, dict) or set(raw) != set(_KEYS.values()) or not all(map(_is_text, raw.values())):
        raise ValueError("not the document's keys, each with a text value")
    values: dict[str, Any] = {name: raw[short] for name, short in _KEYS.items()}
    values["kind"] = DocumentKind(values["kind"])
    values["id_kind"] = IdKind(values["id_kind"])
    values["issued_at"] = datetime.strptime(values["issued_at"], _TIME_FORMAT).replace(tzinfo=UTC)
    details = DocumentDetails(**values)
    if details.to_json() != data:
        raise ValueError("not the canonical form")
    return details


def _problem(d: DocumentDetails) -> str | None:
    if not isinstance(d.issued_at, datetime) or not all(
            isinstance(getattr(d, f.name), str) for f in fields(d) if f.name != "issued_at"):
        return "every value is text, the time a datetime"
    if not isinstance(d.kind, DocumentKind) or not isinstance(d.id_kind, IdKind):
        return "the kind and the id kind come from their lists"
    if not _NUMBER.fullmatch(d.number):
        return "the number is 1 to 40 capitals, digits, '/' and '-'"
    if not STATION.fullmatch(d.station):
        return "the station code is like PB-LHR-MTN"
    if d.issued_at.tzinfo is None or d.issued_at.microsecond or not 2000 <= d.issued_at.astimezone(UTC).year <= 9999:
        return "the time of issue is aware, in whole seconds"
    for name, value, limit in (("name", d.subject_name, NAME_LIMIT), ("summary", d.summary, SUMMARY_LIMIT)):
        if not value or len(value) > limit or clean(value) != value or "\n" in value or "\t" in value:
            return f"the {name} is one clean line of 1 to {limit} characters"
        if unicodedata.normalize("NFC", value) != value:
            return f"the {name} is NFC"
    checked = check_passport(d.subject_id) if d.id_kind is IdKind.PASSPORT else check_cnic(d.subject_id)
    if checked.value != d.subject_id:
        return "the subject's id is a valid number in its canonical form"
    if not KEY_ID.fullmatch(d.key_id):
        return "the key id is 16 lower-case hex digits"
    return None


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise ValueError("a key appears twice")
    return result


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")

"""What the hash chains of the fingerprint registers cover: the content of each entry, as sync sends it.

Images and templates are named by their SHA-256 (they travel as blobs), never included.
"""

from __future__ import annotations

import hashlib

from sqlalchemy.orm import selectinload

from app.clock import iso_utc
from app.storage.models import CroRecord, CroWithdrawal, IdentificationCheck

RECORD_REGISTER = "cro"
WITHDRAWAL_REGISTER = "cro_withdrawal"
CHECK_REGISTER = "idcheck"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_content(r: CroRecord) -> dict[str, object]:
    return {
        "uid": r.uid,
        "station_id": r.station_id,
        "person_uid": r.person.uid,
        "category": r.category,
        "reason": r.reason,
        "photo_sha256": r.photo_sha256,
        "enrolled_by": r.enrolled_by.username,
        "created_at": iso_utc(r.created_at),
        # hashed from the stored bytes, so a swapped image or template breaks the chain
        "impressions": [{"finger": i.finger, "impression": i.impression, "quality": i.quality,
                         "image_sha256": sha256(i.image), "template_sha256": sha256(i.template)}
                        for i in r.impressions],
    }


def withdrawal_content(w: CroWithdrawal) -> dict[str, object]:
    return {
        "uid": w.uid,
        "station_id": w.station_id,
        "record_uid": w.record.uid,
        "reason": w.reason,
        "withdrawn_by": w.withdrawn_by.username,
        "withdrawn_at": iso_utc(w.withdrawn_at),
    }


RECORD_LOAD = (selectinload(CroRecord.person), selectinload(CroRecord.enrolled_by),
               selectinload(CroRecord.impressions))
WITHDRAWAL_LOAD = (selectinload(CroWithdrawal.record), selectinload(CroWithdrawal.withdrawn_by))


def check_content(c: IdentificationCheck) -> dict[str, object]:
    return {
        "uid": c.uid,
        "station_id": c.station_id,
        "officer": c.officer.username,
        "at": iso_utc(c.at),
        "place": c.place,
        "purpose": c.purpose,
        "outcome": c.outcome,
        "probe_quality": c.probe_quality,
        "candidates": c.candidates,
    }


CHECK_LOAD = (selectinload(IdentificationCheck.officer),)

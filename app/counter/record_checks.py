"""Record checks several services share: does the station's replica hold anything against a CNIC?

Criminal records enrolled here (unless withdrawn) and the national wanted list both count. The finding
names the record and its reason; the approver weighs it, nothing is decided here.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.counter.findings import Finding
from app.fingerprints.fingers import Category
from app.storage.models import CroRecord, CroWithdrawal, Person, WantedPerson

CNIC_CHECK = "cro_cnic"
CATEGORY_TEXT: dict[str, tuple[str, str]] = {
    Category.CRIMINAL_RECORD: ("Criminal record", "مجرمانہ ریکارڈ"),
    Category.WANTED: ("Wanted", "مطلوب"),
    Category.PROCLAIMED_OFFENDER: ("Proclaimed offender", "اشتہاری مجرم"),
}


def records_against_cnic(s: Session, cnic: str) -> list[Finding]:
    """One hit per live criminal record or wanted-list entry under this CNIC (or NICOP); none for ''."""
    if not cnic:
        return []
    withdrawn = select(CroWithdrawal.record_id)
    records = s.scalars(
        select(CroRecord).join(Person, CroRecord.person_id == Person.id)
        .where((Person.cnic == cnic) | (Person.nicop == cnic), CroRecord.id.not_in(withdrawn))
        .options(selectinload(CroRecord.person)).order_by(CroRecord.id)).all()
    wanted = s.scalars(select(WantedPerson).where(WantedPerson.cnic == cnic, WantedPerson.withdrawn.is_(False))
                       .order_by(WantedPerson.uid)).all()
    findings = [_hit(r.category, r.person.name_en or r.person.name_ur, r.reason, r.uid) for r in records]
    findings += [_hit(w.category, w.name_en or w.name_ur, w.reason, w.uid) for w in wanted]
    return findings


def _hit(category: str, name: str, reason: str, uid: str) -> Finding:
    en, ur = CATEGORY_TEXT.get(category, (category, category))
    return Finding(CNIC_CHECK, True, f"{en}: {name}: {reason}", f"{ur}: {name}: {reason}", uid)

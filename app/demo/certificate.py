"""The character certificate the demo issues, so a trainer finds a real signed PDF to check (Qt-free).

It is signed with the demo station's own key (kept beside the demo's database key), whose public key
the demo's trust list holds: ``thana verify-document FILE --data-dir DEMO_DIR`` answers VALID.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from app.documents.details import DocumentDetails, IdKind
from app.documents.kinds import DocumentKind
from app.documents.local_trust import documents_dir, station_signing_key
from app.documents.printed import NO_RECORD, Line, PrintedDocument, character_certificate
from app.documents.signing import key_id, sign
from app.services import Services
from app.storage.models import Person, PoliceStation

RELATIONS = {"s/o": ("Son of", "ولد"), "d/o": ("Daughter of", "دختر"), "w/o": ("Wife of", "زوجہ")}


def demo_certificate(services: Services, station_id: int, data_dir: Path) -> tuple[PrintedDocument, Path]:
    """A signed certificate for the first demo person with a CNIC and a Latin name, and where to write it."""
    with services.db.read() as s:
        station = s.get(PoliceStation, station_id)
        person = s.scalars(select(Person).where(Person.is_demo, Person.cnic.is_not(None))
                           .order_by(Person.id).limit(50)).all()
        chosen = next(p for p in person if p.name_en.isascii() and p.name_en)
        if station is None:
            raise LookupError(f"no station {station_id}")
        s.expunge_all()
    key = station_signing_key(services.key_store, data_dir, station.code)
    issued = services.firs.clock().replace(microsecond=0)
    details = DocumentDetails(DocumentKind.CHARACTER_CERTIFICATE, f"{station.code}/CC/{issued.year}/000001",
                              station.code, issued, chosen.name_en, IdKind.CNIC, chosen.cnic or "",
                              NO_RECORD[0], key_id(key.public_key()))
    relation = RELATIONS.get(chosen.relation)
    parentage = (Line(relation[0], chosen.relative_name_en, relation[1], chosen.relative_name_ur)
                 if relation and chosen.relative_name_en else None)
    doc = character_certificate(details, sign(details, key), station_en=station.name_en, station_ur=station.name_ur,
                                subject_name_ur=chosen.name_ur, parentage=parentage, address=chosen.address,
                                training=True)
    path = documents_dir(data_dir) / f"character-certificate-{details.number.replace('/', '-')}.pdf"
    return doc, path

"""The documents the demo's counter issued, as they print, so a trainer finds real signed PDFs to check
(Qt-free; the window writes them under DATA_DIR/documents/).

They are signed with the demo station's own key (kept beside the demo's database key), whose public key the
demo's trust list holds: ``thana verify-document FILE --data-dir DEMO_DIR`` answers VALID.
"""

from __future__ import annotations

from sqlalchemy import select

from app.counter.issuing import printed_document
from app.documents.printed import PrintedDocument
from app.storage.database import Database
from app.storage.models import IssuedDocument, PoliceStation


def demo_documents(db: Database) -> list[PrintedDocument]:
    with db.read() as s:
        stations = {station.id: station for station in s.scalars(select(PoliceStation))}
        return [printed_document(d, stations[d.station_id], training=True)
                for d in s.scalars(select(IssuedDocument).order_by(IssuedDocument.id))]

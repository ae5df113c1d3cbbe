"""The fee receipt of a counter application as a one-page A4 PDF, English and Urdu side by side, laid out
like the issued documents (``ui.printing.documents``) but with no QR code: a receipt proves nothing signed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from app.counter.applications import ApplicationRecord
from app.counter.receipt import HOW_TO_TRACK, TITLE, receipt_lines
from app.documents.printed import Line
from app.storage.models import PoliceStation
from ui.printing.documents import CSS, page_html
from ui.printing.pages import MarkedDocument, PageMarks, Watermark, write_pdf
from ui.printing.richtext import latin_font, style_urdu_runs


def render_receipt(record: ApplicationRecord, station: PoliceStation, training: bool) -> QTextDocument:
    lines = [*receipt_lines(record), Line("How to track", HOW_TO_TRACK[0], "معلومات", HOW_TO_TRACK[1])]
    marks = PageMarks(footer=f"{TITLE[0]} {record.application.tracking_no}",
                      watermark=Watermark("TRAINING", "تربیت") if training else None)
    doc = MarkedDocument(marks)
    doc.setDefaultFont(latin_font(10))
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(page_html(TITLE, (f"{station.name_en} ({station.code})", station.name_ur), lines, training))
    style_urdu_runs(doc)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                           f"{TITLE[0]} {record.application.tracking_no}")
    return doc


def write_receipt_pdf(record: ApplicationRecord, station: PoliceStation, path: Path, training: bool) -> Path:
    write_pdf(render_receipt(record, station, training), path)
    return path

"""Issued documents (character certificates, verification letters, loss reports...) as one-page PDFs.

One renderer for every kind: the English and Urdu title, each labelled line in both languages (Urdu
right to left in the bundled fonts), and the QR code of the signed payload with the document number,
station, date of issue and how to check it. What the lines say comes from ``app.documents.printed``.

The QR code is a 1-bit image drawn at a whole number of device pixels per module with its quiet zone,
so the PDF keeps it losslessly (no resampling, no JPEG) and any reader decodes it as printed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from app.demo.documents import demo_documents
from app.documents.local_trust import documents_dir
from app.documents.printed import (
    CHECK_EN,
    CHECK_UR,
    DATE_LABEL,
    NUMBER_LABEL,
    Line,
    PrintedDocument,
    issue_date,
)
from app.documents.qr import QUIET_ZONE, qr_modules
from app.services import Services
from ui.printing.pages import MARGINS_MM, PDF_DPI
from ui.printing.richtext import latin_font, style_urdu_runs, text

MODULE_MM = 0.5  # one QR module: large enough for a phone camera, a certificate's code stays under 50 mm
GAP_MM = 6.0
CSS = """
p { margin-top: 0px; margin-bottom: 0px; }
.title { font-size: 15pt; font-weight: bold; }
.station { font-size: 11pt; }
.banner { color: #a00000; font-weight: bold; font-size: 12pt; }
.grid { border-collapse: collapse; border-color: #444444; }
.small { font-size: 8pt; }
.label { background-color: #eeeeee; }
"""


def qr_image(payload: str, pixels_per_module: int) -> QImage:
    """The payload's QR code with its quiet zone, ``pixels_per_module`` pixels a module, 1 bit a pixel."""
    dark = np.pad(qr_modules(payload), QUIET_ZONE, constant_values=False)
    light = ~np.kron(dark, np.ones((pixels_per_module, pixels_per_module), dtype=bool))
    rows = np.packbits(light, axis=1)  # Format_Mono: the first pixel in the high bit, index 1 = white
    height, width = light.shape
    image = QImage(rows.tobytes(), width, height, rows.shape[1], QImage.Format.Format_Mono).copy()
    # Exactly black then white: Qt's PDF writer then stores the image as 1-bit, never as JPEG.
    image.setColorTable([QColor(Qt.GlobalColor.black).rgba(), QColor(Qt.GlobalColor.white).rgba()])
    return image


def write_document_pdf(doc: PrintedDocument, path: Path) -> None:
    """Write the document as an A4 PDF (300 dpi, 15 mm margins)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    title_en, _ = doc.titles
    writer.setTitle(f"{title_en} {doc.details.number}")
    writer.setCreator("Thana")
    _render(doc, writer)


def print_document(doc: PrintedDocument, printer: QPrinter) -> None:
    """Print on a printer the caller has set up (usually through QPrintDialog): the same page as the PDF."""
    _render(doc, printer)


def write_issued_pdf(printed: PrintedDocument, data_dir: Path) -> Path:
    """Write an issued document under DATA_DIR/documents/, named by its kind and number; a file already
    there is replaced whole (a reprint is the same signed document), never left half-written."""
    folder = documents_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{printed.details.kind.value.replace('_', '-')}-{printed.details.number.replace('/', '-')}.pdf"
    partial = path.with_name(path.name + ".part")
    write_document_pdf(printed, partial)
    os.replace(partial, path)
    return path


def _render(doc: PrintedDocument, device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The document could not be written: the file did not open.")
    try:
        _paint(painter, doc, device.width(), device.logicalDpiY())
    finally:
        painter.end()


def write_demo_documents(services: Services, demo_dir: Path) -> list[Path]:
    """Write every document the demo's counter issued under DATA_DIR/documents/ (a tenth of a second each)."""
    return [write_issued_pdf(doc, demo_dir) for doc in demo_documents(services.db)]


def _paint(painter: QPainter, doc: PrintedDocument, width: float, dpi: int) -> None:
    mm = dpi / 25.4
    body = _text_document(_body_html(doc), width, painter)
    body.drawContents(painter)
    top = body.size().height() + GAP_MM * mm
    code = qr_image(doc.payload, max(1, round(MODULE_MM * mm)))
    painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering)
    painter.drawImage(QPointF(0, top), code)  # unscaled: one image pixel to one device pixel
    caption_left = code.width() + GAP_MM * mm
    caption = _text_document(_caption_html(doc), width - caption_left, painter)
    painter.save()
    painter.translate(caption_left, top)
    caption.drawContents(painter, QRectF(QPointF(0, 0), QSizeF(width - caption_left, code.height() * 2)))
    painter.restore()


def _text_document(html: str, width: float, painter: QPainter) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(painter.device())
    doc.setDefaultFont(latin_font(10))
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(html)
    style_urdu_runs(doc)
    doc.setTextWidth(width)
    return doc


def _urdu(value: str) -> str:
    return f'<p dir="rtl" align="right">{text(value, rtl=True)}</p>'


def _body_html(doc: PrintedDocument) -> str:
    return page_html(doc.titles, (f"{doc.station_en} ({doc.details.station})", doc.station_ur), doc.lines,
                     doc.training)


def page_html(titles: tuple[str, str], station: tuple[str, str], lines: Sequence[Line], training: bool) -> str:
    """Both titles, the station, and the labelled lines: the page of an issued document or a receipt."""
    return f"<html><body>{heading_html(titles, station, training)}{lines_html(lines)}</body></html>"


def lines_html(lines: Sequence[Line]) -> str:
    # English label | the value, once | Urdu label: each value is printed in one place only.
    rows = "".join(
        f'<tr><td width="24%" class="label">{text(line.label_en)}:</td>'
        f"<td><b>{text(line.value_en)}</b>{_urdu(line.value_ur) if line.value_ur else ''}</td>"
        f'<td width="24%" class="label">{_urdu(line.label_ur + ":")}</td></tr>'
        for line in lines)
    return f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="6">{rows}</table>'


def heading_html(titles: tuple[str, str], station: tuple[str, str], training: bool) -> str:
    """The training banner (demo data), both titles and the station, centred: the top of every printed page."""
    title_en, title_ur = titles
    banner = ('<p align="center" class="banner">TRAINING DATA - NOT A REAL DOCUMENT</p>'
              f'<p align="center" class="banner">{text("تربیتی ڈیٹا: اصل دستاویز نہیں", rtl=True)}</p>'
              if training else "")
    return (f"{banner}"
            f'<p align="center" class="title">{text(title_en)}</p>'
            f'<p align="center" class="title">{text(title_ur, rtl=True)}</p>'
            f'<p align="center" class="station">{text(station[0])}</p>'
            f'<p align="center" class="station">{text(station[1], rtl=True)}</p><br>')


def _caption_html(doc: PrintedDocument) -> str:
    d = doc.details
    # The same labels as the table: the checker demands the signed value after every one of them.
    facts = "<br>".join(text(line) for line in (
        f"{NUMBER_LABEL}: {d.number}", f"{DATE_LABEL}: {issue_date(d)}",
        f"Issued by: {doc.station_en} ({d.station})", f"Signing key: {d.key_id}"))
    return (f'<html><body><p class="small">{facts}</p><br>'
            f'<p class="small">{text(CHECK_EN)}</p><br>'
            f'<p class="small" dir="rtl" align="right">{text(CHECK_UR, rtl=True)}</p></body></html>')

"""Page-by-page output of a copy to PDF or a printer, with a footer and watermark on every page.

Pages are drawn by hand (not ``QTextDocument.print``) so each one can carry
"page x of y" and, for demo data, the training watermark."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter

from ui.printing.richtext import latin_font, nastaliq_font

MARGINS_MM = QMarginsF(15, 15, 15, 15)
PDF_DPI = 300
FOOTER_MM = 10.0
WATERMARK_COLOUR = QColor(120, 120, 120, 70)
WATERMARK_ANGLE = 35.0


@dataclass(frozen=True)
class Watermark:
    """A large Latin word across the page and an Urdu word drawn level above and below it
    (Nastaliq already slopes, so turned on the diagonal it reads as a vertical stack)."""

    diagonal: str
    upright: str


@dataclass(frozen=True)
class PageMarks:
    """What every page carries besides its share of the document."""

    footer: str = ""
    page_label: str = "Page {page} of {pages}"
    watermark: Watermark | None = None
    urdu: bool = False


class MarkedDocument(QTextDocument):
    """A document that knows its page marks (a plain QTextDocument prints with page numbers only)."""

    def __init__(self, marks: PageMarks) -> None:
        super().__init__()
        self.marks = marks


def write_pdf(doc: QTextDocument, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    writer.setCreator("Thana")
    paint_pages(doc, writer)


def print_to(doc: QTextDocument, printer: QPrinter) -> None:
    """Print on the page size the user chose, with the copy's own margins."""
    printer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    printer.setDocName(doc.metaInformation(QTextDocument.MetaInformation.DocumentTitle))
    paint_pages(doc, printer)


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    marks = doc.marks if isinstance(doc, MarkedDocument) else PageMarks()
    # A clone laid out for the device, so a copy shown on screen keeps its own layout.
    copy = doc.clone()
    copy.documentLayout().setPaintDevice(device)
    footer_height = FOOTER_MM * device.logicalDpiY() / 25.4
    body = QSizeF(device.width(), device.height() - footer_height)
    copy.setPageSize(body)
    pages = copy.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("The copy could not be written: the file or printer did not open.")
    try:
        for index in range(pages):
            if index:
                device.newPage()
            _draw_body(painter, copy, index, body)
            footer = QRectF(0, body.height(), body.width(), footer_height)
            _draw_footer(painter, marks, index + 1, pages, footer)
            _draw_watermark(painter, marks, QRectF(0, 0, device.width(), device.height()))
    finally:
        painter.end()


def _draw_body(painter: QPainter, doc: QTextDocument, index: int, body: QSizeF) -> None:
    painter.save()
    painter.translate(0, -index * body.height())
    doc.drawContents(painter, QRectF(QPointF(0, index * body.height()), body))
    painter.restore()


def _footer_font(marks: PageMarks) -> QFont:
    return nastaliq_font(8) if marks.urdu else latin_font(8)


def _draw_footer(painter: QPainter, marks: PageMarks, page: int, pages: int, area: QRectF) -> None:
    painter.save()
    rtl = Qt.LayoutDirection.RightToLeft
    painter.setLayoutDirection(rtl if marks.urdu else Qt.LayoutDirection.LeftToRight)
    painter.setPen(QPen(Qt.GlobalColor.black, painter.device().logicalDpiY() * 0.2 / 25.4))
    line_y = area.top() + area.height() * 0.25
    painter.drawLine(QPointF(area.left(), line_y), QPointF(area.right(), line_y))
    painter.setFont(_footer_font(marks))
    text_area = area.adjusted(0, area.height() * 0.3, 0, 0)
    # Leading/trailing follow the painter's direction, so the Urdu footer mirrors itself.
    painter.drawText(text_area, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter, marks.footer)
    label = marks.page_label.format(page=page, pages=pages)
    painter.drawText(text_area, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter, label)
    painter.restore()


def _draw_watermark(painter: QPainter, marks: PageMarks, page: QRectF) -> None:
    if marks.watermark is None:
        return
    painter.save()
    painter.setPen(WATERMARK_COLOUR)
    painter.translate(page.center())
    line = QRectF(-page.width(), -page.height() / 10, 2 * page.width(), page.height() / 5)
    painter.setFont(nastaliq_font(48))
    for shift in (-0.2, 0.2):  # clear of the diagonal word, which crosses the centre
        painter.drawText(line.translated(0, shift * page.height()), Qt.AlignmentFlag.AlignCenter,
                         marks.watermark.upright)
    font = latin_font(64)
    font.setBold(True)
    painter.setFont(font)
    painter.rotate(-WATERMARK_ANGLE)
    painter.drawText(line, Qt.AlignmentFlag.AlignCenter, marks.watermark.diagonal)
    painter.restore()

"""The daily counter report as an A4 PDF in English and Urdu: the heading and labelled lines of the receipts
(``ui.printing.documents``), then the figures per service and the overdue cases as tables with both languages
in every header, on pages with the footer, page numbers and (demo data) the training watermark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextDocument

from app.clock import format_pkt
from app.counter.catalogue import Catalogue
from app.counter.report import TITLE, DailyReport, ServiceFigures, duration_text
from app.counter.timeline import STATUS_NAMES
from app.documents.printed import Line
from app.storage.models import PoliceStation
from ui.printing.documents import CSS, heading_html, lines_html
from ui.printing.pages import MarkedDocument, PageMarks, Watermark, write_pdf
from ui.printing.richtext import latin_font, style_urdu_runs, text

FIGURE_HEADERS = (("Service", "سروس"), ("Received", "وصول"), ("Completed", "مکمل"),
                  ("Median turnaround", "درمیانی دورانیہ"), ("Longest turnaround", "طویل ترین دورانیہ"),
                  ("Overdue", "تاخیر شدہ"))
OVERDUE_HEADERS = (("Tracking No.", "ٹریکنگ نمبر"), ("Service", "سروس"), ("Applicant", "درخواست گزار"),
                   ("Status", "حیثیت"), ("Due", "مقررہ وقت"), ("Late by", "تاخیر"))
# The Urdu of the timeline's statuses, for the printed copy (the screen uses the translation catalogue).
STATUS_UR = {"received": "موصول", "under_verification": "تصدیق جاری", "awaiting_sho": "ایس ایچ او کے فیصلے کی منتظر",
             "ready": "وصولی کے لیے تیار", "handed_over": "حوالے کر دی گئی", "rejected": "مسترد"}
ALL_SERVICES = ("All services", "تمام سروسز")
NONE_OVERDUE = ("No case was overdue.", "کوئی کیس تاخیر کا شکار نہیں تھا۔")


def _cell(en: str, ur: str = "", header: bool = False) -> str:
    tag = "th" if header else "td"
    urdu = f'<p dir="rtl" align="right">{text(ur, rtl=True)}</p>' if ur and ur != en else ""
    return f"<{tag}>{text(en)}{urdu}</{tag}>"


def _table(headers: tuple[tuple[str, str], ...], rows: list[str]) -> str:
    head = "<tr>" + "".join(_cell(en, ur, header=True) for en, ur in headers) + "</tr>"
    return (f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">{head}{"".join(rows)}'
            "</table>")


def _figure_row(name: tuple[str, str], f: ServiceFigures) -> str:
    median, longest = duration_text(f.median), duration_text(f.longest)
    return ("<tr>" + _cell(*name) + _cell(str(f.received)) + _cell(str(f.completed)) + _cell(*median)
            + _cell(*longest) + _cell(str(f.overdue)) + "</tr>")


def report_html(report: DailyReport, catalogue: Catalogue, station: PoliceStation, training: bool) -> str:
    summary = [Line("Day", f"{report.day:%d-%m-%Y}", "تاریخ"),
               Line("Overdue judged at", format_pkt(report.as_at), "تاخیر کا حساب بوقت"),
               Line("Received", str(report.total.received), "وصول شدہ درخواستیں"),
               Line("Completed (ready or rejected)", str(report.total.completed), "مکمل (تیار یا مسترد)"),
               Line("Overdue cases", str(report.total.overdue), "تاخیر شدہ کیس")]
    figures = [_figure_row((s.name_en, s.name_ur), f) for f in report.services
               for s in [catalogue.get(f.service_code)]]
    figures.append(_figure_row(ALL_SERVICES, report.total))
    overdue = [("<tr>" + _cell(case.tracking_no) + _cell(s.name_en, s.name_ur)
                + _cell(case.applicant_en or case.applicant_ur, case.applicant_ur)
                + _cell(STATUS_NAMES[case.status], STATUS_UR[case.status.value]) + _cell(format_pkt(case.due_at))
                + _cell(*duration_text(case.late_by)) + "</tr>")
               for case in report.overdue for s in [catalogue.get(case.service_code)]]
    cases = _table(OVERDUE_HEADERS, overdue) if overdue else f"<p>{text(NONE_OVERDUE[0])}</p>" + (
        f'<p dir="rtl" align="right">{text(NONE_OVERDUE[1], rtl=True)}</p>')
    return (f"<html><body>{heading_html(TITLE, (f'{station.name_en} ({station.code})', station.name_ur), training)}"
            f"{lines_html(summary)}<br>{_table(FIGURE_HEADERS, figures)}<br>"
            f'<p class="station">{text("Overdue cases")} / {text("تاخیر شدہ کیس", rtl=True)}</p>{cases}'
            "</body></html>")


def render_report(report: DailyReport, catalogue: Catalogue, station: PoliceStation,
                  training: bool) -> QTextDocument:
    marks = PageMarks(footer=f"{TITLE[0]} {station.code} {report.day:%d-%m-%Y}",
                      watermark=Watermark("TRAINING", "تربیت") if training else None)
    doc = MarkedDocument(marks)
    doc.setDefaultFont(latin_font(9))
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(report_html(report, catalogue, station, training))
    style_urdu_runs(doc)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, f"{TITLE[0]} {report.day:%d-%m-%Y}")
    return doc


def write_report_pdf(report: DailyReport, catalogue: Catalogue, station: PoliceStation, path: Path,
                     training: bool) -> Path:
    write_pdf(render_report(report, catalogue, station, training), path)
    return path

"""The court-grade copy of an FIR, laid out like Form 24.5(1) of the Police Rules 1934.

The body shows the current (last) entry of the FIR number; earlier entries are
listed under "Corrections". Every user value is printed as written and escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter

from app.clock import format_pkt
from app.registers.fir import FirHistory, fir_number
from app.storage.models import Fir, FirAccused, Person, PoliceStation, User
from ui.printing.fir_labels import DIRECTIONS, LABELS, LANGUAGES, NUMERALS, RELATIONS
from ui.printing.pages import MarkedDocument, PageMarks, Watermark, print_to, write_pdf
from ui.printing.richtext import is_rtl, isolate_ltr, latin_font, style_urdu_runs, text

CSS = """
p { margin-top: 0px; margin-bottom: 0px; }
.title { font-size: 13pt; font-weight: bold; }
.subtitle { font-size: 9pt; color: #333333; }
.heading { font-weight: bold; margin-top: 14px; margin-bottom: 4px; }
.note { font-style: italic; margin-top: 4px; margin-bottom: 4px; }
.banner { color: #a00000; font-weight: bold; font-size: 12pt; }
.cancelled { color: #a00000; font-weight: bold; font-size: 20pt; }
.grid { border-collapse: collapse; border-color: #444444; }
.label { background-color: #eeeeee; }
.num { font-weight: bold; }
.blank { color: #666666; }
"""
SIGNATURE_LINE = "_" * 28
WATERMARK = Watermark(diagonal="TRAINING", upright="تربیتی")


@dataclass(frozen=True)
class _Copy:
    """The language of one copy and its ways of printing values."""

    lang: str

    @property
    def urdu(self) -> bool:
        return self.lang == "ur"

    def t(self, value: str) -> str:
        """A user value as HTML, set among this copy's labels."""
        return text(value, rtl=self.urdu)

    def raw(self, key: str) -> str:
        return LABELS[self.lang][key]

    def label(self, key: str, **values: str) -> str:
        """A label as HTML; ``values`` are HTML already."""
        return self.t(self.raw(key)).format(**values)

    def when(self, instant: datetime | None) -> str:
        if instant is None:
            return self.t(self.raw("none"))
        stamp = format_pkt(instant)
        # Date and time stay one left-to-right unit, as on the English copy.
        return self.t(isolate_ltr(stamp) if self.urdu else stamp)

    def pick(self, english: str, urdu: str) -> str:
        """The value in the copy's script, else the other one."""
        return (urdu or english) if self.urdu else (english or urdu)

    def row(self, cells: list[str]) -> str:
        """A table row in reading order: Qt lays table columns out left to right even in
        right-to-left text, so the Urdu copy lists its cells from the right."""
        return f"<tr>{''.join(reversed(cells) if self.urdu else cells)}</tr>"


def render_fir_copy(history: FirHistory, station: PoliceStation, lang: str, *,
                    training: bool) -> QTextDocument:
    """The FIR copy in ``lang`` ("en" or "ur"); ``training`` marks demo data on every page."""
    if lang not in LANGUAGES:
        raise ValueError(f"no FIR copy in language {lang!r}")
    c = _Copy(lang)
    number = fir_number(history.current)
    footer = c.raw("footer").format(number=number, station=c.pick(station.name_en, station.name_ur),
                                    district=c.pick(station.district.name_en, station.district.name_ur))
    doc = MarkedDocument(PageMarks(footer=footer, page_label=c.raw("page"),
                                   watermark=WATERMARK if training else None, urdu=c.urdu))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, f"FIR {number} — {station.name_en}")
    doc.setDefaultFont(latin_font(10))
    doc.setDefaultStyleSheet(CSS)
    doc.setHtml(_html(c, history, station, training))
    style_urdu_runs(doc)
    return doc


def write_fir_pdf(doc: QTextDocument, path: Path) -> None:
    """Save as an A4 PDF (300 dpi, 15 mm margins) with "page x of y" on every page."""
    write_pdf(doc, path)


def print_fir(doc: QTextDocument, printer: QPrinter) -> None:
    """Print on a printer the caller has set up (usually through QPrintDialog)."""
    print_to(doc, printer)


def _html(c: _Copy, history: FirHistory, station: PoliceStation, training: bool) -> str:
    current = history.current
    corrected = len(history.entries) > 1
    parts = [f'<html><body dir="{"rtl" if c.urdu else "ltr"}">']
    if training:
        parts.append(_boxed(f'<p align="center" class="banner">{c.label("training")}</p>'))
    if current.kind == "cancellation":
        reason = c.label("cancelled_on", when=c.when(current.created_at), reason=c.t(current.reason))
        parts.append(_boxed(f'<p align="center" class="cancelled">{c.label("cancelled")}</p>'
                            f'<p align="center">{reason}</p>'))
    parts.append(_header(c, current, station))
    if corrected:
        parts.append(f'<p class="note">{c.label("corrected_note")}</p>')
    parts += [_columns(c, current), _first_information(c, current), _officers(c, history)]
    if corrected:
        parts.append(_corrections(c, history))
    parts.append("</body></html>")
    return "".join(parts)


def _boxed(inner: str) -> str:
    return (f'<table width="100%" border="2" cellspacing="0" cellpadding="6" style="border-color:#a00000">'
            f"<tr><td>{inner}</td></tr></table><p></p>")


def _header(c: _Copy, fir: Fir, station: PoliceStation) -> str:
    cells = [("station", c.pick(station.name_en, station.name_ur)),
             ("district", c.pick(station.district.name_en, station.district.name_ur)),
             ("fir_no", fir_number(fir))]
    row = c.row([f'<td align="center">{c.label(key)}: <b>{c.t(value)}</b></td>' for key, value in cells])
    return (f'<p align="center" class="title">{c.label("title")}</p>'
            f'<p align="center" class="subtitle">{c.label("subtitle")}</p>'
            f'<table width="100%" cellspacing="0" cellpadding="6">{row}</table>')


def _columns(c: _Copy, fir: Fir) -> str:
    occurrence = c.when(fir.occurred_from)
    if fir.occurred_to is not None:
        occurrence = c.label("from_to", start=occurrence, end=c.when(fir.occurred_to))
    numbers = NUMERALS[c.lang]
    rows = [
        ("", "occurrence", occurrence),
        (numbers[0], "reported", c.when(fir.reported_at)),
        (numbers[1], "complainant", _person(c, fir.complainant)),
        (numbers[2], "offence", _offence(c, fir)),
        (numbers[3], "place", _place(c, fir)),
        (numbers[4], "accused", _accused(c, fir.accused)),
        (numbers[5], "steps", _steps(c, fir)),
        (numbers[6], "despatch", c.when(fir.despatched_at)),
    ]
    body = "".join(c.row([f'<td width="4%" align="center" class="num">{c.t(number)}</td>',
                          f'<td width="32%" class="label">{c.label(key)}</td>', f"<td>{value}</td>"])
                   for number, key, value in rows)
    return f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="5">{body}</table>'


def _person(c: _Copy, person: Person) -> str:
    own, other = (person.name_ur, person.name_en) if c.urdu else (person.name_en, person.name_ur)
    title = c.raw("mst") + " " if person.gender == "F" else ""
    html = f"<b>{c.t(title + (own or other))}</b>"
    if own and other:  # the name in both scripts helps match this copy to the other language's
        html += f" ({c.t(other)})"
    relative = c.pick(person.relative_name_en, person.relative_name_ur)
    if person.relation and relative:
        html += f" {c.t(RELATIONS[c.lang][person.relation])} {c.t(relative)}"
    details = [c.label(key, value=c.t(str(value))) for key, value in (
        ("age", person.age_years), ("caste", person.caste), ("resident", person.address),
    ) if value]
    ids = [c.label(key, value=c.t(value)) for key, value in (
        ("cnic", person.cnic), ("nicop", person.nicop), ("passport", person.passport),
        ("phone", ", ".join(person.phones)),
    ) if value]
    for group, separator in ((details, c.raw("comma")), (ids, c.raw("semicolon"))):
        if group:
            html += c.t(separator) + c.t(c.raw("comma")).join(group)
    return html


def _offence(c: _Copy, fir: Fir) -> str:
    lines = []
    for item in fir.sections:
        section, law = item.section, item.section.law
        short, title = c.pick(law.short_en, law.short_ur), c.pick(section.title_en, section.title_ur)
        lines.append(f"<b>{c.t(f'{section.section} {short}')}</b> — {c.t(title)}")
    if fir.property_taken:
        lines.append(c.label("property", value=c.t(fir.property_taken)))
    return "<br>".join(lines)


def _place(c: _Copy, fir: Fir) -> str:
    html = c.t(fir.place)
    if fir.distance_km is not None:
        km = c.t(f"{fir.distance_km:g}")
        if fir.direction:
            html += "<br>" + c.label("distance", km=km, direction=c.t(DIRECTIONS[c.lang][fir.direction]))
        else:
            html += "<br>" + c.label("distance_only", km=km)
    return html


def _accused(c: _Copy, accused: list[FirAccused]) -> str:
    if not accused:
        return c.label("none_named")
    lines = []
    for i, item in enumerate(accused, 1):
        if item.person is not None:
            line = _person(c, item.person)
            if item.description:
                line += c.t(c.raw("semicolon") + item.description)
        else:
            line = c.label("unknown", value=c.t(item.description))
        lines.append(f"{c.t(f'({i})')} {line}" if len(accused) > 1 else line)
    return "<br>".join(lines)


def _steps(c: _Copy, fir: Fir) -> str:
    lines = []
    if fir.investigating_officer is not None:
        lines.append(c.label("io", value=_officer(c, fir.investigating_officer)))
    if fir.diary_ref:
        lines.append(c.label("diary_ref", value=c.t(fir.diary_ref)))
    if fir.delay_explanation:
        lines.append(c.label("delay", value=c.t(fir.delay_explanation)))
    return "<br>".join(lines) or c.t(c.raw("none"))


def _officer(c: _Copy, user: User) -> str:
    name = c.pick(user.full_name, user.full_name_ur)
    return c.t(f"{name}{c.raw('comma')}{user.rank}" if user.rank else name)


def _first_information(c: _Copy, fir: Fir) -> str:
    # Each paragraph keeps its own direction: an English line inside an Urdu report stays left-to-right.
    paragraphs = "".join(
        f'<p dir="{"rtl" if is_rtl(line) else "ltr"}" style="white-space:pre-wrap">'
        f'{text(line, rtl=is_rtl(line)) or "&nbsp;"}</p>'
        for line in fir.first_information.split("\n"))
    return (f'<p class="heading">{c.label("first_info")}</p>'
            f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="8"><tr><td>'
            f"{paragraphs}</td></tr></table>"
            f'<p class="heading">{c.label("informant_signature")}: '
            f'<span class="blank">{SIGNATURE_LINE}</span></p>')


def _officers(c: _Copy, history: FirHistory) -> str:
    # The original entry's officer recorded the FIR; later entries name whoever corrected it.
    recorder = history.entries[0].recording_officer
    io = history.current.investigating_officer
    io_html = _officer(c, io) if io is not None else c.t(c.raw("none"))
    row = c.row([f'<td width="50%">{c.label("recording_officer")}: <b>{_officer(c, recorder)}</b><br><br>'
                 f'{c.label("signature")}: <span class="blank">{SIGNATURE_LINE}</span></td>',
                 f'<td width="50%">{c.label("investigating_officer")}: <b>{io_html}</b></td>'])
    return f'<table width="100%" cellspacing="0" cellpadding="4" style="margin-top:14px">{row}</table>'


def _corrections(c: _Copy, history: FirHistory) -> str:
    head = c.row([f'<td class="label"><b>{c.label(key)}</b></td>'
                  for key in ("entry_no", "entry", "entered_on", "entered_by", "reason")])
    rows = "".join(
        c.row([f"<td>{cell}</td>" for cell in (c.t(str(i)), c.label(entry.kind), c.when(entry.created_at),
                                               _officer(c, entry.recording_officer), c.t(entry.reason))])
        for i, entry in enumerate(history.entries[1:], 1))
    return (f'<p class="heading">{c.label("corrections")}</p>'
            f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="5">'
            f"{head}{rows}</table>")

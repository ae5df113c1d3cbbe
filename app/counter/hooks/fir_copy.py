"""Copy of an FIR: the year cannot be before the FIR register existed or after this year; the FIR is looked
up in this station's register by number and year. Not found (or cancelled) is a hit the approver must
weigh; found, the finding carries its summary and names the FIR (``record_uid``), whose certified copy is
``ui.printing.fir_copy`` (``fir_of_application`` gives the counter its entry)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import pkt_date
from app.counter.findings import Finding
from app.counter.stolen_list import day_text
from app.errors import FieldProblem
from app.i18n import QT_TRANSLATE_NOOP
from app.registers.fir import load_fir
from app.storage.models import CounterApplication, Fir, FirHead, PoliceStation

FIR_CHECK = "fir_register"
FIRST_YEAR = 1947


def check(values: Mapping[str, str], today: date) -> list[FieldProblem]:
    year = values.get("fir_year")
    if year and not FIRST_YEAR <= int(year) <= today.year:
        return [FieldProblem("fir_year", QT_TRANSLATE_NOOP("core", "The year must be from {first} to {last}."),
                             {"first": FIRST_YEAR, "last": today.year})]
    return []


def fir_of_application(s: Session, application: CounterApplication) -> Fir | None:
    """The current entry (after any correction) of the FIR the application asks a copy of, in this
    station's register; None if the number was never issued here."""
    values = application.values
    head_id = s.scalar(select(FirHead.head_id).join(Fir, Fir.id == FirHead.root_id).where(
        FirHead.station_id == application.station_id, Fir.year == int(values["fir_year"]),
        Fir.serial == int(values["fir_number"])))
    return load_fir(s, head_id) if head_id is not None else None


def verify(s: Session, application: CounterApplication) -> list[Finding]:
    values = application.values
    number = f"{values['fir_number']}/{values['fir_year']}"
    station = s.get(PoliceStation, application.station_id)
    assert station is not None
    findings = _station_named(values.get("police_station", ""), station)
    fir = fir_of_application(s, application)
    if fir is None:
        return [*findings, Finding(FIR_CHECK, True, f"FIR No. {number} is not in the register of {station.name_en}",
                                   f"ایف آئی آر نمبر {number} تھانہ {station.name_ur} کے رجسٹر میں موجود نہیں")]
    if fir.kind == "cancellation":
        return [*findings, Finding(FIR_CHECK, True, f"FIR No. {number} was cancelled: {fir.reason}",
                                   f"ایف آئی آر نمبر {number} منسوخ ہو چکی ہے: {fir.reason}", fir.uid)]
    sections = ", ".join(f"{x.section.law.short_en} {x.section.section}" for x in fir.sections)
    sections_ur = "، ".join(f"{x.section.section} {x.section.law.short_ur}" for x in fir.sections)
    when = day_text(pkt_date(fir.reported_at))
    complainant = fir.complainant
    return [*findings, Finding(
        FIR_CHECK, False,
        f"FIR No. {number} of {when}, {station.name_en}; sections: {sections}; "
        f"complainant: {complainant.name_en or complainant.name_ur}",
        f"ایف آئی آر نمبر {number} بتاریخ {when}، تھانہ {station.name_ur}؛ دفعات: {sections_ur}؛ "
        f"مدعی: {complainant.name_ur or complainant.name_en}",
        fir.uid)]


def _station_named(named: str, station: PoliceStation) -> list[Finding]:
    """A hit when the applicant named another station: its FIRs are not in this register."""
    text = named.casefold()
    names = (station.name_en.casefold(), station.name_ur.casefold())
    if any(name and (name in text or text in name) for name in names):
        return []
    return [Finding(FIR_CHECK, True, f"The applicant named police station \"{named}\"; this is {station.name_en}",
                    f"درخواست گزار نے تھانہ \"{named}\" لکھا؛ یہ تھانہ {station.name_ur} ہے")]

"""The stolen-vehicle list a vehicle verification is checked against (Qt-free).

Two sources make one list: the list the district/national system sends (imported from its CSV or JSON
file, replacing the previous one whole, so recovered vehicles drop off) and this station's own FIRs whose
"property carried off" names a vehicle by its number (read from the FIR register at check time, so a
theft registered an hour ago already counts). The FIR form has no structured vehicle fields: the numbers
are read from the text as FIRs write them ("No. LEB-8979", "chassis No. ...").
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, func, insert, or_, select
from sqlalchemy.orm import Session

from app.clock import now_utc, pkt_date
from app.counter.findings import Finding
from app.counter.tokens import station_of
from app.counter.vehicles import VehicleIds, identifier_key, ids_in_text, plate_base, registration_key
from app.errors import FieldProblem, ThanaError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.security import audit
from app.security.actor import Actor
from app.storage.database import Database
from app.storage.models import Fir, FirHead, PoliceStation, StolenVehicle
from app.validation.text import clean

STOLEN_CHECK = "stolen_vehicle"
COLUMNS = ("registration", "chassis", "engine", "description", "reference", "reported_on", "station")
LIMITS = {"description": 120, "reference": 60, "station": 80}
MAX_FILE_BYTES = 20_000_000
MAX_SHOWN_PROBLEMS = 20


def day_text(day: date) -> str:
    return day.strftime("%d-%m-%Y")


@dataclass(frozen=True)
class LineProblem:
    line: int  # the file's line (CSV, the header is line 1) or the entry's position (JSON, from 1)
    column: str
    message: str
    params: dict[str, object] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params) if self.params else self.message


class ListImportError(ThanaError):
    """The file was refused whole (nothing imported); ``problems`` name each bad line and column."""

    default_message = QT_TRANSLATE_NOOP("core", "The stolen-vehicle list was not imported: {count} problem(s).")

    def __init__(self, problems: list[LineProblem]) -> None:
        self.problems = problems
        super().__init__(count=len(problems))


@dataclass(frozen=True)
class StolenEntry:
    """One entry of the list, from either source."""

    ids: VehicleIds
    reference: str
    reported_on: date
    station: str
    description: str
    from_fir: bool
    record_uid: str


@dataclass(frozen=True)
class ListState:
    entries: int  # imported entries plus those read from the station's FIRs
    from_firs: int
    list_date: date | None  # of the imported list; None before the first import


# --- reading a list file ---------------------------------------------------------------------------


VehicleRow = dict[str, object]  # the columns of one ``stolen_vehicle`` row, for one bulk insert


def read_list_file(path: Path, list_date: date) -> list[VehicleRow]:
    """Every line of a CSV (header: COLUMNS) or JSON (an array of objects with those keys) file checked;
    any bad line refuses the whole file, naming every bad line."""
    def refuse(message: str, **params: object) -> ListImportError:
        return ListImportError([LineProblem(0, "", message, params)])

    if path.suffix.lower() not in (".csv", ".json"):
        raise refuse(QT_TRANSLATE_NOOP("core", "The list must be a .csv or .json file."))
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise refuse(QT_TRANSLATE_NOOP("core", "The file is larger than {mb} MB."), mb=MAX_FILE_BYTES // 10**6)
        text = path.read_bytes().decode("utf-8-sig")
    except OSError:
        raise refuse(QT_TRANSLATE_NOOP("core", "The file cannot be read.")) from None
    except UnicodeDecodeError:
        raise refuse(QT_TRANSLATE_NOOP("core", "The file is not UTF-8 text.")) from None
    rows = _csv_rows(text) if path.suffix.lower() == ".csv" else _json_rows(text)
    entries: list[VehicleRow] = []
    problems: list[LineProblem] = []
    for line, raw in rows:
        entry = _entry(line, raw, list_date, problems)
        if entry is not None:
            entries.append(entry)
    if not entries and not problems:
        problems.append(LineProblem(0, "", QT_TRANSLATE_NOOP("core", "The file holds no entries.")))
    if problems:
        raise ListImportError(problems)
    return entries


def _csv_rows(text: str) -> Iterable[tuple[int, dict[str, object]]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    if sorted(header) != sorted(COLUMNS):
        raise ListImportError([LineProblem(1, "", QT_TRANSLATE_NOOP(
            "core", "The first line must name the columns: {columns}."), {"columns": ", ".join(COLUMNS)})])
    for cells in reader:
        line = reader.line_num
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            yield line, {"": len(cells)}
            continue
        yield line, dict(zip(header, cells, strict=True))


def _json_rows(text: str) -> Iterable[tuple[int, dict[str, object]]]:
    try:
        raw = json.loads(text)
    except ValueError:
        raise ListImportError([LineProblem(0, "", QT_TRANSLATE_NOOP("core", "The file is not valid JSON."))]) from None
    if not isinstance(raw, list):
        raise ListImportError([LineProblem(0, "", QT_TRANSLATE_NOOP(
            "core", "A JSON list must be an array of entries."))])
    for position, item in enumerate(raw, start=1):
        yield position, item if isinstance(item, dict) else {"": None}


def _entry(line: int, raw: dict[str, object], list_date: date, problems: list[LineProblem]) -> VehicleRow | None:
    def problem(column: str, message: str, **params: object) -> None:
        problems.append(LineProblem(line, column, message, params))

    if "" in raw:
        problem("", QT_TRANSLATE_NOOP("core", "The line must have the {n} columns of the header."), n=len(COLUMNS))
        return None
    unknown = set(raw) - set(COLUMNS)
    if unknown:
        problem("", QT_TRANSLATE_NOOP("core", "Unknown key(s): {keys}."), keys=", ".join(sorted(unknown)))
        return None
    values = {name: clean(str(raw.get(name) or "")) for name in COLUMNS}
    before = len(problems)
    ids = {}
    for name, checker in (("registration", registration_key), ("chassis", identifier_key),
                          ("engine", identifier_key)):
        if values[name]:
            checked = checker(values[name])
            if checked.error is not None:
                problem(name, checked.error)
            ids[name] = checked.value or ""
    if not any(values[name] for name in ("registration", "chassis", "engine")):
        problem("registration", QT_TRANSLATE_NOOP(
            "core", "Give the registration, chassis or engine number of the vehicle."))
    for name in ("reference", "station"):
        if not values[name]:
            problem(name, QT_TRANSLATE_NOOP("core", "This field is required."))
    for name, limit in LIMITS.items():
        if len(values[name]) > limit:
            problem(name, QT_TRANSLATE_NOOP("core", "Too long: at most {limit} characters."), limit=limit)
    reported_on = _date(values["reported_on"])
    if reported_on is None:
        problem("reported_on", QT_TRANSLATE_NOOP("core", "A date is written as YYYY-MM-DD, for example 2026-11-03."))
    elif reported_on > list_date:
        problem("reported_on", QT_TRANSLATE_NOOP("core", "The theft is reported after the date of the list."))
    if len(problems) > before or reported_on is None:
        return None
    registration = ids.get("registration", "")
    return {"registration": registration, "plate_base": plate_base(registration) if registration else "",
            "chassis": ids.get("chassis", ""), "engine": ids.get("engine", ""),
            "description": values["description"], "reference": values["reference"],
            "reported_on": reported_on, "station": values["station"], "list_date": list_date}


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if len(text) == 10 else None
    except ValueError:
        return None


# --- the list in the replica -----------------------------------------------------------------------


def replace_list(s: Session, entries: list[VehicleRow], is_demo: bool = False) -> None:
    """The imported list, replaced whole inside the caller's transaction (one bulk insert: a national list
    runs to a hundred thousand entries)."""
    s.execute(delete(StolenVehicle))
    if entries:
        s.execute(insert(StolenVehicle), [{**entry, "is_demo": is_demo} for entry in entries])


def fir_entries(s: Session, station_id: int) -> list[StolenEntry]:
    """The vehicles this station's live FIRs (latest entry of each number, not cancelled) name as taken."""
    station = s.get(PoliceStation, station_id)
    where = station.name_en if station is not None else ""
    firs = s.scalars(select(Fir).join(FirHead, FirHead.head_id == Fir.id)
                     .where(FirHead.station_id == station_id, Fir.kind != "cancellation", Fir.property_taken != "")
                     .order_by(Fir.id)).all()
    return [StolenEntry(ids, f"FIR {fir.serial}/{fir.year}", pkt_date(fir.reported_at), where,
                        fir.property_taken[:LIMITS["description"]], True, fir.uid)
            for fir in firs for ids in ids_in_text(fir.property_taken)]


def _listed(row: StolenVehicle) -> StolenEntry:
    return StolenEntry(VehicleIds(row.registration, row.chassis, row.engine), row.reference, row.reported_on,
                       row.station, row.description, False, f"stolen_vehicle:{row.id}")


def list_state(s: Session, station_id: int) -> ListState:
    imported = s.scalar(select(func.count()).select_from(StolenVehicle)) or 0
    from_firs = len(fir_entries(s, station_id))
    return ListState(imported + from_firs, from_firs, s.scalar(select(func.max(StolenVehicle.list_date))))


@dataclass(frozen=True)
class Match:
    entry: StolenEntry
    on: str  # registration, registration_without_year, chassis, engine


def matches(s: Session, station_id: int, wanted: VehicleIds) -> list[Match]:
    """Every entry that shares an identifier with the vehicle; a plate that matches only with the year
    group left out on one side is a match "without year"."""
    conditions = []
    base = plate_base(wanted.registration) if wanted.registration else ""
    if wanted.registration:
        conditions += [StolenVehicle.registration == wanted.registration, StolenVehicle.plate_base == base]
    if wanted.chassis:
        conditions.append(StolenVehicle.chassis == wanted.chassis)
    if wanted.engine:
        conditions.append(StolenVehicle.engine == wanted.engine)
    rows = s.scalars(select(StolenVehicle).where(or_(*conditions)).order_by(StolenVehicle.id)).all() \
        if conditions else []
    found: list[Match] = []
    for entry in [_listed(r) for r in rows] + fir_entries(s, station_id):
        on = _matched_on(entry.ids, wanted)
        if on:
            found.append(Match(entry, on))
    return found


def _matched_on(listed: VehicleIds, wanted: VehicleIds) -> str:
    if wanted.registration and listed.registration:
        if listed.registration == wanted.registration:
            return "registration"
        one_without_year = (listed.registration == plate_base(listed.registration)) != (
            wanted.registration == plate_base(wanted.registration))
        if one_without_year and plate_base(listed.registration) == plate_base(wanted.registration):
            return "registration_without_year"
    if wanted.chassis and listed.chassis == wanted.chassis:
        return "chassis"
    if wanted.engine and listed.engine == wanted.engine:
        return "engine"
    return ""


_ON_TEXT = {
    "registration": ("registration number", "رجسٹریشن نمبر"),
    "registration_without_year": ("registration number (the year group is missing on one side)",
                                  "رجسٹریشن نمبر (ایک طرف سال کا حصہ موجود نہیں)"),
    "chassis": ("chassis number", "چیسس نمبر"),
    "engine": ("engine number", "انجن نمبر"),
}


def vehicle_findings(s: Session, station_id: int, wanted: VehicleIds) -> list[Finding]:
    """A hit per matching entry, naming its FIR or report, date and station; else one clear finding that
    says how much was checked and the date of the list."""
    found = matches(s, station_id, wanted)
    if found:
        return [_hit(m) for m in found]
    state = list_state(s, station_id)
    if state.list_date is None:
        return [Finding(STOLEN_CHECK, False,
                        f"Not on the stolen-vehicle list ({state.entries} entries checked: this station's FIRs; "
                        "no district list imported yet)",
                        f"چوری شدہ گاڑیوں کی فہرست میں نہیں ({state.entries} اندراجات دیکھے گئے: اس تھانے کی "
                        "ایف آئی آرز؛ ضلعی فہرست ابھی درآمد نہیں ہوئی)")]
    when = day_text(state.list_date)
    return [Finding(STOLEN_CHECK, False,
                    f"Not on the stolen-vehicle list ({state.entries} entries checked, list of {when})",
                    f"چوری شدہ گاڑیوں کی فہرست میں نہیں ({state.entries} اندراجات دیکھے گئے، فہرست بتاریخ {when})")]


def _hit(m: Match) -> Finding:
    e = m.entry
    on_en, on_ur = _ON_TEXT[m.on]
    vehicle = " / ".join(v for v in (e.ids.registration, e.ids.chassis, e.ids.engine) if v)
    what = f" ({e.description})" if e.description and not e.from_fir else ""
    when = day_text(e.reported_on)
    return Finding(STOLEN_CHECK, True,
                   f"On the stolen-vehicle list by {on_en}: {vehicle}, {e.reference} of {when}, {e.station}{what}",
                   f"چوری شدہ گاڑیوں کی فہرست میں موجود، بلحاظ {on_ur}: {vehicle}، {e.reference} بتاریخ {when}، "
                   f"{e.station}{what}",
                   e.record_uid)


class StolenVehicleList:
    """The counter's view of the list: see it, import the district's file, check one vehicle."""

    def __init__(self, db: Database, clock: Callable[[], datetime] = now_utc) -> None:
        self.db, self.clock = db, clock

    def state(self, actor: Actor) -> ListState:
        station_id = station_of(actor)
        with self.db.read() as s:
            return list_state(s, station_id)

    def entries(self, actor: Actor, limit: int = 2000) -> list[StolenEntry]:
        """This station's FIR entries, then the imported list's newest reports first (up to ``limit``)."""
        station_id = station_of(actor)
        with self.db.read() as s:
            rows = s.scalars(select(StolenVehicle).order_by(StolenVehicle.reported_on.desc(), StolenVehicle.id)
                             .limit(limit)).all()
            return fir_entries(s, station_id) + [_listed(r) for r in rows]

    def import_file(self, actor: Actor, path: Path, list_date: date) -> int:
        """Replace the imported list by the file's (all lines valid, or nothing changes); the count."""
        station_of(actor)
        if list_date > pkt_date(self.clock()):
            raise ValidationError([FieldProblem("list_date", QT_TRANSLATE_NOOP("core", "This date is in the future."))])
        entries = read_list_file(path, list_date)
        with self.db.write() as s:
            replace_list(s, entries)
            audit.record(s, actor, "stolen_list.import", target=path.name, entries=len(entries),
                         list_date=list_date.isoformat())
        return len(entries)

    def check(self, actor: Actor, registration: str, chassis: str, engine: str) -> list[Finding]:
        """The same check an application's verify makes, for a vehicle typed at the counter."""
        station_id = station_of(actor)
        wanted = checked_ids(registration, chassis, engine)
        with self.db.read() as s:
            return vehicle_findings(s, station_id, wanted)


def checked_ids(registration: str, chassis: str, engine: str) -> VehicleIds:
    """The vehicle's normalised identifiers, or ValidationError naming each bad one."""
    problems: list[FieldProblem] = []
    ids: dict[str, str] = {}
    for name, raw, checker in (("registration", registration, registration_key), ("chassis", chassis, identifier_key),
                               ("engine", engine, identifier_key)):
        raw = clean(raw)
        if raw:
            checked = checker(raw)
            if checked.error is not None:
                problems.append(FieldProblem(name, checked.error))
            ids[name] = checked.value or ""
    if not problems and not ids:
        problems.append(FieldProblem("registration", QT_TRANSLATE_NOOP(
            "core", "Enter the registration, chassis or engine number of the vehicle.")))
    if problems:
        raise ValidationError(problems)
    return VehicleIds(**ids)

"""Each service's own checks (the verify hooks) and what the station keeps for them: the stolen-vehicle
list (imported, from the station's FIRs, matched however a plate is written), tenants and employees
searchable by CNIC, name or address, the FIR a copy is asked of, the loss a report records."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.counter.applications import ApplicationDraft
from app.counter.findings import Finding
from app.counter.hooks.fir_copy import fir_of_application
from app.counter.stolen_list import ListImportError
from app.counter.vehicles import identifier_key, ids_in_text, plate_base, registration_key
from app.errors import PermissionDenied, ValidationError
from app.registers.persons import PersonDraft
from app.security.actor import Actor
from app.security.keystore import FileKeyStore
from app.security.permissions import Role
from app.services import Services, open_services
from app.storage.models import AuditRecord, CounterApplication, PoliceStation, StolenVehicle, WantedPerson
from tests import factories as F

MONDAY_10 = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)  # 10:00 in Pakistan
LIST_DATE = date(2026, 11, 28)
URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
HEADER = "registration,chassis,engine,description,reference,reported_on,station\n"
LIST_CSV = HEADER + (
    "LEA-12-1234,,,Honda CD-70 red,FIR 412/2026,2026-11-02,\"Gulberg, Lahore\"\n"
    ",NZE141-6012345,,Toyota Corolla white,FIR 88/2026,2026-10-15,\"Civil Lines, Faisalabad\"\n"
    ",,2NZ-7712345,Suzuki Cultus,Report 17,2026-09-01,\"New Town, Rawalpindi\"\n"
    "RIK-555,,,Suzuki Mehran,FIR 9/2026,2026-01-04,\"Waris Khan, Rawalpindi\"\n")


@dataclass
class Desk:
    services: Services
    clock: F.Clock
    counter: Actor
    moharrar: Actor
    head: Actor
    station: PoliceStation
    tmp: Path


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Desk]:
    clock = F.Clock(MONDAY_10)
    services = open_services(tmp_path / "station", FileKeyStore(tmp_path / "key"), clock)
    station = F.first_station(services)
    with services.db.read() as s:
        row = s.get(PoliceStation, station.id)
        assert row is not None
        s.expunge(row)
    yield Desk(services, clock, F.make_actor(services, Role.COUNTER_STAFF, station.id, "counter1"),
               station.moharrar, station.head_moharrar, row, tmp_path)
    services.close()


_cnics = itertools.count(1000001)


def receive(desk: Desk, code: str, **values: str) -> CounterApplication:
    service = desk.services.counter.catalogue.get(code)
    applicant = PersonDraft(name_en="Bilal Ahmed", relation="s/o", relative_name_en="Ahmed Din",
                            cnic=f"35202-{next(_cnics)}-1")
    return desk.services.counter.applications.receive(desk.counter, ApplicationDraft(
        service_code=code, applicant=applicant, values={"mobile": "0300 1234567", **values} if any(
            f.name == "mobile" for f in service.fields) else values,
        documents=[i for i, d in enumerate(service.documents) if d.required]))


def verify(desk: Desk, application: CounterApplication) -> list[Finding]:
    verifier = desk.services.counter.catalogue.get(application.service_code).verifier
    assert verifier is not None
    with desk.services.db.read() as s:
        loaded = s.get(CounterApplication, application.id)
        assert loaded is not None
        return verifier(s, loaded)


def problems_of(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {p.field: p.text() for p in exc.value.problems}


def write(desk: Desk, name: str, text: str) -> Path:
    path = desk.tmp / name
    path.write_text(text, encoding="utf-8")
    return path


def import_list(desk: Desk, text: str = LIST_CSV, name: str = "district.csv") -> int:
    return desk.services.counter.stolen_vehicles.import_file(desk.counter, write(desk, name, text), LIST_DATE)


# --- the normaliser ------------------------------------------------------------------------------------

plates = st.tuples(
    st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4),
    st.one_of(st.none(), st.integers(0, 99).map(lambda y: f"{y:02d}"),
              st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=3)),
    st.integers(1, 9999))
separators = st.sampled_from(["-", " ", "  ", " - ", "--"])


@given(plates, separators, separators, st.booleans(), st.booleans(), st.booleans())
def test_a_plate_written_any_way_has_one_key(plate: tuple[str, str | None, int], sep1: str, sep2: str,
                                              lower: bool, pad: bool, urdu: bool) -> None:
    series, middle, number = plate
    canonical = "-".join(g for g in (series, middle, str(number)) if g)
    digits = f"{number:04d}" if pad else str(number)
    written = series + (sep1 + middle if middle else "") + sep2 + digits
    written = written.lower() if lower else written
    written = written.translate(URDU_DIGITS) if urdu else written
    key = registration_key(written).value
    assert key == canonical
    assert registration_key(key).value == key  # idempotent
    assert plate_base(key) == (f"{series}-{number}" if middle and middle.isdigit() else key)


def test_plates_and_identifiers_that_are_not_accepted_say_why() -> None:
    for bad in ("", "1234", "LEA", "LEA-0", "LEA-12345", "ل-1234"):
        assert registration_key(bad).value is None and registration_key(bad).error
    assert identifier_key("nze-141 6012345").value == "NZE1416012345"
    assert identifier_key("۲nz/77.1 2").value == "2NZ7712"
    for bad in ("۲NZ-7", "چیسس12345", "NZE,12345", "A" * 26):
        assert identifier_key(bad).error == "A chassis or engine number is 5 to 25 letters and digits.", bad


def test_vehicles_named_in_an_fir_property_column_are_read_out() -> None:
    found = ids_in_text("car Suzuki Mehran No. LEB-8979, model 2015, worth Rs 900,000; chassis No. NZE141-123456, "
                        "engine number 1NZ-A12345. House No. 12")
    assert [(v.registration, v.chassis, v.engine) for v in found] == [
        ("LEB-8979", "", ""), ("", "NZE141123456", ""), ("", "", "1NZA12345")]
    assert [v.registration for v in ids_in_text("موٹر سائیکل ہنڈا سی ڈی 70 نمبر LEA-۱۲-۰۴۵ ماڈل 2019")] == ["LEA-12-45"]
    assert ids_in_text("Mobile phone, Rs 12,000 cash") == []


# --- the stolen-vehicle list -----------------------------------------------------------------------------

def test_the_district_list_is_imported_whole_and_replaced_by_the_next(desk: Desk) -> None:
    assert import_list(desk) == 4
    state = desk.services.counter.stolen_vehicles.state(desk.counter)
    assert (state.entries, state.from_firs, state.list_date) == (4, 0, LIST_DATE)
    entries = [{"registration": "lea 77", "reference": "FIR 1/2026", "reported_on": "2026-11-20",
                "station": "Township, Lahore", "description": ""}]
    assert desk.services.counter.stolen_vehicles.import_file(
        desk.counter, write(desk, "next.json", json.dumps(entries)), LIST_DATE) == 1
    with desk.services.db.read() as s:
        assert [(r.registration, r.plate_base) for r in s.scalars(select(StolenVehicle))] == [("LEA-77", "LEA-77")]
        audit = s.scalars(select(AuditRecord).where(AuditRecord.action == "stolen_list.import")).all()
        assert [a.details["entries"] for a in audit] == [4, 1]


def test_a_bad_line_refuses_the_whole_file_naming_each_line_and_column(desk: Desk) -> None:
    import_list(desk)
    bad = HEADER + ("LEA-1234,,,,FIR 1/2026,2026-11-01,Gulberg\n"
                    "12345,,,,FIR 2/2026,2026-11-01,Gulberg\n"
                    "LEB-1,,,,FIR 3/2026,2026-11-29,Gulberg\n"
                    ",,,,FIR 4/2026,2026-11-01,Gulberg\n"
                    "LEB-2,AB1,,,,03-11-2026,\n"
                    "LEB-3,,\n")
    with pytest.raises(ListImportError) as exc:
        import_list(desk, bad)
    found = [(p.line, p.column, p.text()) for p in exc.value.problems]
    assert found == [
        (3, "registration", "A registration number is letters then digits, for example LEB-8979 or ICT-AB-123."),
        (4, "reported_on", "The theft is reported after the date of the list."),
        (5, "registration", "Give the registration, chassis or engine number of the vehicle."),
        (6, "chassis", "A chassis or engine number is 5 to 25 letters and digits."),
        (6, "reference", "This field is required."),
        (6, "station", "This field is required."),
        (6, "reported_on", "A date is written as YYYY-MM-DD, for example 2026-11-03."),
        (7, "", "The line must have the 7 columns of the header."),
    ]
    assert desk.services.counter.stolen_vehicles.state(desk.counter).entries == 4  # the old list stands


def test_a_file_that_is_not_a_list_is_refused_plainly(desk: Desk) -> None:
    cases = [("list.txt", "x", "The list must be a .csv or .json file."),
             ("list.csv", "reg,chassis\nLEA-1,\n",
              "The first line must name the columns: registration, chassis, engine, description, reference, "
              "reported_on, station."),
             ("list.csv", HEADER, "The file holds no entries."),
             ("list.json", "{\"a\": 1}", "A JSON list must be an array of entries."),
             ("list.json", "[1", "The file is not valid JSON."),
             ("list.json", json.dumps([{"registration": "LEA-1", "colour": "red"}]), "Unknown key(s): colour.")]
    for name, text, message in cases:
        with pytest.raises(ListImportError) as exc:
            import_list(desk, text, name)
        assert [p.text() for p in exc.value.problems] == [message], name
    (desk.tmp / "latin1.csv").write_bytes(HEADER.encode() + "LEA-1,,,caf\xe9,FIR 1,2026-11-01,X\n".encode("latin-1"))
    with pytest.raises(ListImportError) as exc:
        desk.services.counter.stolen_vehicles.import_file(desk.counter, desk.tmp / "latin1.csv", LIST_DATE)
    assert exc.value.problems[0].text() == "The file is not UTF-8 text."
    with pytest.raises(ValidationError) as future:
        desk.services.counter.stolen_vehicles.import_file(desk.counter, write(desk, "l.csv", LIST_CSV),
                                                          date(2026, 12, 1))
    assert problems_of(future) == {"list_date": "This date is in the future."}
    with pytest.raises(PermissionDenied):
        import_list_as = F.make_actor(desk.services, Role.CRO_OFFICER, desk.station.id, "cro1")
        desk.services.counter.stolen_vehicles.import_file(import_list_as, write(desk, "l.csv", LIST_CSV), LIST_DATE)


def test_vehicle_verification_hits_by_plate_however_written_chassis_and_engine(desk: Desk) -> None:
    import_list(desk)
    cases = {
        "lea 12 1234": "On the stolen-vehicle list by registration number: LEA-12-1234, FIR 412/2026 of 02-11-2026, "
                       "Gulberg, Lahore (Honda CD-70 red)",
        "LEA-۱۲۳۴": "On the stolen-vehicle list by registration number (the year group is missing on one side): "
                    "LEA-12-1234, FIR 412/2026 of 02-11-2026, Gulberg, Lahore (Honda CD-70 red)",
        "rik 0555": "On the stolen-vehicle list by registration number: RIK-555, FIR 9/2026 of 04-01-2026, "
                    "Waris Khan, Rawalpindi (Suzuki Mehran)",
    }
    for plate, text in cases.items():
        findings = verify(desk, receive(desk, "vehicle_verification", vehicle_type="motorcycle",
                                        registration_number=plate))
        assert [(f.source, f.hit, f.en) for f in findings] == [("stolen_vehicle", True, text)], plate
        assert findings[0].record_uid.startswith("stolen_vehicle:") and "بلحاظ رجسٹریشن نمبر" in findings[0].ur
    by_chassis = verify(desk, receive(desk, "vehicle_verification", vehicle_type="car",
                                      chassis_number="nze141 6012345"))
    assert [f.en.split(":")[0] for f in by_chassis] == ["On the stolen-vehicle list by chassis number"]
    by_engine = verify(desk, receive(desk, "vehicle_verification", vehicle_type="car", engine_number="2nz7712345"))
    assert "Report 17 of 01-09-2026" in by_engine[0].en and by_engine[0].hit
    other_year = verify(desk, receive(desk, "vehicle_verification", vehicle_type="motorcycle",
                                      registration_number="LEA-15-1234"))
    assert [(f.hit, f.en) for f in other_year] == [
        (False, "Not on the stolen-vehicle list (4 entries checked, list of 28-11-2026)")]
    assert other_year[0].ur == "چوری شدہ گاڑیوں کی فہرست میں نہیں (4 اندراجات دیکھے گئے، فہرست بتاریخ 28-11-2026)"


def test_the_stations_own_theft_fir_is_on_the_list_until_cancelled(desk: Desk) -> None:
    application = receive(desk, "vehicle_verification", vehicle_type="car", registration_number="LEB 8979")
    assert [(f.hit, f.en) for f in verify(desk, application)] == [(False, (
        "Not on the stolen-vehicle list (0 entries checked: this station's FIRs; no district list imported yet)"))]
    fir = desk.services.firs.register(desk.moharrar, F.fir_draft(
        desk.services, desk.clock.now, section_ids=[F.section_id(desk.services, "PPC", "381-A")],
        property_taken="car Suzuki Mehran No. LEB-8979, model 2015, worth Rs 900,000"))
    findings = verify(desk, application)
    assert [(f.hit, f.record_uid) for f in findings] == [(True, fir.uid)]
    assert findings[0].en == (f"On the stolen-vehicle list by registration number: LEB-8979, FIR {fir.serial}/2026 "
                              f"of 30-11-2026, {desk.station.name_en}")
    desk.services.firs.cancel(desk.head, fir.id, "False information; kalandra u/s 182 PPC sent")
    assert [f.hit for f in verify(desk, application)] == [False]


def test_the_counter_checks_a_typed_vehicle_and_every_identifier_is_validated(desk: Desk) -> None:
    import_list(desk)
    stolen = desk.services.counter.stolen_vehicles
    assert [f.hit for f in stolen.check(desk.counter, "", "", "2NZ 77 12345")] == [True]
    with pytest.raises(ValidationError) as exc:
        stolen.check(desk.counter, "12", "ab", "")
    assert problems_of(exc) == {
        "registration": "A registration number is letters then digits, for example LEB-8979 or ICT-AB-123.",
        "chassis": "A chassis or engine number is 5 to 25 letters and digits."}
    with pytest.raises(ValidationError) as none:
        stolen.check(desk.counter, " ", "", "")
    assert problems_of(none) == {"registration": "Enter the registration, chassis or engine number of the vehicle."}
    with pytest.raises(ValidationError) as form:
        receive(desk, "vehicle_verification", vehicle_type="car", engine_number="x1")
    assert problems_of(form) == {"engine_number": "A chassis or engine number is 5 to 25 letters and digits."}


# --- tenants and employees ---------------------------------------------------------------------------------

TENANT = dict(landlord_name="Rashid Mehmood", landlord_cnic="35202-2222222-2", tenant_name="Kashif Iqbal",
              tenant_cnic="35202-3333333-3", property_address="House 7, Street 3, Faisal Town, Lahore",
              tenancy_from="2026-11-01")
EMPLOYEE = dict(employer_name="Nadia Hassan", employer_cnic="35202-4444444-4", employee_name="Shabana Bibi",
                employee_cnic="35202-5555555-5", employment="domestic",
                workplace_address="12-B Gulberg III, Lahore", started_on="2026-10-01")


def wanted(desk: Desk, cnic: str) -> None:
    with desk.services.db.write() as s:
        s.add(WantedPerson(uid="national:w9", position=1, source="national", category="proclaimed_offender",
                           name_en="Kashif Iqbal", cnic=cnic, reason="PO in FIR 77/2024, Sheikhupura"))


def test_the_tenants_cnic_is_checked_and_a_hit_says_whose(desk: Desk) -> None:
    clear = verify(desk, receive(desk, "tenant_registration", **TENANT))
    assert [(f.source, f.hit, f.en) for f in clear] == [
        ("cro_cnic", False, "Tenant: no criminal record or wanted-list entry under CNIC 35202-3333333-3")]
    wanted(desk, "35202-3333333-3")
    hit = verify(desk, receive(desk, "tenant_registration", **TENANT))
    assert [(f.hit, f.en, f.record_uid) for f in hit] == [
        (True, "Tenant: Proclaimed offender: Kashif Iqbal: PO in FIR 77/2024, Sheikhupura", "national:w9")]
    assert hit[0].ur.startswith("کرایہ دار: اشتہاری مجرم")
    with pytest.raises(ValidationError) as same:
        receive(desk, "tenant_registration", **{**TENANT, "tenant_cnic": TENANT["landlord_cnic"]})
    assert problems_of(same) == {"tenant_cnic": "This is the same CNIC as the other party's."}


def test_employees_and_servants_are_checked_and_their_dates_validated(desk: Desk) -> None:
    wanted(desk, "35202-5555555-5")
    hits = verify(desk, receive(desk, "employee_registration", **EMPLOYEE))
    assert [(f.hit, f.en.split(":")[0]) for f in hits] == [(True, "Employee")]
    verification = receive(desk, "employee_verification", employer_name="Sapphire Textiles",
                           employee_name="Imran Ali", employee_cnic="35202-6666666-6",
                           employee_address="Chak 45, Jaranwala")
    assert [(f.hit, f.en) for f in verify(desk, verification)] == [
        (False, "Employee: no criminal record or wanted-list entry under CNIC 35202-6666666-6")]
    with pytest.raises(ValidationError) as bad:
        receive(desk, "employee_registration", **{**EMPLOYEE, "employee_cnic": EMPLOYEE["employer_cnic"],
                                                  "started_on": "2026-12-01"})
    assert problems_of(bad) == {"employee_cnic": "This is the same CNIC as the other party's.",
                                "started_on": "This date is in the future."}


def test_registrations_are_found_by_cnic_name_or_address(desk: Desk) -> None:
    tenancy = receive(desk, "tenant_registration", **TENANT)
    servant = receive(desk, "employee_registration", **EMPLOYEE)
    receive(desk, "character_certificate", purpose="visa", residence_district="Lahore")
    search = desk.services.counter.registrations
    moharrar = desk.moharrar  # a police officer, not counter staff, looks them up too
    for query, expected in (("35202-3333333-3", [tenancy.id]), ("3520222222222", [tenancy.id]),
                            ("kashif", [tenancy.id]), ("faisal town", [tenancy.id]),
                            ("SHABANA", [servant.id]), ("lahore", [servant.id, tenancy.id]),
                            ("35202-9999999-9", []), ("50%", [])):
        assert [r.application_id for r in search.search(moharrar, query)] == expected, query
    [row] = search.search(desk.counter, "35202-4444444-4")
    assert (row.name, row.cnic, row.other_name, row.kind, row.since, row.address) == (
        "Shabana Bibi", "35202-5555555-5", "Nadia Hassan", "domestic", "2026-10-01", "12-B Gulberg III, Lahore")
    for query, message in (("ab", "Search by CNIC, or by at least 3 letters of a name or address."),
                           ("35202-12345", "A CNIC has 13 digits, written 12345-1234567-1.")):
        with pytest.raises(ValidationError) as exc:
            search.search(desk.counter, query)
        assert problems_of(exc)["search"].split(" (")[0] == message, query
    with pytest.raises(PermissionDenied):
        search.search(F.make_actor(desk.services, Role.CRO_OFFICER, desk.station.id, "cro2"), "kashif")


# --- FIR copy and lost-document report --------------------------------------------------------------------

def test_an_fir_copy_finds_the_fir_in_this_stations_register(desk: Desk) -> None:
    fir = desk.services.firs.register(desk.moharrar, F.fir_draft(desk.services, desk.clock.now))
    station = desk.station.name_en
    found = receive(desk, "fir_copy", fir_number=str(fir.serial), fir_year="2026", police_station=station,
                    relation="complainant")
    [finding] = verify(desk, found)
    assert (finding.hit, finding.record_uid) == (False, fir.uid)
    assert finding.en == (f"FIR No. {fir.serial}/2026 of 30-11-2026, {station}; sections: PPC 379; "
                          "complainant: Muhammad Aslam")
    assert "مدعی: محمد اسلم" in finding.ur
    with desk.services.db.read() as s:
        application = s.get(CounterApplication, found.id)
        assert application is not None
        head = fir_of_application(s, application)
        assert head is not None and head.id == fir.id  # what the counter opens to print the certified copy
    missing = verify(desk, receive(desk, "fir_copy", fir_number="999", fir_year="2025", police_station=station,
                                   relation="lawyer"))
    assert [(f.hit, f.en) for f in missing] == [(True, f"FIR No. 999/2025 is not in the register of {station}")]
    elsewhere = verify(desk, receive(desk, "fir_copy", fir_number=str(fir.serial), fir_year="2026",
                                     police_station="Kotwali Sialkot", relation="accused"))
    assert [f.hit for f in elsewhere] == [True, False]
    assert elsewhere[0].en == f"The applicant named police station \"Kotwali Sialkot\"; this is {station}"
    with pytest.raises(ValidationError) as bad:
        receive(desk, "fir_copy", fir_number="5", fir_year="2027", police_station=station, relation="victim")
    assert problems_of(bad) == {"fir_year": "The year must be from 1947 to 2026."}


def test_a_cancelled_fir_is_a_hit_for_the_approver(desk: Desk) -> None:
    fir = desk.services.firs.register(desk.moharrar, F.fir_draft(desk.services, desk.clock.now))
    desk.services.firs.cancel(desk.head, fir.id, "Registered twice; see FIR 2")
    findings = verify(desk, receive(desk, "fir_copy", fir_number=str(fir.serial), fir_year="2026",
                                    police_station=desk.station.name_en, relation="complainant"))
    assert [(f.hit, f.en) for f in findings] == [
        (True, f"FIR No. {fir.serial}/2026 was cancelled: Registered twice; see FIR 2")]


def test_a_lost_document_report_records_what_when_and_where(desk: Desk) -> None:
    application = receive(desk, "lost_document_report", document_type="passport", document_number="AB1234567",
                          lost_on="2026-11-28", lost_at="Liberty Market, Lahore")
    assert [(f.source, f.hit, f.en, f.ur) for f in verify(desk, application)] == [(
        "loss_report", False, "Reported lost: Passport No. AB1234567, on 28-11-2026, at Liberty Market, Lahore",
        "گمشدگی کی اطلاع: پاسپورٹ نمبر AB1234567، بتاریخ 28-11-2026، بمقام Liberty Market, Lahore")]
    with pytest.raises(ValidationError) as bad:
        receive(desk, "lost_document_report", document_type="cnic", document_number="12345",
                lost_on=(MONDAY_10 + timedelta(days=2)).date().isoformat(), lost_at="Bus stop")
    assert set(problems_of(bad)) == {"document_number", "lost_on"}

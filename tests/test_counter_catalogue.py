"""The Khidmat Markaz service catalogue: the shipped file, its validation at load, and the field checks."""

from __future__ import annotations

import copy
import json
import pkgutil
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.counter import hooks
from app.counter.catalogue import CATALOGUE_FILE, CatalogueError, FieldKind, Service, TurnaroundUnit, load_catalogue
from app.counter.fields import check_values
from app.documents.kinds import DocumentKind
from app.errors import ValidationError
from app.security.permissions import Role

URDU = re.compile(r"[\u0600-\u06FF]")
TODAY = date(2026, 12, 1)
CATALOGUE = load_catalogue()
GOOD = {  # one acceptable value per field kind
    FieldKind.TEXT: "Some text", FieldKind.NAME: "Muhammad Aslam", FieldKind.CNIC: "3520212345671",
    FieldKind.PASSPORT: "AB1234567", FieldKind.DATE: "2026-11-30", FieldKind.PHONE: "0300 1234567",
    FieldKind.VEHICLE_REGISTRATION: "leb 8979", FieldKind.NUMBER: "12",
}
OTHER_CNIC = "3520276543211"


def good_values(service: Service) -> dict[str, str]:
    values = {f.name: f.choices[0].code if f.kind is FieldKind.CHOICE else GOOD[f.kind] for f in service.fields}
    if service.code == "lost_document_report":  # the first choice is a lost CNIC, whose number is a CNIC
        values["document_number"] = GOOD[FieldKind.CNIC]
    for other_party in ("tenant_cnic", "employee_cnic"):  # the landlord or employer is someone else
        if other_party in values and service.code != "employee_verification":
            values[other_party] = OTHER_CNIC
    if service.code == "fir_copy":  # the year of a registered FIR
        values["fir_year"] = "2026"
    return values


def test_the_shipped_catalogue_has_the_fourteen_services_of_the_brief() -> None:
    assert len(CATALOGUE.services) == 14
    assert len(set(CATALOGUE.codes())) == 14
    for service in CATALOGUE.services:
        assert service.fields and service.turnaround.amount > 0 and service.fee_pkr >= 0
        assert isinstance(service.approver, Role) and isinstance(service.issues, DocumentKind)
        labels = [(service.name_en, service.name_ur)] + [(f.label_en, f.label_ur) for f in service.fields] + [
            (d.en, d.ur) for d in service.documents] + [(c.en, c.ur) for f in service.fields for c in f.choices]
        for english, urdu in labels:
            assert URDU.search(urdu) and not URDU.search(english), (service.code, english)


def test_the_briefs_figures_for_the_character_certificate() -> None:
    certificate = CATALOGUE.get("character_certificate")
    assert certificate.fee_pkr == 500 and certificate.assumed == frozenset()
    assert (certificate.turnaround.amount, certificate.turnaround.unit) == (3, TurnaroundUnit.WORKING_DAYS)
    assert certificate.approver is Role.SHO and certificate.issues is DocumentKind.CHARACTER_CERTIFICATE
    assert any("Affidavit" in d.en for d in certificate.documents)


def catalogue_file(tmp_path: Path, change: Any) -> Path:
    raw = json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))
    change(raw["services"])
    path = tmp_path / "services.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def set_key(index: int, key: str, value: object) -> Any:
    return lambda services: services[index].__setitem__(key, value)


def set_field_key(index: int, key: str, value: object) -> Any:
    return lambda services: services[index]["fields"][0].__setitem__(key, value)


@pytest.mark.parametrize(("change", "entry", "says"), [
    (lambda s: s.append(copy.deepcopy(s[0])), "character_certificate", "used by an earlier service"),
    (set_key(2, "approver", "constable"), "employee_verification", "unknown approver role 'constable'"),
    (set_field_key(3, "kind", "fingerprint"), "employee_registration", "unknown kind of field"),
    (set_key(4, "turnaround", {"amount": 0, "unit": "hours"}), "tenant_registration", "positive"),
    (set_key(4, "turnaround", {"amount": 2, "unit": "weeks"}), "tenant_registration", "turnaround unit"),
    (set_key(5, "fee_pkr", -1), "vehicle_verification", "0 or more"),
    (set_key(5, "fee_pkr", 12.5), "vehicle_verification", "whole number"),
    (set_key(6, "issues", "passport"), "medico_legal", "unknown document kind 'passport'"),
    (set_key(7, "hook", "no_such_module"), "lost_document_report", "cannot be imported"),
    (set_key(7, "hook", "os.path"), "lost_document_report", "identifier"),
    (set_key(8, "assumed", ["en"]), "crime_report", "'assumed' may name only"),
    (set_key(9, "colour", "red"), "fir_copy", "unknown key(s) ['colour']"),
    (set_field_key(0, "choices", []), "character_certificate", "kind 'choice'"),
    (set_field_key(1, "required", "yes"), "general_verification", "true or false"),
    (lambda s: s[10].pop("approver"), "violence_against_women", "'approver' is missing"),
    (lambda s: s[11]["fields"].append(copy.deepcopy(s[11]["fields"][0])), "vulnerable_protection", "same name"),
    (set_key(12, "ur", ""), "driving_licence", "non-empty"),
])
def test_a_broken_catalogue_fails_naming_the_entry(tmp_path: Path, change: Any, entry: str, says: str) -> None:
    with pytest.raises(CatalogueError) as info:
        load_catalogue(catalogue_file(tmp_path, change))
    assert f"service {entry}:" in str(info.value) and says in str(info.value)


def test_an_unreadable_catalogue_fails_clearly(tmp_path: Path) -> None:
    (tmp_path / "services.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match="cannot be read"):
        load_catalogue(tmp_path / "services.json")


ARMS_HOOK = '''
from app.errors import FieldProblem


def check(values, today):
    del today
    if values["weapon"] == "rifle" and "licence_number" not in values:
        return [FieldProblem("licence_number", "A rifle needs its licence number.")]
    return []
'''


ARMS_ENTRY: dict[str, Any] = {
    "code": "arms_licence_verification", "en": "Arms licence verification", "ur": "اسلحہ لائسنس کی تصدیق",
    "fields": [
        {"name": "weapon", "kind": "choice", "required": True, "en": "Weapon", "ur": "اسلحہ",
         "choices": [{"code": "pistol", "en": "Pistol", "ur": "پستول"},
                     {"code": "rifle", "en": "Rifle", "ur": "رائفل"}]},
        {"name": "licence_number", "kind": "text", "required": False, "en": "Licence", "ur": "لائسنس نمبر"},
    ],
    "documents": [{"en": "Original licence", "ur": "اصل لائسنس", "required": True}],
    "fee_pkr": 0, "turnaround": {"amount": 5, "unit": "working_days"}, "approver": "sho",
    "issues": "verification_report", "assumed": ["fee_pkr", "turnaround"],
}


def test_a_new_service_is_one_catalogue_entry(tmp_path: Path) -> None:
    catalogue = load_catalogue(catalogue_file(tmp_path, lambda services: services.append(ARMS_ENTRY)))
    service = catalogue.get("arms_licence_verification")
    assert len(catalogue.services) == 15 and service.turnaround.amount == 5 and service.hook is None
    assert check_values(service, {"weapon": "rifle"}, TODAY) == {"weapon": "rifle"}


def test_a_new_rule_of_its_own_is_one_small_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The hook package is a parameter, so the test's module lives in a package of its own."""
    hooks = tmp_path / "station_hooks"
    hooks.mkdir()
    (hooks / "__init__.py").write_text("", encoding="utf-8")
    (hooks / "arms_licence.py").write_text(ARMS_HOOK, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    path = catalogue_file(tmp_path, lambda services: services.__setitem__(
        slice(None), [ARMS_ENTRY | {"hook": "arms_licence"}]))
    service = load_catalogue(path, hook_package="station_hooks").get("arms_licence_verification")
    assert check_values(service, {"weapon": "pistol"}, TODAY) == {"weapon": "pistol"}
    with pytest.raises(ValidationError) as info:
        check_values(service, {"weapon": "rifle"}, TODAY)
    assert [p.field for p in info.value.problems] == ["licence_number"]


@pytest.mark.parametrize("code", CATALOGUE.codes())
def test_good_values_pass_every_service_cleaned(code: str) -> None:
    service = CATALOGUE.get(code)
    cleaned = check_values(service, good_values(service), TODAY)
    for spec in service.fields:
        expected = {FieldKind.CNIC: "35202-7654321-1" if spec.name in ("tenant_cnic", "employee_cnic")
                    and code != "employee_verification" else "35202-1234567-1", FieldKind.PHONE: "0300-1234567",
                    FieldKind.VEHICLE_REGISTRATION: "LEB-8979"}.get(spec.kind)
        if expected:
            assert cleaned[spec.name] == expected


def test_every_bad_field_is_reported_at_once() -> None:
    service = CATALOGUE.get("tenant_registration")
    values = good_values(service) | {"landlord_cnic": "123", "tenant_name": "", "tenancy_from": "2026-02-30",
                                     "mobile": "12345", "landlord_name": "Aslam 2"}
    with pytest.raises(ValidationError) as info:
        check_values(service, values, TODAY)
    assert sorted(p.field for p in info.value.problems) == [
        "landlord_cnic", "landlord_name", "mobile", "tenancy_from", "tenant_name"]


def test_a_choice_outside_the_list_and_an_overlong_text_are_refused() -> None:
    service = CATALOGUE.get("crime_report")
    values = good_values(service) | {"category": "murder", "incident_place": "x" * 201}
    with pytest.raises(ValidationError) as info:
        check_values(service, values, TODAY)
    assert sorted(p.field for p in info.value.problems) == ["category", "incident_place"]


def test_optional_fields_may_be_left_empty_and_unknown_fields_are_a_programming_error() -> None:
    service = CATALOGUE.get("character_certificate")
    values = {"purpose": "visa", "residence_district": "Lahore", "mobile": "03001234567", "residence_since": " "}
    assert check_values(service, values, TODAY) == {"purpose": "visa", "residence_district": "Lahore",
                                                    "mobile": "0300-1234567"}
    with pytest.raises(ValueError, match="not fields of service"):
        check_values(service, values | {"blood_group": "B+"}, TODAY)


def test_vehicle_verification_needs_one_identifier() -> None:
    service = CATALOGUE.get("vehicle_verification")
    with pytest.raises(ValidationError) as info:
        check_values(service, {"vehicle_type": "car", "mobile": "0300-1234567"}, TODAY)
    assert [p.field for p in info.value.problems] == ["registration_number"]
    assert check_values(service, {"vehicle_type": "car", "mobile": "0300-1234567", "engine_number": "E1234"}, TODAY)
    with pytest.raises(ValidationError) as short:
        check_values(service, {"vehicle_type": "car", "mobile": "0300-1234567", "engine_number": "E123"}, TODAY)
    assert [(p.field, p.text()) for p in short.value.problems] == [
        ("engine_number", "A chassis or engine number is 5 to 25 letters and digits.")]


@pytest.mark.parametrize(("document_type", "number", "lost_on", "bad"), [
    ("cnic", "35202-1234567-1", "2026-11-30", []),
    ("cnic", "LEB-8979", "2026-11-30", ["document_number"]),
    ("passport", "AB 12", "2026-12-02", ["document_number", "lost_on"]),
    ("driving_licence", "LHR/1234/2019", "2026-12-01", []),
])
def test_lost_document_hook(document_type: str, number: str, lost_on: str, bad: list[str]) -> None:
    service = CATALOGUE.get("lost_document_report")
    values = {"document_type": document_type, "document_number": number, "lost_on": lost_on,
              "lost_at": "Liberty Market", "mobile": "0300-1234567"}
    if not bad:
        check_values(service, values, TODAY)
        return
    with pytest.raises(ValidationError) as info:
        check_values(service, values, TODAY)
    assert sorted(p.field for p in info.value.problems) == bad


@pytest.mark.parametrize("typed", ["2026-W48-1", "20261201", "01-12-2026", "1899-12-31", "2026-13-01"])
def test_dates_are_written_yyyy_mm_dd(typed: str) -> None:
    service = CATALOGUE.get("medico_legal")
    with pytest.raises(ValidationError) as info:
        check_values(service, good_values(service) | {"incident_date": typed}, TODAY)
    assert [p.field for p in info.value.problems] == ["incident_date"]


@settings(max_examples=200)
@given(st.sampled_from(CATALOGUE.codes()), st.data())
def test_anything_typed_is_accepted_cleaned_or_refused_with_field_problems(code: str, data: st.DataObject) -> None:
    service = CATALOGUE.get(code)
    values = {f.name: data.draw(st.one_of(st.text(max_size=40), st.just(good_values(service)[f.name])), f.name)
              for f in service.fields}
    try:
        cleaned = check_values(service, values, TODAY)
    except ValidationError as exc:
        assert exc.problems and {p.field for p in exc.problems} <= set(values)
    else:
        assert set(cleaned) <= set(values)


def test_every_hook_module_is_named_by_a_service() -> None:
    """A hook nobody names is dead code; the loader already refuses a name with no module."""
    shipped = {info.name for info in pkgutil.iter_modules(hooks.__path__)}
    named = {entry["hook"] for entry in json.loads(CATALOGUE_FILE.read_text(encoding="utf-8"))["services"]
             if entry.get("hook")}
    assert shipped == named == {"vehicle_verification", "lost_document", "tenant_registration",
                                "employee_registration", "employee_verification", "fir_copy",
                                "character_certificate", "general_verification"}
    assert CATALOGUE.get("vehicle_verification").field("registration_number").kind is FieldKind.VEHICLE_REGISTRATION
    with pytest.raises(KeyError):
        CATALOGUE.get("vehicle_verification").field("colour")

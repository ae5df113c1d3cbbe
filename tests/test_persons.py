"""The person master index: one person, one record; possible matches before a new record."""

from __future__ import annotations

import pytest

from app.errors import ValidationError
from app.registers.fir_rules import PartyRef
from app.registers.persons import PersonDraft, check_person
from app.services import Services
from tests import factories as F


def test_the_same_cnic_is_the_same_person(services: Services) -> None:
    station = F.first_station(services)
    first = services.firs.register(station.moharrar, F.fir_draft(services))
    again = F.complainant(name_en="Muhammad Aslam Khan", cnic="3520212345671")  # bare digits, same number
    second = services.firs.register(station.moharrar, F.fir_draft(services, complainant=PartyRef(draft=again)))
    assert first.complainant_id == second.complainant_id


def test_similar_name_and_same_parentage_are_offered_before_a_new_record(services: Services) -> None:
    station = F.first_station(services)
    services.firs.register(station.moharrar, F.fir_draft(services))
    similar = F.complainant(name_en="M. Aslam", cnic="")
    assert [p.name_en for p in services.persons.matches(similar)] == ["Muhammad Aslam"]
    urdu_only = F.complainant(name_en="", relative_name_en="", cnic="")
    assert [p.name_ur for p in services.persons.matches(urdu_only)] == ["محمد اسلم"]
    stranger = F.complainant(name_en="Muhammad Aslam", relative_name_en="Bashir Ahmad", relative_name_ur="", cnic="")
    assert services.persons.matches(stranger) == []


def test_cnic_gender_mismatch_warns_but_does_not_refuse() -> None:
    checked = check_person(F.complainant(cnic="35202-1234567-2", gender="M"))
    assert [w.field for w in checked.warnings] == ["cnic"]
    assert checked.draft.cnic == "35202-1234567-2"


def test_bad_person_fields_are_each_named() -> None:
    bad = F.complainant(cnic="95202-1234567-1", nicop="12", passport="AB-12", name_ur="Aslam", phones=["12"],
                        age_years=130)
    with pytest.raises(ValidationError) as refused:
        check_person(bad, "complainant.")
    expected = {"cnic", "nicop", "passport", "name_ur", "phones", "age_years"}
    assert {p.field for p in refused.value.problems} == {f"complainant.{name}" for name in expected}


def test_people_without_a_cnic_are_separate_records(services: Services) -> None:
    station = F.first_station(services)
    first = services.persons.create(station.moharrar, PersonDraft(name_en="Allah Ditta"))
    second = services.persons.create(station.moharrar, PersonDraft(name_en="Allah Rakha"))
    assert first.id != second.id and first.cnic is None and second.cnic is None

"""Validators and the search-expression builder, property-tested."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import ValidationError
from app.registers.persons import PersonDraft, check_person
from app.registers.search_index import match_expression
from app.validation.cnic import check_cnic, mask, normalise
from app.validation.passport import check_passport
from app.validation.phone import check_mobile
from app.validation.vehicle import check_registration

digits = st.text(alphabet="0123456789", min_size=1, max_size=1)


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_any_13_digits_with_a_province_digit_are_accepted_in_both_forms(number: str) -> None:
    result = check_cnic(number)
    dashed = check_cnic(f"{number[:5]}-{number[5:12]}-{number[12]}")
    if number[0] in "12345678":
        assert result.value == dashed.value == f"{number[:5]}-{number[5:12]}-{number[12]}"
    else:
        assert result.value is None and result.error is not None


@given(st.text(max_size=20).filter(lambda t: len([c for c in t if c.isdigit()]) != 13))
def test_anything_without_13_digits_is_refused(raw: str) -> None:
    result = check_cnic(raw)
    assert result.value is None and result.error


def test_urdu_digits_are_normalised() -> None:
    assert normalise("۳۵۲۰۲-۱۲۳۴۵۶۷-۱") == "35202-1234567-1"


@pytest.mark.parametrize(("cnic", "gender", "warns"), [
    ("35202-1234567-1", "M", False), ("35202-1234567-2", "M", True),
    ("35202-1234567-4", "F", False), ("35202-1234567-3", "F", True), ("35202-1234567-3", "", False),
])
def test_last_digit_against_gender_warns_but_accepts(cnic: str, gender: str, warns: bool) -> None:
    result = check_cnic(cnic, gender)
    assert result.value == cnic and (result.warning is not None) == warns


@pytest.mark.parametrize("bad", ["3520-1234567-1", "35202-123456-71", "352021234567", "9520212345671",
                                 "35202-1234567-1; DROP TABLE person", "ABCDE-1234567-1"])
def test_malformed_cnics_are_refused(bad: str) -> None:
    assert check_cnic(bad).error is not None


@given(st.text(alphabet="0123456789", min_size=13, max_size=13))
def test_mask_keeps_only_two_digits(number: str) -> None:
    masked = mask(f"{number[:5]}-{number[5:12]}-{number[12]}")
    assert sum(c.isdigit() for c in masked) == 2


@pytest.mark.parametrize(("field", "value"), [
    ("name_en", "Muhammad اسلم"),  # mixed scripts in one name
    ("name_ur", "محمد Aslam"),
    ("name_en", "Robert'); DROP TABLE person;--"),
    ("name_en", "A" * 101),
    ("name_en", "Aslam 2"),
])
def test_bad_names_are_refused(field: str, value: str) -> None:
    draft = PersonDraft(name_en="Aslam", name_ur="اسلم")
    setattr(draft, field, value)
    with pytest.raises(ValidationError) as info:
        check_person(draft)
    assert info.value.problems[0].field == field


def test_good_person_passes_with_cleaned_fields() -> None:
    checked = check_person(PersonDraft(name_en="  Mst. Naseem Bibi ", name_ur="نسیم بی بی", relation="w/o",
                                       cnic="3520212345674", gender="F"))
    assert checked.draft.name_en == "Mst. Naseem Bibi" and checked.draft.cnic == "35202-1234567-4"
    assert checked.warnings == []


@given(st.text(max_size=80))
def test_any_typed_text_gives_a_valid_fts_expression(typed: str) -> None:
    """Whatever is typed, the expression is either None or accepted by FTS5."""
    expr = match_expression(typed)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    conn.execute("INSERT INTO t VALUES ('FIR 12/2026 محمد اسلم theft 379')")
    if expr is not None:
        conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (expr,)).fetchall()


def test_expression_quotes_operators() -> None:
    assert match_expression('NEAR( OR "x') == '"NEAR(" AND "OR" AND """x"*'
    assert match_expression("  ;; --  ") is None


# Mobile numbers: 03XX-XXXXXXX, whatever way they were typed.
nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(st.text(alphabet="0123456789", min_size=2, max_size=2), nine_digits,
       st.sampled_from(["0{n}", "0{a}-{b}", "+92{t}", "+92 {a3} {b}", "0092{t}", "92{t}", "0{a} {b}"]))
def test_every_written_form_of_a_mobile_number_gives_the_same_number(operator: str, rest: str, form: str) -> None:
    number = "3" + operator + rest[2:]
    whole = "0" + number[:3] + number[3:]
    typed = form.format(n=number, a=whole[1:4], b=whole[4:], t=number, a3=number[:3])
    result = check_mobile(typed)
    assert result.value == f"{whole[:4]}-{whole[4:]}" and result.error is None
    assert check_mobile(result.value).value == result.value


def test_urdu_digits_in_a_mobile_number_are_normalised() -> None:
    assert check_mobile("۰۳۰۰-۱۲۳۴۵۶۷").value == "0300-1234567"


@given(st.text(max_size=20).filter(lambda t: sum(c.isdigit() for c in t) not in (11, 12, 13)))
def test_text_without_a_mobile_numbers_digit_count_is_refused(raw: str) -> None:
    result = check_mobile(raw)
    assert result.value is None and result.error


@pytest.mark.parametrize("bad", ["0200-1234567", "0300-123456", "0300-12345678", "+93 300 1234567",
                                 "0300-1234567; DROP TABLE person", "O300-1234567", "042-35761234"])
def test_malformed_mobile_numbers_are_refused(bad: str) -> None:
    assert check_mobile(bad).error is not None


# Vehicle registration marks: letters, an optional second group, digits.
series = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4)
middle = st.one_of(st.just(""), st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=1, max_size=3),
                   st.text(alphabet="0123456789", min_size=2, max_size=2))
serial = st.integers(min_value=1, max_value=9999).map(str)
separator = st.sampled_from(["-", " ", "", " - ", "--"])


@given(series, middle, serial, separator, separator, st.booleans())
def test_a_plate_typed_any_way_has_one_canonical_form(
        letters: str, group: str, number: str, sep1: str, sep2: str, lower: bool) -> None:
    # without a separator two letter groups (or a year and the serial) run together and read as one
    if group.isalpha() and not sep1:
        sep1 = "-"
    if group.isdigit() and not sep2:
        sep2 = "-"
    typed = f"{letters}{sep1}{group}{sep2}{number}" if group else f"{letters}{sep1}{number}"
    result = check_registration(typed.lower() if lower else typed)
    canonical = "-".join(part for part in (letters, group, number) if part)
    assert result.value == canonical and result.error is None
    assert check_registration(canonical).value == canonical


@given(st.text(max_size=16).filter(lambda t: not any(c.isdigit() for c in t)))
def test_a_plate_without_digits_is_refused(raw: str) -> None:
    assert check_registration(raw).error is not None


@pytest.mark.parametrize("bad", ["LEB-0", "LEB-12345", "ABCDE-12", "LEB-8979-X", "8979", "LE B 8979 1",
                                 "LEB-8979'; DROP TABLE v;--", "لاہور-۱۲۳"])
def test_malformed_plates_are_refused(bad: str) -> None:
    assert check_registration(bad).error is not None


@pytest.mark.parametrize(("raw", "value"), [("ab1234567", "AB1234567"), (" X12345 ", "X12345")])
def test_passports_are_upper_case_letters_and_digits(raw: str, value: str) -> None:
    assert check_passport(raw).value == value


@given(st.text(max_size=30).filter(lambda t: not (t.strip().isascii() and t.strip().isalnum()
                                                  and 6 <= len(t.strip()) <= 20)))
def test_anything_else_is_not_a_passport_number(raw: str) -> None:
    assert check_passport(raw).error is not None

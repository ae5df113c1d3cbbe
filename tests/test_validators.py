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

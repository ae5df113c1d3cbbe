"""E-tags: what is printed reads back however it is typed, a mistyped character is caught, nothing typed
crashes the parser, and an e-tag and a counter tracking number are never read as each other."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.complaints.etag import BAD, MISTYPED, etag, looks_like_etag, parse_etag
from app.counter.tracking import ALPHABET, TrackingNumber, looks_like_tracking, parse_tracking
from app.errors import ValidationError

codes = st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=4),
                 min_size=1, max_size=4).map("-".join)
days = st.dates(date(2000, 1, 1), date(2099, 12, 31))
etags = st.builds(etag, codes, days, st.integers(1, 99_999))
URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(etags)
def test_a_printed_etag_reads_back_however_it_is_typed(number: TrackingNumber) -> None:
    printed = str(number)
    assert looks_like_etag(printed) and not looks_like_tracking(printed)
    assert parse_etag(printed) == number
    assert parse_etag(f"  {printed.lower().replace('-', ' - ')} ") == number
    assert parse_etag(printed.translate(URDU_DIGITS)) == number


@given(etags, st.data())
def test_any_one_mistyped_character_of_an_etag_is_caught(number: TrackingNumber, data: st.DataObject) -> None:
    printed = str(number)
    at = data.draw(st.sampled_from([i for i, c in enumerate(printed) if c != "-"]))
    wrong = data.draw(st.sampled_from([c for c in ALPHABET if c != printed[at]]))
    typed = printed[:at] + wrong + printed[at + 1:]
    try:
        parsed = parse_etag(typed)
    except ValidationError as exc:
        assert [p.field for p in exc.problems] == ["etag_no"]
        return
    pytest.fail(f"{typed} was read as {parsed}, not refused")


@given(codes, days, st.integers(1, 99_999))
def test_etags_and_tracking_numbers_are_never_read_as_each_other(code: str, day: date, seq: int) -> None:
    tracking, complaint = str(TrackingNumber(code, day, seq)), str(etag(code, day, seq))
    with pytest.raises(ValidationError):
        parse_etag(tracking)
    with pytest.raises(ValidationError):
        parse_tracking(complaint)


@given(st.text(max_size=60))
def test_the_etag_parser_refuses_anything_else_with_a_message(raw: str) -> None:
    try:
        parse_etag(raw)
    except ValidationError as exc:
        assert [p.field for p in exc.problems] == ["etag_no"]


def test_the_format_and_its_two_messages() -> None:
    good = str(etag("PB-LHR-MTN", date(2026, 12, 2), 7))
    assert good.startswith("PB-LHR-MTN-261202-E0007-") and len(good) == len("PB-LHR-MTN-261202-E0007-K")
    with pytest.raises(ValidationError) as mistyped:
        parse_etag(good.replace("E0007", "E0008"))
    assert mistyped.value.problems[0].message == MISTYPED
    for bad in ("PB-LHR-MTN-261302-E0007-K", "PB-LHR-MTN-261202-0007-K", "", "35202-1234567-1"):
        with pytest.raises(ValidationError) as malformed:
            parse_etag(bad)
        assert malformed.value.problems[0].message == BAD

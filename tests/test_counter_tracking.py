"""Tracking numbers: what is printed reads back, a mistyped character is caught, nothing typed crashes the
parser; and the due-time arithmetic of the timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import to_pkt
from app.counter.catalogue import Turnaround, TurnaroundUnit
from app.counter.timeline import due_time, is_working_day
from app.counter.tracking import ALPHABET, MISTYPED, TrackingNumber, looks_like_tracking, parse_tracking
from app.errors import ValidationError

codes = st.lists(st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=1, max_size=4),
                 min_size=1, max_size=4).map("-".join)
numbers = st.builds(TrackingNumber, codes, st.dates(date(2000, 1, 1), date(2099, 12, 31)),
                    st.integers(1, 99_999))
URDU_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


@given(numbers)
def test_a_printed_number_reads_back_however_it_is_typed(number: TrackingNumber) -> None:
    printed = str(number)
    assert looks_like_tracking(printed)
    assert parse_tracking(printed) == number
    assert parse_tracking(f"  {printed.lower().replace('-', ' - ')} ") == number
    assert parse_tracking(printed.translate(URDU_DIGITS)) == number


@given(numbers, st.data())
def test_any_one_mistyped_character_is_caught(number: TrackingNumber, data: st.DataObject) -> None:
    printed = str(number)
    positions = [i for i, c in enumerate(printed) if c != "-"]
    at = data.draw(st.sampled_from(positions))
    allowed = "0123456789" if printed[at].isdigit() and at < len(printed) - 1 else ALPHABET
    wrong = data.draw(st.sampled_from([c for c in allowed if c != printed[at]]))
    typed = printed[:at] + wrong + printed[at + 1:]
    try:
        parsed = parse_tracking(typed)
    except ValidationError:
        return
    pytest.fail(f"{typed} was read as {parsed}, not refused")


@given(st.text(max_size=60))
def test_the_parser_refuses_anything_else_with_a_message(raw: str) -> None:
    try:
        parse_tracking(raw)
    except ValidationError as exc:
        assert [p.field for p in exc.problems] == ["tracking_no"]


def test_the_messages_tell_a_malformed_number_from_a_mistyped_one() -> None:
    good = str(TrackingNumber("PB-LHR-MTN", date(2026, 12, 2), 7))
    assert good == "PB-LHR-MTN-261202-0007-" + good[-1]
    with pytest.raises(ValidationError) as mistyped:
        parse_tracking(good.replace("0007", "0008"))
    assert mistyped.value.problems[0].message == MISTYPED
    for bad in ("PB-LHR-MTN-261302-0007-K", "PB-LHR-MTN-0007-K", "", "35202-1234567-1"):
        with pytest.raises(ValidationError) as malformed:
            parse_tracking(bad)
        assert malformed.value.problems[0].message != MISTYPED
    assert not looks_like_tracking("35202-1234567-1")


@given(st.datetimes(datetime(2020, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC)), st.integers(1, 15))
def test_working_days_skip_weekends_and_keep_the_time_of_day(received: datetime, days: int) -> None:
    due = due_time(received, Turnaround(days, TurnaroundUnit.WORKING_DAYS))
    start, end = to_pkt(received), to_pkt(due)
    assert end.time() == start.time().replace(microsecond=start.microsecond)
    assert is_working_day(end.weekday())
    between = [start.date() + timedelta(days=n) for n in range(1, (end.date() - start.date()).days + 1)]
    assert sum(is_working_day(d.weekday()) for d in between) == days


@given(st.datetimes(datetime(2020, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC)), st.integers(1, 72))
def test_hours_are_hours(received: datetime, hours: int) -> None:
    assert due_time(received, Turnaround(hours, TurnaroundUnit.HOURS)) - received == timedelta(hours=hours)

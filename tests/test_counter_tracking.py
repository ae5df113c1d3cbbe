"""Tracking numbers: what is printed reads back, a mistyped character is caught, nothing typed crashes the
parser; and the due-time arithmetic of the timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.clock import to_pkt
from app.counter.catalogue import Turnaround, TurnaroundUnit
from app.counter.holidays import holidays_from, public_holidays
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
    assert is_working_day(end.date())
    between = [start.date() + timedelta(days=n) for n in range(1, (end.date() - start.date()).days + 1)]
    assert sum(is_working_day(d) for d in between) == days


def pkt(year: int, month: int, day: int, hour: int) -> datetime:
    return datetime(year, month, day, hour - 5, tzinfo=UTC)  # Pakistan time is UTC+5 all year


@pytest.mark.parametrize(("received", "days", "due"), [
    # Thursday 13 August 2026, 10:00: Friday is Independence Day, so 2 working days are Monday and Tuesday
    (pkt(2026, 8, 13, 10), 2, pkt(2026, 8, 18, 10)),
    # Friday 20 March 2026: Monday 23 March is Pakistan Day and Eid ul Fitr
    (pkt(2026, 3, 20, 11), 1, pkt(2026, 3, 24, 11)),
    # Tuesday 26 May 2026: Youm-e-Takbeer (Thursday 28) within Eid ul Adha, Wednesday 27 to Friday 29
    (pkt(2026, 5, 26, 9), 3, pkt(2026, 6, 3, 9)),
    # Friday 6 November 2026: Monday 9 is Iqbal Day
    (pkt(2026, 11, 6, 15), 1, pkt(2026, 11, 10, 15)),
    # Monday 30 November 2026, no holiday near: three working days are Thursday
    (pkt(2026, 11, 30, 10), 3, pkt(2026, 12, 3, 10)),
])
def test_public_holidays_do_not_count_as_working_days(received: datetime, days: int, due: datetime) -> None:
    assert due_time(received, Turnaround(days, TurnaroundUnit.WORKING_DAYS)) == due


def test_holidays_are_fixed_from_their_first_year_and_announced_per_year() -> None:
    holidays = public_holidays()
    assert date(2026, 8, 14) in holidays and date(2031, 8, 14) in holidays  # fixed: every year
    assert date(2023, 5, 28) not in holidays and date(2024, 5, 28) in holidays  # Youm-e-Takbeer since 2024
    assert date(2025, 6, 9) in holidays and date(2027, 6, 9) not in holidays  # Eid: its year only
    # an injected list: the day before 14 August with no holiday at all is Monday 17 -> Friday 14 counts
    none = holidays_from({"fixed": [], "years": {}})
    assert due_time(pkt(2026, 8, 13, 10), Turnaround(1, TurnaroundUnit.WORKING_DAYS), none) == pkt(2026, 8, 14, 10)


@pytest.mark.parametrize("raw", [
    {"fixed": [{"month": 2, "day": 30}], "years": {}},
    {"fixed": [], "years": {"2026": [{"from": "2026-03-23", "to": "2026-03-21", "en": "Eid"}]}},
    {"fixed": [], "years": {"2026": [{"from": "2025-03-21", "to": "2025-03-23", "en": "Eid"}]}},
])
def test_a_wrong_holiday_entry_is_refused(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        holidays_from(raw)


@given(st.datetimes(datetime(2020, 1, 1), datetime(2040, 1, 1), timezones=st.just(UTC)), st.integers(1, 72))
def test_hours_are_hours(received: datetime, hours: int) -> None:
    assert due_time(received, Turnaround(hours, TurnaroundUnit.HOURS)) - received == timedelta(hours=hours)

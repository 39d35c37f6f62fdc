"""Interval: construction, invariants, set operations, calendar-aware shifting."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest

from chronology import Interval, InvalidSpan


class TestConstruction:
    def test_accepts_iso_strings_dates_and_datetimes(self) -> None:
        """Strings, dates and aware or naive datetimes become aware pendulum DateTimes (naive = UTC)."""
        a = Interval("1999-11-05", dt.date(1999, 11, 6))
        b = Interval(dt.datetime(1999, 11, 5), pendulum.datetime(1999, 11, 6))
        assert a == b
        assert a.start.tzinfo is not None and a.start.utcoffset() == dt.timedelta(0)

    @pytest.mark.parametrize("start,end", [("1999-11-06", "1999-11-05"), ("1999-11-05", "1999-11-05")])
    def test_start_must_precede_end(self, start: str, end: str) -> None:
        """Empty and reversed intervals raise InvalidSpan, a ValueError."""
        with pytest.raises(InvalidSpan, match="before end"):
            Interval(start, end)

    def test_garbage_raises_typed_error(self) -> None:
        """Non-dates raise InvalidSpan, never a pendulum error."""
        with pytest.raises(InvalidSpan):
            Interval("not a date", "1999-11-05")
        with pytest.raises(InvalidSpan):
            Interval(42, "1999-11-05")  # type: ignore[arg-type]

    @pytest.mark.parametrize("start", ["0001-01-01T00:00:00+01:00", "0001-01-01T00:30:00+09:00"])
    def test_instants_before_year_1_in_utc_are_refused(self, start: str) -> None:
        """A start on January 1 of the year 1 east of UTC is in the year 0 in UTC: InvalidSpan,
        not an Interval whose hash and comparisons raise OverflowError (span_from_iso read
        one; '12:30 a.m. CET' said on 0001-01-01 resolved to one)."""
        with pytest.raises(InvalidSpan, match="outside the years 1-9999 in UTC"):
            Interval(start, "0001-01-02T00:00:00+01:00")
        with pytest.raises(InvalidSpan, match="outside the years 1-9999 in UTC"):
            Interval(pendulum.datetime(1, 1, 1, tz="Asia/Tokyo"), pendulum.datetime(1, 1, 2, tz="Asia/Tokyo"))
        assert hash(Interval("0001-01-01T01:00:00+01:00", "0001-01-02T00:00:00+01:00"))


class TestOperations:
    def test_half_open(self) -> None:
        """The end instant is outside; the start instant is inside."""
        day = Interval("1999-11-05", "1999-11-06")
        assert day.contains("1999-11-05") and not day.contains("1999-11-06")

    def test_touching_intervals_do_not_overlap(self) -> None:
        """[a, b) and [b, c) share no instant."""
        assert not Interval("1999-11-05", "1999-11-06").overlaps(Interval("1999-11-06", "1999-11-07"))
        assert Interval("1999-11-05", "1999-11-06").intersection(Interval("1999-11-06", "1999-11-07")) is None

    def test_intersection_and_hull(self) -> None:
        """Intersection is the common part; hull the smallest cover."""
        a, b = Interval("1999-01-01", "1999-07-01"), Interval("1999-03-01", "2000-01-01")
        assert a.intersection(b) == Interval("1999-03-01", "1999-07-01")
        assert a.hull(b) == Interval("1999-01-01", "2000-01-01")

    def test_ordering_by_start_then_end(self) -> None:
        """Sorting puts earlier starts first, shorter first on equal starts."""
        a, b, c = (Interval("1999-01-01", "1999-02-01"), Interval("1999-01-01", "1999-03-01"),
                   Interval("1998-12-01", "2000-01-01"))
        assert sorted([b, a, c]) == [c, a, b]

    def test_shift_by_month_clamps_month_end(self) -> None:
        """Jan 31 plus a month is the last day of February (pendulum's calendar rule)."""
        jan31 = Interval("2000-01-31", "2000-02-01")
        assert jan31.shift(months=1) == Interval("2000-02-29", "2000-03-01")

    def test_shift_that_collapses_raises(self) -> None:
        """[Jan 30, Jan 31) plus a month collapses onto Feb 29: InvalidSpan, not a bad value."""
        with pytest.raises(InvalidSpan):
            Interval("2000-01-30", "2000-01-31").shift(months=1)

    def test_day_across_dst_is_23_hours(self) -> None:
        """A calendar day in New York on the spring-forward Sunday lasts 23 hours."""
        start = pendulum.datetime(2024, 3, 10, tz="America/New_York")
        assert Interval(start, start.add(days=1)).duration.in_hours() == 23

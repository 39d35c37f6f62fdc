"""Calendar traps: leap days, month ends, DST, year boundaries, ISO weeks, seasons."""

from __future__ import annotations

import pendulum
import pytest
from pendulum import WeekDay

from chronology import Granularity, Interval, InvalidSpan, Span

G = Granularity


def utc(*args: int) -> pendulum.DateTime:
    return pendulum.datetime(*args)


class TestLeapDays:
    @pytest.mark.parametrize("year,leap", [(2000, True), (2004, True), (1900, False), (2100, False),
                                           (1999, False)])
    def test_february_length_follows_gregorian_rule(self, year: int, leap: bool) -> None:
        """February has 29 days in 2000 and 2004 but not in 1900 or 2100 (century rule)."""
        feb = Span.of(f"{year}-02-10", "month")
        assert feb.likely.duration.in_days() == (29 if leap else 28)

    def test_leap_year_has_366_days(self) -> None:
        """A year unit of 2000 lasts 366 days; 1900 lasts 365."""
        assert Span.of("2000-06-01", "year").likely.duration.in_days() == 366
        assert Span.of("1900-06-01", "year").likely.duration.in_days() == 365

    def test_year_after_feb_29_clamps(self) -> None:
        """Feb 29 plus one year is Feb 28; plus four years is Feb 29 again."""
        assert G.YEAR.add(utc(2000, 2, 29), 1) == utc(2001, 2, 28)
        assert G.YEAR.add(utc(2000, 2, 29), 4) == utc(2004, 2, 29)
        assert G.YEAR.add(utc(2096, 2, 29), 4) == utc(2100, 2, 28)

    def test_day_units_step_over_feb_29(self) -> None:
        """Feb 28 plus two days is Mar 1 in a leap year, Mar 2 otherwise."""
        assert G.DAY.add(utc(2004, 2, 28), 2) == utc(2004, 3, 1)
        assert G.DAY.add(utc(1900, 2, 28), 2) == utc(1900, 3, 2)

    def test_feb_29_is_a_valid_day_only_in_leap_years(self) -> None:
        """Span.of('2000-02-29') exists; '1900-02-29' raises InvalidSpan."""
        assert Span.of("2000-02-29").likely == Interval("2000-02-29", "2000-03-01")
        with pytest.raises(InvalidSpan):
            Span.of("1900-02-29")


class TestMonthEnds:
    @pytest.mark.parametrize("start,n,expected", [
        ((2000, 1, 31), 1, (2000, 2, 29)), ((1999, 1, 31), 1, (1999, 2, 28)),
        ((1999, 3, 31), -1, (1999, 2, 28)), ((1999, 3, 31), 1, (1999, 4, 30)),
        ((1999, 12, 31), 2, (2000, 2, 29)), ((2000, 1, 31), -2, (1999, 11, 30)),
    ])
    def test_month_arithmetic_clamps_to_month_end(self, start: tuple[int, int, int], n: int,
                                                  expected: tuple[int, int, int]) -> None:
        """Adding months keeps the day where possible and clamps it to the month's last day."""
        assert G.MONTH.add(utc(*start), n) == utc(*expected)

    def test_interval_shift_by_minus_a_month(self) -> None:
        """[Mar 31, Apr 1) minus a month is [Feb 28, Mar 1) in 1999."""
        assert Interval("1999-03-31", "1999-04-01").shift(months=-1) == Interval("1999-02-28", "1999-03-01")

    def test_month_units_shift_exactly(self) -> None:
        """A whole month shifted by months stays a whole month."""
        assert Span.of("1999-01-15", "month").shift(months=1) == Span.of("1999-02-01", "month")


class TestDaylightSaving:
    def test_spring_forward_day_is_23_hours_in_new_york(self) -> None:
        """The DAY unit containing a time on 2024-03-10 in New York lasts 23 hours."""
        day = G.DAY.unit(pendulum.datetime(2024, 3, 10, 12, tz="America/New_York"))
        assert day.duration.in_hours() == 23
        assert day.start.hour == 0 and day.end.hour == 0

    def test_fall_back_day_is_25_hours_in_london(self) -> None:
        """The DAY unit of 2024-10-27 in London lasts 25 hours, midnight to midnight local."""
        day = Span.of("2024-10-27", "day", tz="Europe/London").likely
        assert day.duration.in_hours() == 25
        assert day.start.isoformat() == "2024-10-27T00:00:00+01:00"
        assert day.end.isoformat() == "2024-10-28T00:00:00+00:00"

    def test_adding_a_day_keeps_wall_clock_across_dst(self) -> None:
        """Noon plus one day is noon the next day, 23 elapsed hours across spring-forward."""
        noon = pendulum.datetime(2024, 3, 9, 12, tz="America/New_York")
        later = G.DAY.add(noon, 1)
        assert later.hour == 12 and (later - noon).in_hours() == 23

    def test_hours_are_elapsed_time_across_dst(self) -> None:
        """An HOUR unit is always 60 minutes, even in the repeated hour of a fall-back night."""
        t = pendulum.datetime(2024, 11, 3, 1, 30, tz="America/New_York")
        assert G.HOUR.unit(t).duration.in_minutes() == 60

    def test_week_containing_dst_change_is_167_hours(self) -> None:
        """A London week containing the spring change is one hour short of 7 × 24."""
        week = Span.of("2024-03-31", "week", tz="Europe/London").likely
        assert week.duration.in_hours() == 7 * 24 - 1

    def test_month_in_zone_starts_at_local_midnight(self) -> None:
        """A month in New York starts at local midnight, not UTC midnight."""
        month = Span.of("1999-11-15", "month", tz="America/New_York").likely
        assert month.start.isoformat() == "1999-11-01T00:00:00-05:00"


class TestYearBoundaries:
    def test_units_ending_at_new_year(self) -> None:
        """December, Q4, H2 and 1999 all end at 2000-01-01."""
        t = utc(1999, 12, 31, 23, 59, 59)
        for g in (G.MONTH, G.QUARTER, G.HALF, G.YEAR):
            assert g.unit(t).end == utc(2000, 1, 1), g

    def test_second_before_midnight_and_midnight_are_different_days(self) -> None:
        """23:59:59 on Dec 31 is in 1999; midnight is in 2000."""
        assert G.YEAR.floor(utc(1999, 12, 31, 23, 59, 59)).year == 1999
        assert G.YEAR.floor(utc(2000, 1, 1)).year == 2000

    def test_decade_and_century_conventions(self) -> None:
        """The 1990s are 1990–1999; the century containing 2000 is 2000–2099 (years divisible by 100)."""
        assert G.DECADE.unit(utc(1999, 6, 1)) == Interval("1990-01-01", "2000-01-01")
        assert G.CENTURY.unit(utc(2000, 6, 1)) == Interval("2000-01-01", "2100-01-01")
        assert G.CENTURY.unit(utc(1999, 6, 1)) == Interval("1900-01-01", "2000-01-01")
        assert G.MILLENNIUM.unit(utc(1999, 6, 1)) == Interval("1000-01-01", "2000-01-01")


class TestIsoWeeks:
    def test_week_containing_jan_1_2021(self) -> None:
        """Jan 1 2021 (a Friday) lies in the Monday week starting Dec 28 2020 (ISO 2020-W53)."""
        week = Span.of("2021-01-01", "week").likely
        assert week == Interval("2020-12-28", "2021-01-04")
        assert week.start.isocalendar()[:2] == (2020, 53)

    def test_2020_has_53_iso_weeks(self) -> None:
        """Dec 31 2020 is in ISO week 53 and the week after starts ISO 2021-W01."""
        w53 = G.WEEK.unit(utc(2020, 12, 31))
        assert w53.start.isocalendar()[1] == 53
        assert G.WEEK.add(w53.start, 1).isocalendar()[:2] == (2021, 1)

    def test_week_start_is_explicit(self) -> None:
        """With week_start=SUNDAY, Jan 1 2021 is in the week starting Sunday Dec 27."""
        week = G.WEEK.unit(utc(2021, 1, 1), WeekDay.SUNDAY)
        assert week == Interval("2020-12-27", "2021-01-03")

    def test_monday_is_its_own_week_start(self) -> None:
        """A Monday's week starts on that Monday at midnight."""
        assert G.WEEK.floor(utc(1999, 11, 8, 15)) == utc(1999, 11, 8)


class TestSeasons:
    def test_winter_spans_the_year_boundary_and_is_named_after_january(self) -> None:
        """Jan 15 1998 and Dec 15 1997 share winter 1998: Dec 1 1997 – Mar 1 1998."""
        winter = Interval("1997-12-01", "1998-03-01")
        assert G.SEASON.unit(utc(1998, 1, 15)) == winter
        assert G.SEASON.unit(utc(1997, 12, 15)) == winter

    def test_leap_winter_is_one_day_longer(self) -> None:
        """Winter 2000 (Dec 1999 – Feb 2000) has 91 days; winter 1999 has 90."""
        assert G.SEASON.unit(utc(2000, 1, 1)).duration.in_days() == 91
        assert G.SEASON.unit(utc(1999, 1, 1)).duration.in_days() == 90

    @pytest.mark.parametrize("month,start", [(3, 3), (5, 3), (6, 6), (8, 6), (9, 9), (11, 9)])
    def test_meteorological_seasons(self, month: int, start: int) -> None:
        """Spring is March–May, summer June–August, autumn September–November."""
        assert G.SEASON.floor(utc(1999, month, 10)) == utc(1999, start, 1)

    def test_quarters_and_halves(self) -> None:
        """Quarters start in Jan/Apr/Jul/Oct, halves in Jan/Jul."""
        assert G.QUARTER.unit(utc(1999, 5, 5)) == Interval("1999-04-01", "1999-07-01")
        assert G.HALF.unit(utc(1999, 6, 30)) == Interval("1999-01-01", "1999-07-01")
        assert G.HALF.unit(utc(1999, 7, 1)) == Interval("1999-07-01", "2000-01-01")

    def test_season_shift_crosses_year(self) -> None:
        """Autumn 1999 plus one season is winter 2000 (Dec 1999 – Feb 2000)."""
        assert G.SEASON.add(utc(1999, 9, 1), 1) == utc(1999, 12, 1)
        assert G.SEASON.unit(utc(1999, 12, 1)) == Interval("1999-12-01", "2000-03-01")


class TestRepeatedHour:
    """The fall-back night repeats 01:00–02:00 in London; instants must still compare as instants."""

    first = pendulum.datetime(2024, 10, 27, 0, 30).in_timezone("Europe/London")  # 01:30 BST
    second = pendulum.datetime(2024, 10, 27, 1, 30).in_timezone("Europe/London")  # 01:30 GMT

    def test_same_wall_clock_different_instants(self) -> None:
        """01:30 BST and 01:30 GMT make a valid one-hour Interval, different from the empty one."""
        hour = Interval(self.first, self.second)
        assert hour.duration.in_minutes() == 60
        assert hour.contains(self.first) and not hour.contains(self.second)

    def test_reversed_fold_interval_is_refused(self) -> None:
        """[01:30 GMT, 01:30 BST) runs backwards in time and raises InvalidSpan."""
        with pytest.raises(InvalidSpan):
            Interval(self.second, self.first)

    def test_hour_unit_in_the_repeated_hour(self) -> None:
        """The HOUR containing 01:30 GMT is [01:00 GMT, 02:00 GMT), not the BST hour."""
        hour = Span.of(self.second, "hour").likely
        assert hour.start.isoformat() == "2024-10-27T01:00:00+00:00"
        assert hour.duration.in_minutes() == 60
        assert Span.of(self.first, "hour") != Span.of(self.second, "hour")

    def test_day_unit_holds_both(self) -> None:
        """Both 01:30s belong to the 25-hour day of Oct 27."""
        day = Span.of(self.second, "day")
        assert day.likely.contains(self.first) and day.likely.contains(self.second)
        assert day.membership(self.second) == 1.0


class TestMissingMidnight:
    """Zones where a day or year began after midnight: the unit starts at the first real instant."""

    def test_sao_paulo_dst_began_at_midnight(self) -> None:
        """On 2012-10-21 Sao Paulo's clocks jumped from 00:00 to 01:00: that day starts at 01:00
        and the day before ends there, with no gap and no overlap between them."""
        before = Span.of("2012-10-20T12:00", tz="America/Sao_Paulo").likely
        day = Span.of("2012-10-21T12:00", tz="America/Sao_Paulo").likely
        assert day.start.isoformat() == "2012-10-21T01:00:00-02:00"
        assert before.end == day.start and day.duration.in_hours() == 23
        assert Span.of(day.start, tz="America/Sao_Paulo").likely == day

    def test_week_and_month_across_a_missing_midnight(self) -> None:
        """The week containing that Sunday starts on Monday at midnight, not at 01:00."""
        week = Span.of("2012-10-21T12:00", "week", tz="America/Sao_Paulo").likely
        assert week.start.isoformat() == "2012-10-15T00:00:00-03:00"
        assert week.end.isoformat() == "2012-10-22T00:00:00-02:00"

    def test_kolkata_1906_zone_change(self) -> None:
        """Kolkata moved from +05:21:10 to +05:30 at the start of 1906; 1906 ends at 1907's midnight."""
        year = Span.of("1906-06-01", "year", tz="Asia/Kolkata").likely
        assert year.end.isoformat() == "1907-01-01T00:00:00+05:30"
        assert Span.of("1907-06-01", "year", tz="Asia/Kolkata").likely.start == year.end

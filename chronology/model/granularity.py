"""Granularity: the calendar units chronology reasons in, from second to millennium.

Every calendar fact here comes from pendulum: month lengths, leap years, weekdays and the
wall-clock rules of time zones (DST). Units are computed in the zone of the instant given.

Conventions (see docs/conventions.md):

- weeks start on the ``week_start`` you pass (Monday by default, as ISO 8601);
- seasons are meteorological: spring = March–May, summer = June–August,
  autumn = September–November, winter = December–February; a winter is named after the year
  of its January (winter 1998 = December 1997 – February 1998);
- halves are January–June and July–December; quarters are calendar quarters;
- decades start at years ending in 0 (the 1990s = 1990–1999), centuries and millennia at
  years divisible by 100 and 1000 (TimeML's convention: "19" is 1900–1999).

>>> import pendulum
>>> t = pendulum.datetime(1999, 11, 9, 15, 30)
>>> Granularity.QUARTER.floor(t).isoformat()
'1999-10-01T00:00:00+00:00'
>>> Granularity.MONTH.add(pendulum.datetime(2000, 1, 31), 1).date().isoformat()
'2000-02-29'
"""

from __future__ import annotations

import datetime as _dt
import enum
from functools import lru_cache

import pendulum
from pendulum import DateTime, WeekDay
from pendulum.constants import DAYS_PER_MONTHS
from pendulum.helpers import is_leap

from chronology.errors import InvalidSpan
from chronology.model.interval import Interval

__all__ = ["Granularity", "first_month"]

# months per unit, for the month-based units
_MONTHS = {"month": 1, "season": 3, "quarter": 3, "half": 6, "year": 12,
           "decade": 120, "century": 1200, "millennium": 12000}
# first month of each unit's cycle (seasons start in March/June/September/December)
_CYCLE_START = {"season": 3}
_FIXED = {"second": "seconds", "minute": "minutes", "hour": "hours"}
_YEARS = {"decade": 10, "century": 100, "millennium": 1000}


class Granularity(enum.StrEnum):
    """A calendar unit. Members compare by size: ``Granularity.DAY < Granularity.MONTH``."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"
    MILLENNIUM = "millennium"

    @property
    def rank(self) -> int:
        """Position from finest (0, second) to coarsest (12, millennium)."""
        return _RANK[self]

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Granularity):
            return _RANK[self] < _RANK[other]
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Granularity):
            return _RANK[self] <= _RANK[other]
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Granularity):
            return _RANK[self] > _RANK[other]
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Granularity):
            return _RANK[self] >= _RANK[other]
        return NotImplemented

    __hash__ = enum.StrEnum.__hash__

    def floor(self, t: DateTime, week_start: WeekDay = WeekDay.MONDAY) -> DateTime:
        """The start of the unit containing ``t`` (in ``t``'s time zone)."""
        return _floor(self, t, week_start)

    def add(self, t: DateTime, n: int) -> DateTime:
        """``t`` moved by ``n`` units (negative: back). Months clamp: Jan 31 + 1 month = Feb 28/29."""
        return _add(self, t, n)

    def unit(self, t: DateTime, week_start: WeekDay = WeekDay.MONDAY) -> Interval:
        """The unit containing ``t``, as an Interval.

        >>> Granularity.SEASON.unit(pendulum.datetime(1998, 1, 15))
        Interval('1997-12-01', '1998-03-01')
        """
        tz = t.tzinfo
        if (tz is _UTC or type(tz) is _FIXED_TZ) and not t.fold:
            if self is _DAY and t.year < 9999 and not (t.hour or t.minute or t.second or t.microsecond):
                return Interval._trusted(t, _ADD(t, _ONE_DAY))  # a midnight's day, the usual ask
            found = _unit_steady(self._value_, t, week_start, 1)
            if found is not None:
                return found
        start = _floor(self, t, week_start)
        return Interval._trusted(start, _next_start(self, start, 1, week_start))

    def units(self, t: DateTime, n: int, week_start: WeekDay = WeekDay.MONDAY) -> Interval:
        """``n`` consecutive units (``n`` ≥ 1) starting with the one containing ``t``."""
        tz = t.tzinfo
        if (tz is _UTC or type(tz) is _FIXED_TZ) and not t.fold:
            found = _unit_steady(self._value_, t, week_start, max(1, n))
            if found is not None:
                return found
        start = _floor(self, t, week_start)
        return Interval._trusted(start, _next_start(self, start, max(1, n), week_start))

    def shifted_unit(self, t: DateTime, n: int, week_start: WeekDay = WeekDay.MONDAY) -> Interval:
        """The unit ``n`` units after (negative: before) the one containing ``t``: what
        ``self.unit(self.add(self.floor(t), n))`` gives ("40 years ago": the year 40 before the
        anchor's).

        >>> Granularity.YEAR.shifted_unit(pendulum.datetime(1999, 11, 9), -40)
        Interval('1959-01-01', '1960-01-01')
        """
        tz = t.tzinfo
        if (tz is _UTC or type(tz) is _FIXED_TZ) and not t.fold:
            found = _shifted_unit_steady(self._value_, t, n, week_start)
            if found is not None:
                return found
        return self.unit(_add(self, _floor(self, t, week_start), n), week_start)

    def is_aligned(self, interval: Interval, week_start: WeekDay = WeekDay.MONDAY) -> bool:
        """Whether ``interval`` is a whole number (≥ 1) of consecutive units of this granularity.

        A unit that starts before year 1 (the millennium holding year 5) is none of any
        interval's, which begin in year 1 or later.
        """
        try:
            if _floor(self, interval.start, week_start) != interval.start:
                return False
            return _floor(self, interval.end, week_start) == interval.end
        except InvalidSpan:
            return False

    @classmethod
    def of_interval(cls, interval: Interval, week_start: WeekDay = WeekDay.MONDAY) -> Granularity:
        """The coarsest granularity whose single unit is exactly ``interval``; else the coarsest
        granularity the interval is aligned to (several units); SECOND at worst.

        Units that start before year 1 or end after 9999 (the millennium of year 5 or of
        9999) cannot be ``interval``: they are passed over, so a day in year 1 is a day.
        """
        for g in reversed(_ORDER):
            try:
                if g.unit(interval.start, week_start) == interval:
                    return g
            except InvalidSpan:
                continue
        for g in reversed(_ORDER):
            if g.is_aligned(interval, week_start):
                return g
        return cls.SECOND

    @property
    def nominal_days(self) -> float:
        """A nominal length in days (a month is 30.44) for sorting and scale decisions only."""
        return _NOMINAL_DAYS[self]


_ORDER = tuple(Granularity)
_DAY = Granularity.DAY
_ONE_DAY = _dt.timedelta(days=1)
_RANK = {g: i for i, g in enumerate(_ORDER)}
_NOMINAL_DAYS = {
    Granularity.SECOND: 1 / 86400, Granularity.MINUTE: 1 / 1440, Granularity.HOUR: 1 / 24,
    Granularity.DAY: 1.0, Granularity.WEEK: 7.0, Granularity.MONTH: 30.436875,
    Granularity.SEASON: 91.310625, Granularity.QUARTER: 91.310625, Granularity.HALF: 182.62125,
    Granularity.YEAR: 365.2425, Granularity.DECADE: 3652.425, Granularity.CENTURY: 36524.25,
    Granularity.MILLENNIUM: 365242.5,
}


def _floor(g: Granularity, t: DateTime, week_start: WeekDay) -> DateTime:
    tz = t.tzinfo
    if tz is _UTC or type(tz) is _FIXED_TZ:
        # no daylight saving: a few stdlib operations (none when ``t`` is a unit's start, as
        # it mostly is) cost less than a cache lookup, and a cached unit of a new date
        # (most are, in a run of distinct expressions) cost a lookup, the work and an entry
        try:
            return _floor_steady(g._value_, t, week_start)
        except (OverflowError, ValueError) as exc:
            raise _floor_error(g._value_, t) from exc
    # pendulum's arithmetic is slow: cached. Equal instants in different zones hash alike, so
    # the zone and fold are part of the key. pendulum's zones (and our enum) hash in Python,
    # so the key holds the unit's name and the zone's id (``t`` holds the zone, so the id is
    # not reused while the entry lives): 1.2 -> 0.7 us a call.
    return _floor_cached(g._value_, t, id(tz), t.fold, week_start)


def _floor_error(value: str, t: DateTime) -> InvalidSpan:
    return InvalidSpan(f"the {value} containing {t.isoformat()} starts before year 1, "
                       "which chronology cannot represent")


@lru_cache(maxsize=1 << 16)
def _floor_cached(value: str, t: DateTime, tz_id: int, fold: int, week_start: WeekDay) -> DateTime:
    try:
        return _floor_unit(value, t, week_start)
    except (OverflowError, ValueError) as exc:
        raise _floor_error(value, t) from exc


# Zones without daylight saving: wall-clock arithmetic equals instant arithmetic, so the
# stdlib's fast datetime operations give pendulum's answers (month lengths and leap years
# still come from pendulum's tables).
_UTC = pendulum.UTC
_FIXED_TZ = pendulum.FixedTimezone  # the class of every fixed-offset zone
_REPLACE = _dt.datetime.replace
_ADD = _dt.datetime.__add__
_FIXED_DELTA = {"second": _dt.timedelta(seconds=1), "minute": _dt.timedelta(minutes=1),
                "hour": _dt.timedelta(hours=1), "day": _dt.timedelta(days=1), "week": _dt.timedelta(weeks=1)}


def _steady(t: DateTime) -> bool:
    tz = t.tzinfo
    return tz is _UTC or type(tz) is _FIXED_TZ


def shifted(t: DateTime, delta: _dt.timedelta) -> DateTime:
    """``t`` moved by a fixed length (pendulum's ``t + delta``, ``t.subtract(microseconds=1)``).

    pendulum's arithmetic costs 11-16 us a call; in a zone without daylight saving the
    stdlib's gives the same instant at once (away from the years' edges, where pendulum's
    detour through UTC can overflow when the stdlib would not)."""
    if _steady(t) and 1 < t.year < 9999:
        return _ADD(t, delta)
    return t + delta


def just_before(t: DateTime) -> DateTime:
    """The last microsecond before ``t`` (``t.subtract(microseconds=1)``, as :func:`shifted`)."""
    if _steady(t) and 1 < t.year < 9999:
        return _ADD(t, _MINUS_ONE_MICROSECOND)
    return t.subtract(microseconds=1)


_MINUS_ONE_MICROSECOND = _dt.timedelta(microseconds=-1)


def _days_in_month(year: int, month: int) -> int:
    return DAYS_PER_MONTHS[is_leap(year)][month]


def _floor_steady(value: str, t: DateTime, week_start: WeekDay) -> DateTime:
    # an instant that already starts its unit is its own floor (datetimes are immutable).
    # A new instant is built by calling its class with all eight fields: what the stdlib's
    # ``replace`` does for a subclass (same class, same tzinfo object), without its keyword
    # parsing (0.7 -> 0.3 us). ``replace`` also carries ``fold``, which a call cannot pass
    # positionally: a folded instant (rare) keeps the ``replace`` path.
    if t.fold:
        return _floor_steady_folded(value, t, week_start)
    if value == "second":
        return t.__class__(t.year, t.month, t.day, t.hour, t.minute, t.second, 0, t.tzinfo) \
            if t.microsecond else t
    if value == "minute":
        return t.__class__(t.year, t.month, t.day, t.hour, t.minute, 0, 0, t.tzinfo) \
            if t.second or t.microsecond else t
    if value == "hour":
        return t.__class__(t.year, t.month, t.day, t.hour, 0, 0, 0, t.tzinfo) \
            if t.minute or t.second or t.microsecond else t
    midnight = not (t.hour or t.minute or t.second or t.microsecond)
    if value == "day":
        return t if midnight else t.__class__(t.year, t.month, t.day, 0, 0, 0, 0, t.tzinfo)
    if value == "week":
        day = t if midnight else t.__class__(t.year, t.month, t.day, 0, 0, 0, 0, t.tzinfo)
        back = (t.weekday() - int(week_start)) % 7  # pendulum's WeekDay: Monday = 0
        return _ADD(day, _BACK_DAYS[back]) if back else day
    year, month = first_month(value, t.year, t.month)
    if midnight and t.day == 1 and month == t.month and year == t.year:
        return t
    return t.__class__(year, month, 1, 0, 0, 0, 0, t.tzinfo)


#: ``timedelta(days=-k)`` for the days back to a week's start
_BACK_DAYS = tuple(_dt.timedelta(days=-k) for k in range(7))


def first_month(value: str, year: int, month: int) -> tuple[int, int]:
    """(year, month) of the first month of the month-based unit holding ``year``-``month``."""
    size = _YEARS.get(value)
    if size is not None:
        return year - year % size, 1
    month0 = month - 1 - (month - _CYCLE_START.get(value, 1)) % _MONTHS[value]
    return year + month0 // 12, month0 % 12 + 1


def _floor_steady_folded(value: str, t: DateTime, week_start: WeekDay) -> DateTime:
    # as _floor_steady, through ``replace`` (which keeps ``fold``)
    if value == "second":
        return _REPLACE(t, microsecond=0) if t.microsecond else t
    if value == "minute":
        return _REPLACE(t, second=0, microsecond=0) if t.second or t.microsecond else t
    if value == "hour":
        return _REPLACE(t, minute=0, second=0, microsecond=0) if t.minute or t.second or t.microsecond else t
    if t.hour or t.minute or t.second or t.microsecond:
        day = _REPLACE(t, hour=0, minute=0, second=0, microsecond=0)
    else:
        day = t
    if value == "day":
        return day
    if value == "week":
        back = (t.weekday() - int(week_start)) % 7  # pendulum's WeekDay: Monday = 0
        return _ADD(day, _dt.timedelta(days=-back)) if back else day
    year, month = first_month(value, t.year, t.month)
    if year == t.year and month == t.month and t.day == 1:
        return day
    return _REPLACE(day, year=year, month=month, day=1)


def _unit_steady(value: str, t: DateTime, week_start: WeekDay, n: int) -> Interval | None:
    """``n`` units from the one holding ``t`` (fixed-offset zone, ``fold`` 0), as
    ``Interval(_floor(t), _next_start(...))`` gives them, with the floor and the next start
    computed together: a month-based unit's end is the first of a month, built at once.
    None when an end leaves the years 1-9999 (the general path raises the right error)."""
    try:
        if value in _FIXED_DELTA:
            start = _floor_steady(value, t, week_start)
            return Interval._trusted(start, _ADD(start, _FIXED_DELTA[value] * n if n != 1 else _FIXED_DELTA[value]))
        year, month = first_month(value, t.year, t.month)
        if (t.day == 1 and month == t.month and year == t.year
                and not (t.hour or t.minute or t.second or t.microsecond)):
            start = t
        else:
            start = t.__class__(year, month, 1, 0, 0, 0, 0, t.tzinfo)
        total = month - 1 + _MONTHS[value] * n
        end_year = year + total // 12
        if not 1 <= end_year <= 9999:
            return None
        return Interval._trusted(start, t.__class__(end_year, total % 12 + 1, 1, 0, 0, 0, 0, t.tzinfo))
    except (OverflowError, ValueError):
        return None


def _add_steady(value: str, t: DateTime, n: int) -> DateTime:
    delta = _FIXED_DELTA.get(value)
    if delta is not None:
        return _ADD(t, delta * n)
    total = t.month - 1 + _MONTHS[value] * n
    year = t.year + total // 12
    month = total % 12 + 1
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is out of range")
    day = min(t.day, _days_in_month(year, month))
    if t.fold:
        return _REPLACE(t, year=year, month=month, day=day)
    # all eight fields to the class, as ``replace`` passes them (see _floor_steady)
    return t.__class__(year, month, day, t.hour, t.minute, t.second, t.microsecond, t.tzinfo)


def _shifted_unit_steady(value: str, t: DateTime, n: int, week_start: WeekDay) -> Interval | None:
    """``unit(add(floor(t), n))`` in a fixed-offset zone (``fold`` 0), in one step: a floor
    is aligned and stays aligned when whole units are added (months of a first of the month
    stay firsts; a fixed length moves a start to a start), so the unit is the sum and the
    sum plus one unit. None when a bound leaves years 1-9999 (the general path raises)."""
    try:
        delta = _FIXED_DELTA.get(value)
        if delta is not None:
            floor = _floor_steady(value, t, week_start)
            start = _ADD(floor, delta * n) if n else floor
            return Interval._trusted(start, _ADD(start, delta))
        year, month = first_month(value, t.year, t.month)
        months = _MONTHS[value]
        first = month - 1 + months * n
        last = first + months
        start_year, end_year = year + first // 12, year + last // 12
        if not (1 <= year and 1 <= start_year and end_year <= 9999):
            return None
        tz = t.tzinfo
        return Interval._trusted(t.__class__(start_year, first % 12 + 1, 1, 0, 0, 0, 0, tz),
                                 t.__class__(end_year, last % 12 + 1, 1, 0, 0, 0, 0, tz))
    except (OverflowError, ValueError):
        return None


def _floor_unit(value: str, t: DateTime, week_start: WeekDay) -> DateTime:
    if _steady(t):
        return _floor_steady(value, t, week_start)
    return _floor_pendulum(value, t, week_start)


def _floor_pendulum(value: str, t: DateTime, week_start: WeekDay) -> DateTime:
    if value in _FIXED:
        return t.start_of(value)
    # day and coarser: find the unit's first calendar day, then its local midnight.
    # pendulum.datetime moves a midnight that does not exist (DST or a zone change at
    # midnight, e.g. Sao Paulo 2012-10-21) forward to the first real instant; start_of("day")
    # and subtracting from a shifted start do not.
    day = pendulum.date(t.year, t.month, t.day)
    if value == "week":
        day = day.subtract(days=(day.day_of_week - week_start) % 7)
    elif value in _YEARS:
        day = pendulum.date(t.year - t.year % _YEARS[value], 1, 1)
    elif value != "day":
        offset = (t.month - _CYCLE_START.get(value, 1)) % _MONTHS[value]
        day = pendulum.date(t.year, t.month, 1).subtract(months=offset)
    return pendulum.datetime(day.year, day.month, day.day, tz=t.tzinfo)


def _next_start(g: Granularity, start: DateTime, n: int, week_start: WeekDay) -> DateTime:
    end = _add(g, start, n)
    if g._value_ in _FIXED or (start.hour, start.minute, start.second, start.microsecond) == (0, 0, 0, 0):
        return end
    # the unit's midnight did not exist (a DST or zone change at midnight) and pendulum moved
    # its start later; adding n units carried that shift along, so floor the result again
    return _floor(g, end, week_start)


def _add(g: Granularity, t: DateTime, n: int) -> DateTime:
    if n == 0:
        return t
    tz = t.tzinfo
    if tz is _UTC or type(tz) is _FIXED_TZ:  # uncached, as in _floor
        try:
            return _add_steady(g._value_, t, n)
        except (OverflowError, ValueError) as exc:
            raise _add_error(g._value_, t, n) from exc
    return _add_cached(g._value_, t, id(tz), t.fold, n)  # the key as in _floor


def _add_error(value: str, t: DateTime, n: int) -> InvalidSpan:
    return InvalidSpan(f"{t.isoformat()} moved by {n} {value}(s) leaves the years 1-9999 "
                       "that chronology can represent")


@lru_cache(maxsize=1 << 16)
def _add_cached(value: str, t: DateTime, tz_id: int, fold: int, n: int) -> DateTime:
    try:
        return _add_units(value, t, n)
    except (OverflowError, ValueError) as exc:
        raise _add_error(value, t, n) from exc


def _add_units(value: str, t: DateTime, n: int) -> DateTime:
    if _steady(t):
        return _add_steady(value, t, n)
    return _add_pendulum(value, t, n)


def _add_pendulum(value: str, t: DateTime, n: int) -> DateTime:
    if value in _FIXED:
        return t.add(**{_FIXED[value]: n})
    if value == "day":
        return t.add(days=n)
    if value == "week":
        return t.add(weeks=n)
    return t.add(months=_MONTHS[value] * n)


"""Calendar lookups the resolver needs, all answered by pendulum and cached.

"The March nearest the anchor", "the Tuesday before it", "winter 1998": each is a small
search over candidate units built with pendulum, so leap years, month lengths, weekdays and
time zones are pendulum's, never ours.

>>> import pendulum
>>> ref = pendulum.datetime(1999, 11, 9)
>>> cycle_member(Granularity.MONTH, 3, ref, None, "past")
Interval('1999-03-01', '1999-04-01')
>>> cycle_member(Granularity.DAY, 1, ref, -1, "past")  # last Tuesday, seen from a Tuesday
Interval('1999-11-02', '1999-11-03')
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator
from functools import lru_cache

import pendulum
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN
from dateutil.easter import easter as _easter_sunday
from pendulum import DateTime, WeekDay
from pendulum.constants import DAYS_PER_MONTHS
from pendulum.exceptions import PendulumException
from pendulum.helpers import is_leap

from chronology.model.granularity import Granularity, shifted
from chronology.model.interval import Interval, representable
from chronology.resolve.tables import PART_UNIT, SEASON_FIRST_MONTH

__all__ = ["EASTER_YEARS", "cycle_member", "day", "easter_day", "edge_units", "fraction_of", "member_in_year",
           "month_day_steady", "nth_slice", "nth_weekday", "pick", "units_in", "wall_clock", "year_start",
           "zoned_clock"]

G = Granularity
_UTC = pendulum.UTC
_FIXED_TZ = pendulum.FixedTimezone
_ADD = _dt.datetime.__add__
_SUB = _dt.datetime.__sub__  # pendulum's own ``-`` builds a pendulum Interval
_ONE_DAY = _dt.timedelta(days=1)
#: the day counts from a Monday to the weekdays of the weeks around it, built once
_DAYS = {n: _dt.timedelta(days=n) for n in range(-21, 28)}


def day(year: int, month: int, dom: int, tz: _dt.tzinfo) -> DateTime | None:
    """Midnight of a calendar day in ``tz``; None when the day does not exist (Feb 30) or the
    year is outside 1–9999."""
    if tz is _UTC or type(tz) is _FIXED_TZ:
        # no daylight saving: the wall-clock midnight is the instant (month lengths: pendulum's).
        # Uncached: building it costs less than the cache's key (pendulum zones hash in Python)
        if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= dom <= DAYS_PER_MONTHS[is_leap(year)][month]):
            return None
        return DateTime(year, month, dom, 0, 0, 0, 0, tz)
    return _zoned_day(year, month, dom, tz)


@lru_cache(maxsize=1 << 14)
def _zoned_day(year: int, month: int, dom: int, tz: _dt.tzinfo) -> DateTime | None:
    # pendulum resolves a zone's midnight slowly: cached
    try:
        return pendulum.datetime(year, month, dom, tz=tz)
    except (ValueError, OverflowError):
        return None


def wall_clock(midnight: DateTime, hours: int, minutes: int = 0) -> DateTime:
    """The instant the clocks of ``midnight``'s zone show ``hours:minutes`` on its day (hours
    past 24 run into the next days): 3 p.m. is 15:00 on the clock even on a day daylight
    saving shortens or lengthens, not 15 hours after midnight. A time the clocks skip is
    moved forward, as pendulum does.

    >>> wall_clock(pendulum.datetime(2026, 3, 29, tz="Europe/London"), 15).isoformat()
    '2026-03-29T15:00:00+01:00'
    """
    tz = midnight.tzinfo
    if tz is _UTC or type(tz) is _FIXED_TZ:  # no daylight saving: clock time is elapsed time
        delta = _CLOCK_DELTAS.get((hours, minutes))
        if delta is None:  # a few hundred at most: hours of clocks and day parts, by minutes
            delta = _CLOCK_DELTAS[hours, minutes] = _dt.timedelta(hours=hours, minutes=minutes)
        return shifted(midnight, delta)
    date = pendulum.date(midnight.year, midnight.month, midnight.day).add(days=hours // 24)
    return pendulum.datetime(date.year, date.month, date.day, hours % 24, minutes, tz=tz)


_CLOCK_DELTAS: dict[tuple[int, int], _dt.timedelta] = {}


def zoned_clock(midnight: DateTime, hours: int, minutes: int, zone: int | str) -> DateTime:
    """The instant the clocks of ``zone`` show ``hours:minutes`` (24:00, the midnight that ends
    the day) on the date of ``midnight``: "10:15 EST" (``zone`` an offset in minutes, -300),
    "3 p.m. Eastern time" (an IANA name: its offset on that day is pendulum's, daylight saving
    included; a time its clocks skip is moved forward, as :func:`wall_clock` does).

    >>> zoned_clock(pendulum.datetime(1999, 7, 1), 15, 0, "America/New_York").isoformat()
    '1999-07-01T15:00:00-04:00'
    >>> zoned_clock(pendulum.datetime(1999, 11, 9), 15, 0, "America/New_York").isoformat()
    '1999-11-09T15:00:00-05:00'

    Raises:
        InvalidSpan: the instant is outside the years 1-9999 in UTC ("12:30 a.m. CET" on
            January 1 of the year 1 is 23:30 on December 31 of the year 0).
    """
    if isinstance(zone, int) and hours < 24:
        from pendulum.tz import fixed_timezone  # pendulum's cached instances; exported here
        return representable(pendulum.datetime(midnight.year, midnight.month, midnight.day, hours, minutes,
                                               tz=fixed_timezone(zone * 60)))
    tz = pendulum.tz.fixed_timezone(zone * 60) if isinstance(zone, int) else pendulum.timezone(zone)
    start = day(midnight.year, midnight.month, midnight.day, tz)
    if start is None:
        raise ValueError(f"no day {midnight.date().isoformat()} in {zone}")
    return representable(wall_clock(start, hours, minutes))


def year_start(year: int, tz: _dt.tzinfo) -> DateTime | None:
    """January 1 of ``year`` in ``tz`` (None outside 1–9999)."""
    return day(year, 1, 1, tz)


def member_in_year(unit: Granularity, index: int | str, year: int, tz: _dt.tzinfo) -> Interval | None:
    """Member ``index`` of a yearly cycle in ``year``: month 1–12, quarter 1–4, half 1–2, or a
    season code (winter 1998 = December 1997 – February 1998)."""
    if unit is G.SEASON:
        month, year_shift = SEASON_FIRST_MONTH[str(index)]
        start = day(year + year_shift, month, 1, tz)
    elif unit is G.MONTH:
        start = day(year, int(index), 1, tz)
    elif unit is G.QUARTER:
        start = day(year, 3 * (int(index) - 1) + 1, 1, tz)
    elif unit is G.HALF:
        start = day(year, 6 * (int(index) - 1) + 1, 1, tz)
    else:
        raise ValueError(f"{unit} is not a yearly cycle")
    if start is None:
        return None
    try:
        return unit.unit(start)
    except ValueError:
        return None


def _candidates(unit: Granularity, index: int | str, ref: DateTime, week_start: WeekDay,
                reach: int) -> Iterator[Interval]:
    if unit is G.DAY:  # a weekday: index 0 = Monday … 6 = Sunday
        monday = G.WEEK.floor(ref, WeekDay.MONDAY)
        tz = monday.tzinfo
        if (tz is _UTC or type(tz) is _FIXED_TZ) and not monday.fold and 1 < monday.year < 9999:
            # no daylight saving, away from the years' edges: a day is 24 hours, so the
            # stdlib's timedelta arithmetic gives what G.DAY.add and G.DAY.unit give
            day = int(index)
            for k in range(-reach, reach + 1):
                delta = _DAYS.get(7 * k + day)
                start = _ADD(monday, delta if delta is not None else _dt.timedelta(days=7 * k + day))
                yield Interval._trusted(start, _ADD(start, _ONE_DAY))
            return
        for k in range(-reach, reach + 1):
            try:
                start = G.DAY.add(monday, 7 * k + int(index))  # pendulum's add(weeks=k, days=…)
            except (ValueError, OverflowError):
                continue
            yield G.DAY.unit(start)
        return
    tz = ref.tzinfo
    assert tz is not None
    for k in range(-reach, reach + 1):
        found = member_in_year(unit, index, ref.year + k, tz)
        if found is not None:
            yield found


def pick(candidates: list[Interval], which: int | None, prefer: str, ref: DateTime,
         ref_unit: Interval) -> Interval | None:
    """Choose among sorted candidates.

    ``which`` -1 "last": the latest ending by the start of the reference's own unit; +1 "next":
    the earliest starting at its end or later; 0 "this": the one containing the reference,
    else the nearest; None: by ``prefer`` — "past" the latest starting no later than the
    reference, "future" the earliest ending after it, "nearest" the closest.
    """
    if not candidates:
        return None
    if which == -1:
        before = [c for c in candidates if c.end <= ref_unit.start]
        return before[-1] if before else None
    if which == 1:
        after = [c for c in candidates if c.start >= ref_unit.end]
        return after[0] if after else None
    if which == 0 or prefer in ("nearest", "recent"):
        for c in candidates:
            if c.start <= ref < c.end:
                return c
        # "recent" (used for news): the nearest, counting future distances double. Distances are
        # the gaps to the reference's day, the same on both sides: measured from the reference
        # instant (a day's midnight), a past candidate was a day nearer than an equally far
        # future one ("the 31st" on May 1 was March 31, 30 days back, not May 31, 29 ahead)
        ahead = 2.0 if prefer == "recent" else 1.0
        day = Granularity.DAY.unit(ref)
        d0, d1 = day.start.timestamp(), day.end.timestamp()
        return min(candidates, key=lambda c: max(c.start.timestamp() - d1, d0 - c.end.timestamp(), 0.0)
                   * (ahead if c.start > ref else 1.0))
    if prefer == "future":
        for c in candidates:
            if c.end > ref:
                return c
        return None
    past = [c for c in candidates if c.start <= ref]
    return past[-1] if past else None


def month_day_steady(month: int, dom: int, weekday: int | None, ref: DateTime, prefer: str,
                     reach: int) -> DateTime:
    """Midnight of the day ``month``/``dom`` (of weekday ``weekday``, when one fits) in the
    years ``ref.year`` ± ``reach`` that ``prefer`` "past" or "future" picks, as the resolver
    picks it among the days' units with :func:`pick` (else the nearest by timestamp), for a
    fixed-offset zone away from the calendar's ends. There each candidate day is its midnight
    and the 24 hours after it, so pick()'s tests read: "past", the latest day starting by
    the reference; "future", the first ending after it (its end built only for the days
    tested). Only the chosen day's unit is then built.

    Raises:
        ValueError: no such day in those years (as ``min`` of no candidates does).
    """
    tz = ref.tzinfo
    assert tz is not None
    starts: list[DateTime] = []
    for k in range(-reach, reach + 1):
        start = day(ref.year + k, month, dom, tz)
        if start is not None:
            starts.append(start)
    if weekday is not None:  # "Tuesday, November 9": prefer years where the weekday fits
        fitting = [s for s in starts if s.weekday() == weekday]
        if fitting:
            starts = fitting
    if prefer == "future":
        chosen = next((s for s in starts if _ADD(s, _ONE_DAY) > ref), None)
    else:
        chosen = next((s for s in reversed(starts) if s <= ref), None)
    if chosen is None:
        chosen = min(starts, key=lambda s: abs(s.timestamp() - ref.timestamp()))
    return chosen


def cycle_member(unit: Granularity, index: int | str, ref: DateTime, which: int | None,
                 prefer: str, week_start: WeekDay = WeekDay.MONDAY) -> Interval | None:
    """The member of a cycle (weekday, month, season, quarter, half) that ``which``/``prefer``
    designate, seen from ``ref``."""
    # a weekday's candidates are a week apart around the reference's week: the one of that
    # week and its neighbours hold every answer of pick() (the last one ending before the
    # reference's day, the first starting after it, the latest started, the first not yet
    # ended, the nearest) and of "this" (one of a week that overlaps the reference's), and
    # those two weeks further out never win a tie, being a week further (and away from the
    # calendar's ends none of them fails to exist). A yearly member needs two years either
    # side ("next winter" said in December starts next December).
    reach = 1 if unit is G.DAY and 1 < ref.year < 9999 else 2
    cands = list(_candidates(unit, index, ref, week_start, reach))
    if unit is G.DAY and which == 0:
        # "this Saturday" said on a Tuesday is the Saturday of this week (the coming one), as
        # "this weekend" is; "this Monday" is the one just past
        week = G.WEEK.unit(ref, week_start)
        return next((c for c in cands if week.start <= c.start < week.end), None)
    own = G.DAY.unit(ref) if unit is G.DAY else unit.unit(ref, week_start)
    return pick(cands, which, prefer, ref, own)



def nth_weekday(year: int, month: int, n: int, weekday: int, tz: _dt.tzinfo,
                first_day: int = 1) -> DateTime | None:
    """Midnight of the ``n``-th ``weekday`` (0 = Monday) of a month, ``n`` = -1 the last one,
    as pendulum counts them; None when the month has no such day (a fifth Thursday). With
    ``first_day``, the nth such weekday on or after that day of the month: US Election Day,
    "the Tuesday after the first Monday in November", is the first Tuesday from November 2;
    Canada's Victoria Day, "the last Monday before May 25", the first Monday from May 18.

    >>> nth_weekday(1999, 11, 4, 3, pendulum.UTC).date()  # Thanksgiving 1999
    Date(1999, 11, 25)
    >>> nth_weekday(2004, 11, 1, 1, pendulum.UTC, 2).date()  # Election Day 2004: November 1 a Monday
    Date(2004, 11, 2)
    >>> nth_weekday(2016, 11, 1, 1, pendulum.UTC, 2).date()  # Election Day 2016: November 1 a Tuesday
    Date(2016, 11, 8)
    """
    first = day(year, month, first_day, tz)
    if first is None or not 0 <= weekday <= 6 or not (n >= 1 or n == -1 and first_day == 1):
        return None
    wd = WeekDay(weekday)
    if first_day != 1:
        found = (first if first.weekday() == weekday else first.next(wd)).add(weeks=n - 1)
        return day(found.year, found.month, found.day, tz) if found.month == month else None
    try:
        found = first.last_of("month", wd) if n == -1 else first.nth_of("month", n, wd)
    except PendulumException:
        return None
    return day(found.year, found.month, found.day, tz)


#: the years for which the Gregorian Easter computation holds (dateutil's documented range)
EASTER_YEARS = range(1583, 4100)


def easter_day(year: int, offset: int, tz: _dt.tzinfo, orthodox: bool = False) -> DateTime | None:
    """Midnight of the day ``offset`` days after Western Easter Sunday of ``year`` (negative:
    before it), or with ``orthodox`` after Orthodox Easter Sunday (the Julian computation,
    given as a Gregorian date); None outside :data:`EASTER_YEARS`. Easter comes from dateutil
    (which pendulum itself depends on), the day count from pendulum.

    >>> easter_day(1999, 0, pendulum.UTC).date(), easter_day(1999, -2, pendulum.UTC).date()
    (Date(1999, 4, 4), Date(1999, 4, 2))
    >>> easter_day(1999, 0, pendulum.UTC, orthodox=True).date()
    Date(1999, 4, 11)
    """
    if year not in EASTER_YEARS:
        return None
    sunday = _easter_sunday(year, EASTER_ORTHODOX if orthodox else EASTER_WESTERN)
    found = pendulum.date(sunday.year, sunday.month, sunday.day).add(days=offset)
    return day(found.year, found.month, found.day, tz)


def units_in(whole: Interval, fine: Granularity) -> int:
    """How many ``fine`` units make up ``whole`` (counted with the calendar, not estimated)."""
    start, end = whole.start, whole.end
    tz, end_tz = start.tzinfo, end.tzinfo
    if ((tz is _UTC or type(tz) is _FIXED_TZ) and (end_tz is _UTC or type(end_tz) is _FIXED_TZ)
            and not (start.microsecond or end.microsecond)):
        # fixed offsets: the stdlib's difference is the elapsed time, and in whole seconds
        # both it and each timestamp are exact floats, so this is the timestamps' difference
        seconds = _SUB(end, start).total_seconds()
    else:
        seconds = end.timestamp() - start.timestamp()
    guess = max(1, round(seconds / (fine.nominal_days * 86400)))
    for n in (guess, guess - 1, guess + 1, guess - 2, guess + 2):
        if n >= 1 and fine.add(whole.start, n) == whole.end:
            return n
    return guess


def fraction_of(whole: Interval, n: int, part: str, fraction: float, fine: Granularity) -> Interval:
    """The first/middle/last ``fraction`` of ``whole`` (``n`` ``fine`` units, see
    :func:`units_in`), with edges on ``fine`` boundaries."""
    k = max(1, round(n * min(1.0, fraction)))
    if part == "START":
        start, end = whole.start, fine.add(whole.start, k)
    elif part == "END":
        start, end = fine.add(whole.start, n - k), whole.end
    else:
        first = (n - k) // 2 if (n - k) % 2 == 0 else round((n - k) / 2)
        start = fine.add(whole.start, first)
        end = fine.add(whole.start, first + k)
    if not start < end:  # a fraction smaller than one fine unit: keep one unit
        if part == "END":
            start = fine.add(end, -1)
        else:
            end = fine.add(start, 1)
    # max(start, whole.start) and min(end, whole.end), unrolled as the builtins compare
    return Interval._trusted(whole.start if whole.start > start else start,  # noqa: FURB136 (min/max: a builtin call)
                             whole.end if whole.end < end else end)  # noqa: FURB136 (min/max: a builtin call)


def nth_slice(whole: Interval, fine: Granularity, count: int, index: int,
              wide: float) -> tuple[Interval, Interval, Granularity]:
    """Slice ``index`` (from 1) of ``whole`` cut into ``count`` equal slices, the share
    ``wide`` of ``whole`` centred on it (moved inside ``whole`` at its edges), and the unit
    their edges are on: the first from ``fine`` down that cuts ``whole`` evenly, so a
    decade's quarters are 30 months. The first or last slice widens inward only, as
    :func:`fraction_of` widens a START or END part.

    >>> century = Granularity.CENTURY.unit(pendulum.datetime(1950, 1, 1))
    >>> nth_slice(century, Granularity.YEAR, 4, 2, 1 / 2)
    (Interval('1925-01-01', '1950-01-01'), Interval('1912-01-01', '1962-01-01'), <Granularity.YEAR: 'year'>)
    >>> decade = Granularity.DECADE.unit(pendulum.datetime(1990, 1, 1))
    >>> nth_slice(decade, Granularity.YEAR, 4, 4, 1 / 2)[0]
    Interval('1997-07-01', '2000-01-01')
    """
    n = units_in(whole, fine)
    while n % count and PART_UNIT[fine] is not fine:
        fine = PART_UNIT[fine]
        n = units_in(whole, fine)
    k = n // count
    first, last = (index - 1) * k, n if index == count else index * k
    extra = max(0, round(n * min(1.0, wide)) - (last - first))
    lo, hi = first - (extra + 1) // 2, last + extra // 2
    if lo < 0:
        lo, hi = 0, hi - lo
    if hi > n:
        lo, hi = max(0, lo - (hi - n)), n
    def at(i: int) -> DateTime:
        return whole.end if i == n else fine.add(whole.start, i)
    return Interval._trusted(at(first), at(last)), Interval._trusted(at(lo), at(hi)), fine


def edge_units(whole: Interval, unit: Granularity, which: int, n: int) -> Interval:
    """The first (``which`` > 0) or last ``n`` ``unit``s of ``whole``, weeks counted as seven
    days from its edge as "the first week of May" is; at most ``whole``.

    >>> edge_units(Granularity.MONTH.unit(pendulum.datetime(1999, 10, 1)), Granularity.DAY, -1, 3)
    Interval('1999-10-29', '1999-11-01')
    """
    step, k = (G.DAY, 7 * n) if unit is G.WEEK else (unit, n)
    if which > 0:
        end = step.add(whole.start, k)
        return Interval._trusted(whole.start, min(whole.end, end))
    start = step.add(whole.end, -k)
    return Interval._trusted(max(whole.start, start), whole.end)


def nearest_start(unit: Granularity, ref: DateTime) -> Interval | None:
    """Of the ``unit`` containing ``ref`` and the next, the one whose start is nearer ("the new
    millennium"); None when that start is over a tenth of the unit away (in 1850 no century is
    new, nor in 1985: the 2000s begin 15 years on; a "new millennium" in 1850 is a hope).

    >>> nearest_start(Granularity.MILLENNIUM, pendulum.datetime(1999, 11, 9))
    Interval('2000-01-01', '3000-01-01')
    >>> nearest_start(Granularity.CENTURY, pendulum.datetime(2005, 3, 1))
    Interval('2000-01-01', '2100-01-01')
    """
    this, after = unit.unit(ref), unit.shifted_unit(ref, 1)
    back, ahead = ref - this.start, after.start - ref
    found, gap = (after, ahead) if ahead < back else (this, back)
    return found if gap * 10 <= this.end - this.start else None


def pick_yearly(years: list[int], find: Callable[[int, _dt.tzinfo], DateTime | None], prefer: str,
                ref: DateTime, since: int | None = None) -> Interval | None:
    """The day ``find(year, zone)`` gives in one of ``years`` (a feast that moves: Easter, the
    fourth Thursday of November) that ``prefer`` picks around ``ref`` (the nearest when none
    fits); None when no year has one. A holiday kept ``since`` a year has none before it:
    then, when ``years`` reach before it, only a day ``prefer`` picks will do ("MLK Day" said
    in June 1985 has no past one)."""
    tz = ref.tzinfo
    assert tz is not None
    cut = since is not None and years[0] < since
    cands: list[Interval] = []
    for year in years:
        start = None if since is not None and year < since else find(year, tz)
        if start is not None:
            cands.append(Granularity.DAY.unit(start))
    if len(cands) <= 1 and not cut:
        return cands[0] if cands else None
    if not cands:
        return None
    chosen = pick(cands, None, prefer, ref, Granularity.DAY.unit(ref))
    if chosen is None and not cut:
        chosen = min(cands, key=lambda c: abs(c.start.timestamp() - ref.timestamp()))
    return chosen


def short_decade(tens: int, year: int, prefer: str) -> int:
    """The first year of the decade a two-digit decade names ("the '40s", "the 60s": ``tens``
    40, 60) said in ``year``: the latest such decade that has begun by then, the current one
    included (in 2026 "the '40s" are the 1940s and "the '20s" the 2020s; in 1999 "the '10s"
    are the 1910s). Writers name a decade still to come in full ("the 2030s"), so only
    ``prefer="future"`` reads one: the first such decade not yet over (in 2026 "the '30s" are
    then the 2030s).

    >>> short_decade(40, 2026, "past"), short_decade(20, 2026, "past"), short_decade(30, 2026, "future")
    (1940, 2020, 2030)
    """
    current = year - year % 10
    first = year - year % 100 + tens
    if prefer == "future":
        return first if first >= current else first + 100
    return first if first <= current else first - 100

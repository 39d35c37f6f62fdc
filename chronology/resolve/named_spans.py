"""Named spans that news and history use around calendar units: "the turn of the century",
"the weekend of November 6", "the 1998-99 season".

The resolver hands these nodes here: it keeps one method per node type, and these are
special readings of some (each function says which). Widths and TIMEX3 choices are in
docs/conventions.md ("Named spans across a boundary").

>>> import chronology
>>> span = chronology.resolve("the turn of the century", anchor="1999-11-09")
>>> span.likely, span.possible, span.timex.value, span.timex.mod.value
(Interval('1998-01-01', '2002-01-01'), Interval('1990-01-01', '2010-01-01'), '2000', 'APPROX')
>>> chronology.resolve("the weekend of November 6", anchor="1999-11-09").timex.value
'1999-W44-WE'
>>> span = chronology.resolve("the 1998-99 season", anchor="1999-11-09")
>>> span.likely, span.possible, span.timex.value
(Interval('1998-09-01', '1999-06-01'), Interval('1998-01-01', '2000-01-01'), '1999')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pendulum import DateTime, WeekDay

from chronology.errors import ResolutionError
from chronology.expression import Date, Part, Period, Relative, Within
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.model.timex import TimexMod
from chronology.resolve import calendar as cal
from chronology.resolve.context import Context, Resolved
from chronology.resolve.context import fail as _fail
from chronology.resolve.tables import SPLIT_YEAR, TURN_REACH
from chronology.resolve.to_timex import date_value

if TYPE_CHECKING:
    from chronology.resolve.resolver import Resolver

__all__ = ["split_year", "turn", "weekend_of"]

_DAY, _WEEK, _MONTH, _YEAR = Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR


def turn(r: Resolver, e: Part, ctx: Context) -> Resolved:
    """"the turn of the century", "the turn of the 20th century", "the turn of the year": the
    years (days) either side of the boundary where the unit begins, as far as
    :data:`~chronology.resolve.tables.TURN_REACH` says. A numbered unit names its own start
    ("the turn of the 20th century" is about 1900). "the turn of the century" (decade, year,
    millennium) names the boundary the reference lies near, when it lies within its possible
    reach (said in 1999 or 2005, about 2000); otherwise ``prefer`` chooses: the boundary before
    (past), after (future) or closer (nearest; a tie goes to the past). TIMEX3 has no value
    for a stretch across a boundary: the boundary's year (its New Year's Day for the turn of a
    year) with mod APPROX. The node is a :class:`~chronology.expression.Part` whose part is
    "TURN", of the unit (numbered, or ``Relative(unit, 0)``)."""
    base = e.expr
    if isinstance(base, Relative):
        unit = Granularity(base.unit)
        ref = ctx.focus if base.narrative else ctx.ref
        first = unit.floor(ref)
        after = unit.add(first, 1)
        (pn, pu) = TURN_REACH[unit][1]
        if ref < pu.add(first, pn) or ctx.prefer == "past" and ref < pu.add(after, -pn):
            boundary = first
        elif ctx.prefer == "nearest" and ref < pu.add(after, -pn):
            boundary = first if ref - first <= after - ref else after
        else:
            boundary = after
    else:
        inner = r.resolve(base, ctx)
        unit = inner.g
        boundary = inner.likely.start
    (ln, lu), (pn, pu) = TURN_REACH[unit]
    likely = Interval._trusted(lu.add(boundary, -ln), lu.add(boundary, ln))
    possible = Interval._trusted(pu.add(boundary, -pn), pu.add(boundary, pn))
    g = _DAY if unit is _YEAR else _YEAR
    return Resolved(likely, possible, g, date_value(boundary, g), mod=TimexMod.APPROX, approximate=True)


def weekend_of(r: Resolver, e: Within, ctx: Context) -> Resolved:
    """"the weekend of November 6", "the weekend of Nov. 13-14", "the weekend of the 13th": the
    Saturday and Sunday (likely) of the weekend the named day belongs to. A Friday, Saturday
    or Sunday belongs to its own week's weekend, a Monday to the one before (a long weekend);
    a Tuesday, Wednesday or Thursday to none, and is refused. Named days (a range) must lie
    within Friday to Monday and hold the Saturday and Sunday. Possible reaches out to the
    named days (Friday, a holiday Monday). A date without a year read as ``prefer`` says
    that names no weekend is read the other way ("the weekend of the 13th" on Tuesday
    November 9, 1999: October 13 was a Wednesday, November 13 is a Saturday). TIMEX3 as
    "this weekend": the ISO week of its Saturday with -WE. The node is a
    :class:`~chronology.expression.Within`: ``Relative("weekend", 0)`` of the named days."""
    first = None
    for prefer in [ctx.prefer] + [p for p in ("past", "future") if p != ctx.prefer]:
        named = r.resolve(e.container, Context(ctx.ref, ctx.focus, ctx.options, prefer, ctx.focus_g,
                                               ctx.focus_end))
        if named.g is not _DAY or named.likely != named.possible:
            # "the weekend of November", "the weekend of about the 6th"
            raise ResolutionError(f"{named.value} is no day, so it names no weekend", expected="a day")
        found = _weekend_holding(named.likely)
        if found is not None:
            iy, iw, _ = found.start.isocalendar()
            return Resolved(found, found.hull(named.likely), _DAY, f"{iy:04d}-W{iw:02d}-WE")
        first = first or named
    assert first is not None
    days = first.likely.start.date().isoformat()
    if first.likely.end > _DAY.add(first.likely.start, 1):
        days += " to " + _DAY.add(first.likely.end, -1).date().isoformat()
    raise ResolutionError(f"{days} is no Friday to Monday (nor the Saturday and Sunday of one weekend), so "
                          "it names no weekend", expected="a Friday, Saturday, Sunday or Monday")


def _weekend_holding(days: Interval) -> Interval | None:
    """The Saturday and Sunday of the weekend ``days`` (whole days) belong to, or None."""
    first = days.start
    weekday = first.day_of_week
    if weekday is WeekDay.MONDAY:
        week = _WEEK.floor(first, WeekDay.MONDAY).add(weeks=-1)
    elif weekday in (WeekDay.FRIDAY, WeekDay.SATURDAY, WeekDay.SUNDAY):
        week = _WEEK.floor(first, WeekDay.MONDAY)
    else:
        return None
    saturday: DateTime = week.add(days=5)
    weekend = Interval._trusted(saturday, week.add(days=7))
    if days.start < saturday.add(days=-1) or days.end > weekend.end.add(days=1):
        return None  # beyond Friday to Monday
    if _DAY.unit(days.start) != days and not (days.start <= saturday and days.end >= weekend.end):
        return None  # "Nov. 13-14" that is a Friday and a Saturday is no weekend's days
    return weekend


def split_year(e: Period, ctx: Context) -> Resolved:
    """A year that straddles two calendar years, named by both: "the 1998-99 season",
    "the 1998-99 fiscal year", "the academic year 1998-99": a
    :class:`~chronology.expression.Period` of unit YEAR, ``e.index`` its kind, ``e.base`` its
    first year. Likely and possible are months of the two years, by
    :data:`~chronology.resolve.tables.SPLIT_YEAR`. TIMEX3 has no value for it: the year it
    ends in (as FY1999 and the winter of 1999 are named) with mod APPROX."""
    tz = ctx.ref.tzinfo
    assert tz is not None and isinstance(e.base, Date) and e.base.year is not None
    first_year = e.base.year
    start = cal.year_start(first_year, tz)
    if start is None or cal.year_start(first_year + 1, tz) is None:
        raise _fail(f"the year from {first_year} is outside the years 1-9999")
    (a, b), (c, d) = SPLIT_YEAR[str(e.index)]
    likely = Interval._trusted(_MONTH.add(start, a - 1), _MONTH.add(start, b - 1))
    possible = Interval._trusted(_MONTH.add(start, c - 1), _MONTH.add(start, d - 1))
    return Resolved(likely, possible, _MONTH, f"{first_year + 1:04d}", mod=TimexMod.APPROX)

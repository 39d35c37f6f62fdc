"""Expression × reference → Span: the resolver.

Each node type of :mod:`chronology.expression` has one method here. A method receives the
node and a :class:`Context` (the reference instant, the story's focus for narrative wording,
and the options) and returns a :class:`Resolved`: likely and possible intervals, the
granularity, and the TIMEX3 parts. The public :func:`chronology.resolve` wraps this.

>>> import pendulum
>>> from chronology.expression import Offset, Quantity
>>> ctx = Context(pendulum.datetime(1999, 11, 9))
>>> r = Resolver().resolve(Offset(Quantity.exact(2), Granularity.YEAR, -1), ctx)
>>> r.likely, r.value
(Interval('1997-01-01', '1998-01-01'), '1997')
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Callable
from functools import partial
from typing import Any

import pendulum
from pendulum import DateTime, WeekDay

from chronology.errors import ChronologyError, InvalidSpan, ResolutionError
from chronology.expression import (
    Ambiguous,
    Approx,
    Bound,
    Clock,
    Cyclic,
    Date,
    Duration,
    Edge,
    Enumeration,
    Expr,
    Offset,
    Part,
    Period,
    Quantity,
    Range,
    Recurrence,
    Ref,
    Relative,
    Within,
)
from chronology.model.granularity import Granularity, just_before
from chronology.model.interval import Interval
from chronology.model.span import PartsMode
from chronology.model.timex import TimexMod, TimexType
from chronology.resolve import calendar as cal
from chronology.resolve import weekdays
from chronology.resolve.bounds import bound
from chronology.resolve.context import UNIT_TYPE as _UNIT_TYPE
from chronology.resolve.context import Context, NoPlaceInTime, Resolved, deictic, widen
from chronology.resolve.context import fail as _fail
from chronology.resolve.context import unit_result as _unit_result
from chronology.resolve.context import whole as _whole
from chronology.resolve.named_spans import split_year, turn, weekend_of
from chronology.resolve.tables import (
    DAY_PARTS,
    PART_MOD,
    PART_UNIT,
    REFERENCE_REACH,
    TIMEX_DAY_PART,
)
from chronology.resolve.to_timex import containing_value, date_value, duration_value, set_value

__all__ = ["Context", "NoPlaceInTime", "Resolved", "Resolver"]

G = Granularity
#: the members as module constants: reading one off the enum class (``G.DAY``) runs the enum
#: metaclass's ``__getattr__`` hook (Python 3.11), a cost on every node resolved
(_SECOND, _MINUTE, _HOUR, _DAY, _WEEK, _MONTH, _SEASON, _QUARTER, _HALF, _YEAR, _DECADE, _CENTURY,
 _MILLENNIUM) = Granularity
_ALL = PartsMode.ALL
_UTC = pendulum.UTC
_FIXED_TZ = pendulum.FixedTimezone  # the class of every fixed-offset zone (no daylight saving)
#: the members by value (a member is a str equal to its value, so either finds it)
_BY_VALUE = {g._value_: g for g in Granularity}


class Resolver:
    """Resolves expression nodes; one method per node type, dispatched by class."""

    def __init__(self) -> None:
        self._dispatch: dict[type, Callable[[Any, Context], Resolved]] = {
            Date: self._date, Cyclic: self._cyclic, Period: self._period, Relative: self._relative,
            Offset: self._offset_or, Within: self._within, Part: self._part, Edge: self._edge, Approx: self._approx,
            Bound: partial(bound, self), Range: self._range, Enumeration: self._enumeration,
            Clock: self._clock, Ref: self._ref, Duration: self._duration,
            Recurrence: self._recurrence, Ambiguous: self._ambiguous,
        }

    def resolve(self, expr: Expr, ctx: Context) -> Resolved:
        """Resolve one node against ``ctx``."""
        try:
            return self._dispatch[type(expr)](expr, ctx)
        except InvalidSpan as exc:
            raise _fail(str(exc)) from exc
        except ChronologyError:
            raise
        except (OverflowError, ValueError) as exc:  # calendar arithmetic ran off years 1-9999
            raise _fail(f"the time lies outside the years 1-9999 that chronology can represent ({exc})") from exc

    # -- calendar dates ---------------------------------------------------------------

    def _year(self, e: Date, ctx: Context) -> int:
        if e.year is None:
            return ctx.ref.year
        if not e.short_year:
            return e.year
        # a two-digit year: the century that puts it within 80 years before / 20 after the anchor
        base = ctx.ref.year
        century = base - base % 100
        year = century + e.year
        if year > base + 20:
            year -= 100
        elif year < base - 80:
            year += 100
        return year

    def _date(self, e: Date, ctx: Context) -> Resolved:
        tz = ctx.ref.tzinfo
        assert tz is not None
        if e.nth is not None:
            return self._nth_weekday(e, ctx)
        if e.easter is not None:
            return self._easter(e, ctx)
        if e.year is not None:
            year = self._year(e, ctx) if e.short_year else e.year
            if not 1 <= year <= 9999:
                raise _fail(f"the year {year if year > 0 else f'{1 - year} BC'} is outside the years "
                            "1-9999 that chronology can represent")
            if e.month is None:
                start = cal.year_start(year, tz)
                if start is None:
                    raise _fail(f"no year {year}")
                return _unit_result(_YEAR.unit(start), _YEAR)
            if e.day is None:
                start = cal.day(year, e.month, 1, tz)
                if start is None:
                    raise _fail(f"no month {year}-{e.month}")
                return _unit_result(_MONTH.unit(start), _MONTH)
            start = cal.day(year, e.month, e.day, tz)
            if start is None:
                raise _fail(f"{year:04d}-{e.month:02d}-{e.day:02d} is not a day of the calendar")
            if e.weekday is not None and (wrong := weekdays.contradiction(start, e.weekday)) is not None:
                raise wrong  # "Tuesday, Nov. 10, 1999" (a Wednesday): two days, no answer
            return _unit_result(_DAY.unit(start), _DAY)
        if e.month is not None and e.day is not None:
            return self._month_day(e, ctx)
        if e.month is not None:
            return self._cyclic(Cyclic(_MONTH, e.month), ctx)
        if e.day is not None:
            return self._day_of_month(e.day, ctx, e.weekday)
        if e.weekday is not None:
            return self._cyclic(Cyclic(_DAY, e.weekday), ctx)
        raise ResolutionError("an empty date", expected="a year, month or day")

    def _month_day(self, e: Date, ctx: Context) -> Resolved:
        tz = ctx.ref.tzinfo
        assert tz is not None
        assert e.month is not None and e.day is not None
        reach = 8 if (e.month, e.day) == (2, 29) else 1
        ref = ctx.ref
        if (ctx.prefer in ("past", "future") and (tz is _UTC or type(tz) is _FIXED_TZ)
                and 1 < ref.year - reach and ref.year + reach < 9999):
            day = cal.month_day_steady(e.month, e.day, e.weekday, ref, ctx.prefer, reach)
            if e.weekday is not None and day.weekday() != e.weekday:  # fits in no year near
                raise weekdays.fits_none([d for k in range(-reach, reach + 1)
                                          if (d := cal.day(ref.year + k, e.month, e.day, tz)) is not None],
                                         e.weekday, day.format("MMMM D"))
            return _unit_result(_DAY.unit(day), _DAY)
        cands: list[Interval] = []
        for k in range(-reach, reach + 1):
            start = cal.day(ctx.ref.year + k, e.month, e.day, tz)
            if start is not None:
                cands.append(_DAY.unit(start))
        if e.weekday is not None:  # "Tuesday, November 9": prefer years where the weekday fits
            fitting = [c for c in cands if c.start.weekday() == e.weekday]
            if not fitting:  # "Monday, November 10": in no year near the anchor
                raise weekdays.fits_none([c.start for c in cands], e.weekday, cands[0].start.format("MMMM D"))
            cands = fitting
        chosen = cal.pick(cands, None, ctx.prefer, ctx.ref, _DAY.unit(ctx.ref))
        if chosen is None:
            chosen = min(cands, key=lambda c: abs(c.start.timestamp() - ctx.ref.timestamp()))
        return _unit_result(chosen, _DAY)

    def _nth_weekday(self, e: Date, ctx: Context) -> Resolved:
        """"Thanksgiving", "the fourth Thursday of November 1999": the nth weekday of a month,
        in the given year or, without one, the year ``prefer`` picks (as for "Christmas")."""
        assert e.nth is not None and e.month is not None and e.weekday is not None
        month, nth, weekday, first = e.month, e.nth, e.weekday, e.day or 1  # Election Day: from the 2nd
        return self._yearly_day(e, ctx, lambda year, tz: cal.nth_weekday(year, month, nth, weekday, tz, first),
                                f"no weekday {weekday} number {nth} in month {month} of {{year}}")

    def _easter(self, e: Date, ctx: Context) -> Resolved:
        """"Easter", "Good Friday 1999", "Pentecost": a day counted from Easter Sunday, in the
        given year or, without one, the year ``prefer`` picks."""
        assert e.easter is not None
        offset, orthodox = e.easter, e.orthodox
        years = cal.EASTER_YEARS
        return self._yearly_day(e, ctx, lambda year, tz: cal.easter_day(year, offset, tz, orthodox),
                                f"no Easter date for {{year}}: chronology knows Easter in "
                                f"{years.start}-{years.stop - 1}")

    def _yearly_day(self, e: Date, ctx: Context, find: Callable[[int, _dt.tzinfo], DateTime | None],
                    missing: str) -> Resolved:
        """A day that moves from year to year, found by ``find(year, tz)``: in ``e``'s year, or
        in the year around the anchor's that ``prefer`` picks (``missing``: the error, its
        ``{year}`` filled in)."""
        years = [self._year(e, ctx)] if e.year is not None else [ctx.ref.year + k for k in (-1, 0, 1)]
        chosen = cal.pick_yearly(years, find, ctx.prefer, ctx.ref, e.since)
        if chosen is None:  # since: "MLK Day 1985" (first kept in 1986)
            raise _fail(missing.format(year=years[0]) if e.since is None else f"the holiday's date rule holds from {e.since} only")
        return _unit_result(chosen, _DAY)

    def _day_of_month(self, dom: int, ctx: Context, weekday: int | None = None) -> Resolved:
        """"the 19th"; with a weekday ("Tuesday the 10th") only a month whose day it is."""
        tz = ctx.ref.tzinfo
        assert tz is not None
        if ctx.focus_g in (_MONTH, _DAY) and ctx.focus_end is not None \
                and _MONTH.floor(just_before(ctx.focus_end)) == _MONTH.floor(ctx.focus):
            # a story told of one month ("In December they tried twice, most recently on the
            # 19th"): the day of that month, not of the anchor's
            start = cal.day(ctx.focus.year, ctx.focus.month, dom, tz)
            if start is not None and (weekday is None or start.weekday() == weekday):
                return _unit_result(_DAY.unit(start), _DAY)
        cands: list[Interval] = []
        month = _MONTH.floor(ctx.ref)
        for k in (-2, -1, 0, 1, 2):
            m = month.add(months=k)
            start = cal.day(m.year, m.month, dom, tz)
            if start is not None:
                cands.append(_DAY.unit(start))
        if weekday is not None and cands:
            fitting = [c for c in cands if c.start.weekday() == weekday]
            if not fitting:
                raise weekdays.fits_none([c.start for c in cands], weekday, f"the {cands[0].start.format('Do')}")
            cands = fitting
        chosen = cal.pick(cands, None, ctx.prefer, ctx.ref, _DAY.unit(ctx.ref))
        if chosen is None and weekday is not None and cands:  # "Wednesday the 10th" said on Tuesday the 9th
            chosen = min(cands, key=lambda c: abs(c.start.timestamp() - ctx.ref.timestamp()))
        if chosen is None:
            raise _fail(f"no day {dom} near {ctx.ref.date().isoformat()}")
        return _unit_result(chosen, _DAY)

    def _cyclic(self, e: Cyclic, ctx: Context) -> Resolved:
        if e.which == 0 and e.unit in (_MONTH, _QUARTER, _HALF) or (
                e.which == 0 and e.unit is _SEASON and e.index != "WI"):
            tz = ctx.ref.tzinfo
            assert tz is not None
            year = (ctx.focus if e.narrative else ctx.ref).year  # "this September", "that spring"
            found = cal.member_in_year(e.unit, e.index, year, tz)
            if found is not None:
                return _unit_result(found, e.unit)
        ref = ctx.focus if e.narrative else ctx.ref  # "the previous Friday": before the focus's day
        found = cal.cycle_member(e.unit, e.index, ref, e.which, ctx.prefer, ctx.week_start)
        if found is None:
            raise _fail(f"no {e.unit.value} {e.index} near {ref.date().isoformat()}")
        return _unit_result(found, e.unit)

    def _period(self, e: Period, ctx: Context) -> Resolved:
        tz = ctx.ref.tzinfo
        assert tz is not None
        if e.unit in (_DECADE, _CENTURY, _MILLENNIUM):
            first = int(e.index)
            if e.unit is _DECADE and 0 <= first < 100:  # "the '90s": a decade of the anchor's century
                first = cal.short_decade(first, ctx.ref.year, ctx.prefer)
            start = cal.year_start(first, tz) if first >= 1 else None
            if start is None:
                raise _fail(f"the {e.unit.value} from {e.index} is outside the years 1-9999")
            return _unit_result(e.unit.unit(start), e.unit)
        if e.unit is _YEAR:  # "the 1998-99 season": a year across two calendar years
            return split_year(e, ctx)
        if e.base is None:
            return self._cyclic(Cyclic(e.unit, e.index), ctx)
        base = self.resolve(e.base, ctx)
        if max(base.g, base.value_g) > _YEAR:  # the builders make a decade's halves Parts
            raise _fail(f"{base.value} is longer than a year: it has no {e.unit.value} {e.index}")
        year = base.likely.start.year if e.unit is not _SEASON or base.likely.start.month != 12 else \
            base.likely.start.year + 1
        if e.unit is _WEEK:
            start = cal.day(year, 1, 4, tz)
            if start is None:
                raise _fail(f"no week {e.index} in {year}")
            week = _WEEK.floor(start, WeekDay.MONDAY).add(weeks=int(e.index) - 1)
            if week.isocalendar()[0] != year:  # ISO years have 52 or 53 weeks
                raise _fail(f"{year} has no ISO week {e.index} (it has 52)")
            return _unit_result(_WEEK.unit(week), _WEEK)
        found = cal.member_in_year(e.unit, e.index, year, tz)
        if found is None:
            raise _fail(f"no {e.unit.value} {e.index} in {year}")
        return _unit_result(found, e.unit)

    # -- relative to the reference ------------------------------------------------------

    def _relative(self, e: Relative, ctx: Context) -> Resolved:
        if e.unit == "period":  # "the latest period": the focus's unit, else a results quarter
            fg = ctx.focus_g
            if fg is None or not _DAY <= fg <= _YEAR or fg is _SEASON:
                # no reporting period in focus: the last quarter completed before the reference
                start = _QUARTER.add(_QUARTER.floor(ctx.ref), e.offset - 1)
                return _unit_result(_QUARTER.unit(start), _QUARTER)
            if fg < _MONTH:  # "the quarter ended Sept. 30 ... the latest period": its quarter
                start = _QUARTER.add(_QUARTER.floor(ctx.focus), e.offset)
                return _unit_result(_QUARTER.unit(start), _QUARTER)
            return self._relative(Relative(fg, e.offset, narrative=True), ctx)
        ref = ctx.focus if e.narrative else ctx.ref
        if e.narrative and e.offset == 0 and e.unit is _QUARTER and ctx.focus_g is None:
            # "the quarter", "the latest quarter" with no story yet: results news means the
            # last quarter completed before publication
            start = _QUARTER.add(_QUARTER.floor(ctx.ref), -1)
            return _unit_result(_QUARTER.unit(start), _QUARTER)
        if e.narrative and e.offset == 0 and ctx.focus_g is not None and e.unit != "weekend" and (
                ctx.focus_g > G(e.unit) or (e.unit is _QUARTER and ctx.focus_g is not _QUARTER)
                or G(e.unit).floor(ctx.focus, ctx.week_start) > ctx.ref):
            # the focus is coarser than the unit ("the quarter" after a year or a day) or a
            # forecast after the reference: "the year" is then the reference's own, and "the
            # quarter", as results news means it, the last one completed before publication
            ref = ctx.ref
            if e.unit is _QUARTER:
                start = _QUARTER.add(_QUARTER.floor(ref), -1)
                return _unit_result(_QUARTER.unit(start), _QUARTER)
        if e.unit == "weekend":
            if e.narrative and e.offset == 0:
                # "over the weekend": the one just before publication, or the coming one when
                # the clause looks ahead ("a convoy is expected over the weekend")
                ref = ctx.ref
                if ref.weekday() < 5:
                    ahead = ctx.prefer == "future"
                    ref = _DAY.add(_DAY.floor(ref), 5 - ref.weekday() if ahead else -(ref.weekday() + 1))
            week = _WEEK.floor(ref, WeekDay.MONDAY).add(weeks=e.offset)
            saturday = week.add(days=5)
            likely = Interval._trusted(saturday, week.add(days=7))
            iy, iw, _ = saturday.isocalendar()
            return Resolved(likely, None, _DAY, f"{iy:04d}-W{iw:02d}-WE")
        g = _BY_VALUE.get(e.unit) or G(e.unit)  # the enum's call runs its lookup in Python
        if e.nearest:  # "the new millennium": begun last or about to begin
            found = cal.nearest_start(g, ref)
            if found is None:
                raise _fail(f"no {g.value} begins or began within a tenth of one of {ref.date().isoformat()}")
            return _unit_result(found, g)
        return _unit_result(g.shifted_unit(ref, e.offset, ctx.week_start), g, ctx.week_start)

    def _reference(self, e: Offset, ctx: Context) -> DateTime:
        """Where an offset counts from: its base ("two days before the vote"), the story's focus
        ("three days later") or the reference ("two days ago")."""
        if e.base is not None:
            return self.resolve(e.base, ctx).likely.start
        return ctx.focus if e.narrative else ctx.ref

    def _offset_point(self, n: int, unit: Granularity, sign: int, ref: DateTime, week_start: WeekDay) -> Interval:
        return unit.shifted_unit(ref, sign * n, week_start)

    def _offset(self, e: Offset, ctx: Context) -> Resolved:
        if e.base is not None and e.unit >= _YEAR and not e.amount.vague:
            base = self.resolve(e.base, ctx)  # once for both
            same = self._years_from(e, base, ctx)  # "a year ago today", "a decade before March 1999"
            if same is not None:
                return same
            ref = base.likely.start
        else:
            ref = self._reference(e, ctx)
        n, unit, low, high = _whole(e.amount, e.unit)
        ws = ctx.week_start
        fg = ctx.focus_g
        if (fg is not None and e.base is None and e.unit is _YEAR and _DAY <= fg < _YEAR
                and fg is not _WEEK and (e.narrative or fg in (_QUARTER, _HALF))
                and not e.amount.vague):
            # "profit rose from a year earlier": the same quarter (month, day) a year before the
            # story's focus, as news comparisons mean; a focus of several units ("late 1995",
            # September to December) keeps them all ("a year later": late 1996)
            start = _YEAR.add(fg.floor(ctx.focus, ws), e.sign * n)
            one = fg.unit(start, ws)
            if ctx.focus_end is not None:
                end = _YEAR.add(ctx.focus_end, e.sign * n)
                if end > one.end:
                    whole = Interval._trusted(start, end)
                    value, vg = containing_value(whole, fg, ws)
                    return Resolved(whole, None, fg, value, TimexType.TIME if vg < _DAY else TimexType.DATE,
                                    value_g=vg)
            return _unit_result(one, fg, ws)
        likely = self._offset_point(n, unit, e.sign, ref, ws)
        last = unit.floor(just_before(ctx.focus_end), ws) if (
            e.narrative and e.base is None and ctx.focus_end is not None) else None
        if last is not None and last > unit.floor(ref, ws):
            # "three weeks later" than a whole August (or than "November 5, 6 and 7"): as late
            # as that long after its last day
            likely = likely.hull(self._offset_point(n, unit, e.sign, last, ws))
            value, vg = containing_value(likely, unit, ws)
            if (unit < _DAY and fg is not None and vg > fg >= _DAY
                    and likely.end <= fg.add(fg.floor(likely.start, ws), 2)):
                # "three hours later" than Tuesday runs into Wednesday: the value names the
                # focus's unit that holds most of the readings (Tuesday), not their month
                value, vg = containing_value(fg.unit(likely.midpoint, ws), fg, ws)
            t = TimexType.TIME if vg < _DAY else TimexType.DATE  # "48 hours later" than Wednesday: a day
            return Resolved(likely, None, unit, value, t, value_g=vg)
        result = _unit_result(likely, unit, ws)
        if e.amount.vague:
            a = self._offset_point(math.floor(low), unit, e.sign, ref, ws)
            b = self._offset_point(math.ceil(high), unit, e.sign, ref, ws)
            result.possible = likely.hull(a).hull(b)
            result.approximate = True
        return result

    def _years_from(self, e: Offset, base: Resolved, ctx: Context) -> Resolved | None:
        """Whole years from a named day, month, season or quarter (``base``) keep its
        unit ("a year ago today", "a year before March 1999" is March 1998); None otherwise."""
        n, unit, _, _ = _whole(e.amount, e.unit)
        g, ws = base.g, ctx.week_start
        if unit is not _YEAR or not _DAY <= g < _YEAR or g is _WEEK or base.likely != g.unit(base.likely.start, ws):
            return None
        return _unit_result(g.unit(_YEAR.add(base.likely.start, e.sign * n), ws), g, ws)

    def _offset_or(self, e: Offset, ctx: Context) -> Resolved:
        """An offset by "N or M" units ("two or three years ago"): either count is as likely,
        so likely covers both (and every count between); other offsets go to ``_offset``."""
        q = e.amount
        if not (q.vague and not float(q.value).is_integer() and float(q.low).is_integer()
                and float(q.high).is_integer()):
            return self._offset(e, ctx)
        if e.base is not None:
            ref = self.resolve(e.base, ctx).likely.start
        else:
            ref = ctx.focus if e.narrative else ctx.ref
        ws = ctx.week_start
        nl, unit, _, _ = _whole(Quantity.exact(q.low), e.unit)
        nh = _whole(Quantity.exact(q.high), e.unit)[0]
        likely = self._offset_point(nl, unit, e.sign, ref, ws).hull(self._offset_point(nh, unit, e.sign, ref, ws))
        value, vg = containing_value(likely, unit, ws)
        return Resolved(likely, None, unit, value, TimexType.TIME if unit < _DAY else TimexType.DATE,
                        approximate=True, value_g=vg)

    def _within(self, e: Within, ctx: Context) -> Resolved:
        if type(e.inner) is Relative and e.inner.unit == "weekend":  # "the weekend of November 6"
            return weekend_of(self, e, ctx)
        container = self.resolve(e.container, ctx)
        inner = self.resolve(e.inner, ctx.moved(container.likely.start, "future"))
        if not container.possible.contains(inner.likely):
            raise ResolutionError(f"{inner.value} does not lie within {container.value}",
                                  expected="a time inside its container")
        return inner

    def _part(self, e: Part, ctx: Context) -> Resolved:
        if e.part == "TURN":  # "the turn of the century"
            return turn(self, e, ctx)
        inner = self.resolve(e.expr, ctx)
        whole = inner.likely
        fine = PART_UNIT[inner.g if inner.value_g is inner.g else max(inner.value_g, inner.g)]
        if e.part in ("EARLIER", "LATER"):
            today = _DAY.unit(ctx.ref)
            # on the unit's first (last) day nothing of it lies before (after) that day: "later
            # this year" said on December 31 is later that day, not the whole year
            if e.part == "EARLIER":
                piece = Interval._trusted(whole.start, today.start) if whole.start < today.start else (
                    today if whole.start == today.start and today.end <= whole.end else whole)
            else:
                piece = Interval._trusted(today.end, whole.end) if today.end < whole.end else (
                    today if whole.end == today.end and whole.start <= today.start else whole)
            return Resolved(piece, None, min(_DAY, inner.g), inner.value, inner.type,
                            inner.mod, value_g=inner.value_g)
        policy = ctx.options.policy
        if e.index:  # a numbered slice: "the second quarter of the century" (1925-1950)
            likely, possible, fine = cal.nth_slice(whole, fine, round(1 / e.fraction), e.index,
                                                   max(policy.part_possible, e.fraction))
            return Resolved(likely, possible, fine, inner.value, inner.type, PART_MOD.get(e.part),
                            value_g=inner.value_g)
        n = cal.units_in(whole, fine)  # counted once for both fractions
        likely = cal.fraction_of(whole, n, e.part, e.fraction, fine)
        wide = max(policy.part_possible, e.fraction)
        possible = whole if wide >= 1 else cal.fraction_of(whole, n, e.part, wide, fine).hull(likely)
        mod = PART_MOD[e.part]
        return Resolved(likely, possible, fine, inner.value, inner.type, mod, value_g=inner.value_g)

    def _edge(self, e: Edge, ctx: Context) -> Resolved:
        """The first or last day (or seven days, for a week) of a time; or one unnamed day of
        it ("one day last week"): anywhere in the time, told in days, with its TIMEX3 value. A
        decade or century of a longer time is its own named one ("the second decade of the 20th
        century" is the 1910s: the century counted from 1900, as everywhere)."""
        inner = self.resolve(e.expr, ctx)
        whole = inner.likely
        if max(inner.g, inner.value_g) <= e.unit:
            raise _fail(f"a {e.unit.value} is no smaller part of {inner.value}")
        if e.which == 0:
            return Resolved(whole, inner.possible, e.unit, inner.value, inner.type, inner.mod,
                            inner.approximate, value_g=inner.value_g)
        if e.unit >= _DECADE and e.count is None:  # "the last decade of the 19th century": 1890-1899
            piece = e.unit.unit(e.unit.add(whole.start, e.which - 1) if e.which > 0 else e.unit.add(whole.end, e.which))
            if not whole.contains(piece):
                raise _fail(f"{inner.value} has no {e.unit.value} number {e.which}")
            return _unit_result(piece, e.unit)
        if e.count is not None:  # "the last days of October": a few, the time's own START/END
            likely = cal.edge_units(whole, e.unit, e.which, round(e.count.value))
            if likely == whole:
                raise _fail(f"a few {e.unit.value}s are all of {inner.value}, no part of it")
            possible = cal.edge_units(whole, e.unit, e.which, round(e.count.high))
            return Resolved(likely, possible, _DAY if e.unit is _WEEK else e.unit, inner.value, inner.type,
                            PART_MOD["START" if e.which > 0 else "END"], value_g=inner.value_g)
        days = 7 if e.unit is _WEEK else 1
        if e.which > 0:  # the first (second …) day or seven days
            start = _DAY.add(_DAY.floor(whole.start), (e.which - 1) * days)
            piece = Interval._trusted(start, _DAY.add(start, days))
            if piece.end > whole.end:
                raise _fail(f"{inner.value} has no {e.unit.value} number {e.which}")
        else:
            end = _DAY.floor(just_before(whole.end))
            piece = Interval._trusted(_DAY.add(end, 1 - days), _DAY.add(end, 1))
        if days == 1:
            return _unit_result(piece, _DAY)
        value, vg = containing_value(piece, _DAY, ctx.week_start)
        return Resolved(piece, None, _DAY, value, TimexType.DATE, value_g=vg)

    def _approx(self, e: Approx, ctx: Context) -> Resolved:
        inner_expr = e.expr
        if isinstance(inner_expr, Offset) and not inner_expr.amount.vague and (
                inner_expr.base is None or inner_expr.unit < _YEAR):
            # a hedged count of units ("about two years ago"); a hedge on years from a named
            # time ("this time last year") is on that time, widened by its own unit below
            result = self._offset(inner_expr, ctx)
            n, unit, _, _ = _whole(inner_expr.amount, inner_expr.unit)
            k = max(1, math.ceil(n * ctx.options.policy.relative_ratio))
            ref = self._reference(inner_expr, ctx)
            a = self._offset_point(n + k, unit, inner_expr.sign, ref, ctx.week_start)
            b = self._offset_point(max(0, n - k), unit, inner_expr.sign, ref, ctx.week_start)
            result.possible = result.likely.hull(a).hull(b)
        elif isinstance(inner_expr, Duration):
            result = self._duration(inner_expr, ctx)
            result.possible = widen(result.possible, result.g, ctx)
        else:
            result = self.resolve(inner_expr, ctx)
            result.possible = widen(result.possible, result.g, ctx)
        result.approximate = True
        if result.mod is None:
            result.mod = TimexMod.APPROX
        return result

    # -- several times ----------------------------------------------------------------

    def _range(self, e: Range, ctx: Context) -> Resolved:
        a = self.resolve(e.start, ctx)
        # an underspecified end ("to November 7", "through Friday") follows the start; deictic
        # wording ("to next year", "until tomorrow") still hangs from the reference
        b = self.resolve(e.end, ctx if deictic(e.end) else ctx.moved(a.likely.start, "future"))
        if b.likely.end <= a.likely.start and isinstance(e.start, Clock) and isinstance(e.end, Clock) \
                and e.start.base == e.end.base and e.end.hour is not None:
            # "from 10 p.m. to 2 a.m.": a clock range that crosses midnight ends the next day, at
            # that day's 2 a.m. on the clock (not 24 hours after a time daylight saving moved)
            after = cal.wall_clock(_DAY.add(_DAY.floor(b.likely.start), 1), e.end.hour, e.end.minute or 0)
            b.likely = b.possible = _MINUTE.unit(after)
        if b.likely.end <= a.likely.start:
            raise ResolutionError(f"the range ends ({b.value}) before it starts ({a.value})",
                                  expected="a range whose end follows its start")
        # the range runs to the end of its end, also when that end lies inside the start: "this
        # year through August" is January to August, not the whole year
        inside = a.likely.start <= b.likely.start and b.likely.end < a.likely.end
        end, possible_end = b.likely.end, b.possible.end
        if isinstance(e.end, Clock) and e.end.hour is not None and b.g is _MINUTE:
            # "from 9 a.m. to 5 p.m." ends at 5 p.m., not when the minute 5:00 ends
            end = possible_end = b.likely.start
        # min() and max() unrolled as the builtins compare (ties keep the first argument)
        if not (inside or end > a.likely.end):
            end = a.likely.end
        likely = Interval._trusted(a.likely.start, end)
        possible = Interval._trusted(
            likely.start if likely.start < a.possible.start else a.possible.start,  # noqa: FURB136
            end if end > possible_end else possible_end)  # noqa: FURB136
        g = a.g if a.g is b.g else min(a.g, b.g)  # (most ranges join like units: no comparison)
        value_g = a.value_g if a.value_g is b.value_g else max(a.value_g, b.value_g)
        value, vg = containing_value(likely, value_g, ctx.week_start)
        # a range of times within one day is valued as the day: a DATE, as TimeML types values
        t = _UNIT_TYPE[g] if vg < _DAY else TimexType.DATE
        return Resolved(likely, possible, g, value, t, None, a.approximate or b.approximate, value_g=vg)

    def _enumeration(self, e: Enumeration, ctx: Context) -> Resolved:
        results: list[Resolved] = []
        here = ctx
        for item in e.items:
            r = self.resolve(item, ctx if deictic(item) else here)
            results.append(r)
            here = ctx.moved(r.likely.start, "future")
        mode = PartsMode.ALL if e.mode == "all" else PartsMode.ONE
        pieces = sorted(r.likely for r in results)
        merged: list[Interval] = [pieces[0]]
        for p in pieces[1:]:
            last = merged[-1]
            if p.start <= last.end if mode is PartsMode.ALL else p.start < last.end:
                merged[-1] = last.hull(p)
            else:
                merged.append(p)
        likely = Interval._trusted(merged[0].start, max(p.end for p in merged))
        possible = likely
        for r in results:
            possible = possible.hull(r.possible)
        g = min(r.g for r in results)
        value, vg = containing_value(likely, max(r.value_g for r in results), ctx.week_start)
        t = TimexType.TIME if g < _DAY else TimexType.DATE
        out = Resolved(likely, possible, g, value, t, None, any(r.approximate for r in results), value_g=vg)
        if len(merged) > 1:
            out.parts = tuple(merged)
            out.mode = mode
        return out

    # -- times of day, references ------------------------------------------------------

    def _clock(self, e: Clock, ctx: Context) -> Resolved:
        if e.base is None:
            # a bare time of day ("at 3 p.m.", "late afternoon") is on the story's day when a
            # story told of one day ("Fighting resumed on Sunday … until late afternoon"),
            # else on the anchor's; "this morning", "tonight" name their day (a base)
            told_day = ctx.focus_g is not None and ctx.focus_g <= _DAY and ctx.focus_end is not None \
                and ctx.focus_end <= _DAY.add(_DAY.floor(ctx.focus), 1)
            base = _DAY.unit(ctx.focus if told_day else ctx.ref)
            base_value = date_value(base.start, _DAY)
        else:
            b = self.resolve(e.base, ctx)
            base = _DAY.unit(b.likely.start)
            base_value = date_value(base.start, _DAY)
        midnight = base.start
        if e.hour is None:
            code = e.part or "MO"
            (l0, l1), (p0, p1) = DAY_PARTS[code]
            likely = Interval._trusted(cal.wall_clock(midnight, l0), cal.wall_clock(midnight, l1))
            possible = Interval._trusted(cal.wall_clock(midnight, p0), cal.wall_clock(midnight, p1))
            if code == "EH":  # the early hours of Friday end the night of Thursday (TNI runs to 6 a.m.)
                base_value = date_value(_DAY.add(midnight, -1), _DAY)
            return Resolved(likely, possible, _HOUR, f"{base_value}T{TIMEX_DAY_PART.get(code, code)}",
                            TimexType.TIME)
        minute = e.minute or 0
        if e.zone is not None:  # the clocks of a zone on the base day's date
            start = cal.zoned_clock(midnight, e.hour, minute, e.zone)
        elif e.hour == 24:  # midnight at the end of the base day (TimeML T24:00)
            start = base.end
        else:
            start = cal.wall_clock(midnight, e.hour, minute)
        likely = _MINUTE.unit(start)
        return Resolved(likely, None, _MINUTE, f"{base_value}T{e.hour:02d}:{minute:02d}", TimexType.TIME)

    def _ref(self, e: Ref, ctx: Context) -> Resolved:
        today = _DAY.unit(ctx.ref)
        if e.value not in REFERENCE_REACH:
            return Resolved(today, None, _DAY, e.value)
        (ln, lu), (pn, pu) = REFERENCE_REACH[e.value]
        if e.value == "PAST_REF":
            likely = Interval._trusted(lu.add(today.end, -ln), today.end)
            possible = Interval._trusted(pu.add(today.end, -pn), today.end)
        else:
            likely = Interval._trusted(today.start, lu.add(today.start, ln))
            possible = Interval._trusted(today.start, pu.add(today.start, pn))
        return Resolved(likely, possible, _DAY, e.value, approximate=True)

    # -- lengths and sets ---------------------------------------------------------------

    def _duration(self, e: Duration, ctx: Context) -> Resolved:
        value = duration_value(e.amount, e.unit, e.vague_unit)
        if e.anchored == 0:
            raise NoPlaceInTime(f"{value} is a length of time with no place in time",
                                expected="a date or time; a length of time needs an anchor such as "
                                         "'the past three weeks'")
        n, unit, _low, high = _whole(e.amount, e.unit)
        fine = min(_DAY, unit)
        if e.edge is not None or e.narrative:
            return self._stretch(e, ctx, n, unit, high, value)
        today = _DAY.unit(ctx.ref) if unit >= _DAY else unit.unit(ctx.ref)
        if e.anchored < 0:
            end = today.end
            likely = Interval._trusted(unit.add(end, -max(n, 1)), end)
            possible = Interval._trusted(unit.add(end, -max(math.ceil(high), n, 1)), end)
        else:
            start = today.start
            likely = Interval._trusted(start, unit.add(start, max(n, 1)))
            possible = Interval._trusted(start, unit.add(start, max(math.ceil(high), n, 1)))
        if not e.amount.vague and e.amount.value == 1 and e.unit >= _WEEK:
            # "the past year", "the last decade": TimeML values them as the previous unit (or as
            # the length when it starts before the year 1: "the last millennium" in 1999)
            try:
                prev = e.unit.add(e.unit.floor(ctx.ref, ctx.week_start), e.anchored)
                return Resolved(likely, possible, fine, date_value(prev, e.unit, ctx.week_start), TimexType.DATE,
                                value_g=e.unit)
            except InvalidSpan:
                pass
        return Resolved(likely, possible, fine, value, TimexType.DURATION, approximate=e.amount.vague,
                        value_g=unit)

    def _stretch(self, e: Duration, ctx: Context, n: int, unit: Granularity, high: float,
                 value: str) -> Resolved:
        """A stretch from a named time or the story's focus, not the reference: "the year to
        March" ends when March ends, "the following decades" start when the focus ends. Its
        TIMEX3 is the length (DURATION P1Y), as TimeML marks "the year" of "the year ended"."""
        if e.edge is not None:  # "the year to March" ends when March ends; "the week beginning
            named = self.resolve(e.edge, ctx).likely  # November 8" starts when it starts
            edge = named.end if e.anchored < 0 else named.start
        elif e.anchored < 0:
            edge = ctx.focus
        else:
            edge = ctx.focus_end if ctx.focus_end is not None else _DAY.unit(ctx.focus).end
        far = max(math.ceil(high), n, 1)
        if e.anchored < 0:
            likely = Interval._trusted(unit.add(edge, -max(n, 1)), edge)
            possible = Interval._trusted(unit.add(edge, -far), edge)
        else:
            likely = Interval._trusted(edge, unit.add(edge, max(n, 1)))
            possible = Interval._trusted(edge, unit.add(edge, far))
        return Resolved(likely, possible, min(_DAY, unit), value, TimexType.DURATION,
                        approximate=e.amount.vague, value_g=unit)

    def _recurrence(self, e: Recurrence, ctx: Context) -> Resolved:
        value, _, _ = set_value(e)
        raise NoPlaceInTime(f"{value} is a recurring time (a set) with no single place in time",
                            expected="a date or time")

    def _ambiguous(self, e: Ambiguous, ctx: Context) -> Resolved:
        pick = 1 if (e.option == "day_first" and ctx.options.day_first and len(e.readings) > 1) else 0
        return self.resolve(e.readings[pick], ctx)

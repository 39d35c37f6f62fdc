"""The working values of resolution: the :class:`Context` an expression node is resolved
against and the :class:`Resolved` result it gives back (a Span's fields and the TIMEX3 parts,
mutable while a node's method builds them), with the small helpers every method shares.

>>> import pendulum
>>> ctx = Context(pendulum.datetime(1999, 11, 9))
>>> ctx.prefer, ctx.focus == ctx.ref
('past', True)
"""

from __future__ import annotations

from pendulum import DateTime, WeekDay

from chronology.errors import InvalidSpan, ResolutionError
from chronology.expression import (
    Approx,
    Bound,
    Clock,
    Cyclic,
    Duration,
    Edge,
    Expr,
    Offset,
    Part,
    Period,
    Quantity,
    Ref,
    Relative,
    Within,
)
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval, representable
from chronology.model.span import PartsMode, Span
from chronology.model.timex import Timex, TimexMod, TimexType
from chronology.options import DEFAULT_OPTIONS, ResolveOptions
from chronology.resolve.tables import FINER_COUNT
from chronology.resolve.to_timex import date_value

__all__ = ["Context", "NoPlaceInTime", "Resolved", "deictic", "fail", "unit_result", "whole", "widen"]

G = Granularity
_ALL = PartsMode.ALL
_DAY, _YEAR = Granularity.DAY, Granularity.YEAR


class NoPlaceInTime(ResolutionError):
    """A length of time or a set ("three weeks", "every Tuesday") names no time of its own."""


class Context:
    """What an expression is resolved against.

    ``ref`` is the reference instant (the start of the anchor's unit); ``focus`` the story's
    current time for narrative wording ("three days later"), defaulting to ``ref``. A Context
    is never changed once built (``moved`` builds another), so one may serve many calls.
    """

    __slots__ = ("focus", "focus_end", "focus_g", "options", "prefer", "ref", "week_start")

    def __init__(self, ref: DateTime, focus: DateTime | None = None,
                 options: ResolveOptions = DEFAULT_OPTIONS, prefer: str | None = None,
                 focus_g: Granularity | None = None, focus_end: DateTime | None = None) -> None:
        self.ref = ref
        self.focus = focus if focus is not None else ref
        self.options = options
        self.prefer = prefer or options.prefer._value_  # the enum's value, without its property
        self.week_start = options.week_start
        #: the granularity of the story's focus, when a story is being told (extraction)
        self.focus_g = focus_g
        #: where the focus's likely time ends ("three weeks later" than "in August")
        self.focus_end = focus_end

    def moved(self, ref: DateTime, prefer: str | None = None) -> Context:
        """The same context seen from another reference instant."""
        return Context(ref, ref, self.options, prefer or self.prefer, self.focus_g, self.focus_end)


class Resolved:
    """A resolution result: a Span's fields plus the TIMEX3 parts (mutable while building)."""

    __slots__ = (
        "approximate",
        "g",
        "likely",
        "mod",
        "mode",
        "parts",
        "possible",
        "type",
        "value",
        "value_g",
    )

    def __init__(self, likely: Interval, possible: Interval | None, g: Granularity, value: str,
                 type: TimexType = TimexType.DATE, mod: TimexMod | None = None,
                 approximate: bool = False, value_g: Granularity | None = None) -> None:
        self.likely = likely
        self.possible = possible if possible is not None else likely
        self.g = g
        self.approximate = approximate
        self.parts: tuple[Interval, ...] = ()
        self.mode = _ALL
        self.type = type
        self.value = value
        self.mod = mod
        self.value_g = value_g or g

    def span(self) -> Span:
        """The Span this result describes, carrying its Timex."""
        likely, possible = self.likely, self.possible
        if possible is not likely and possible.start is likely.start and possible.end is likely.end:
            # an exact range or list builds its possible apart from its likely, from the same
            # ends: one Interval (frozen, so the same value) is one object fewer for the result
            # caches to keep and the garbage collector to walk
            possible = likely
        if possible.start.year == 1 or possible.end.year == 9999:
            # at the years' edges a time built in a zone east (west) of UTC may begin (end)
            # outside them in UTC: 'the year' on Brussels' clocks in the year 1 began at
            # 23:42:30 on December 31 of the year 0 in UTC, which no instant holds
            try:
                representable(possible.start)
                representable(possible.end)
            except InvalidSpan as exc:
                raise fail(str(exc)) from None
        return Span._trusted(likely, possible, self.g, self.approximate, self.parts,
                             self.mode, Timex._trusted(self.type, self.value, self.mod))


def unit_result(interval: Interval, g: Granularity, week_start: WeekDay = WeekDay.MONDAY) -> Resolved:
    return Resolved(interval, None, g, date_value(interval.start, g, week_start), UNIT_TYPE[g])


#: the TIMEX3 type of one unit: a time below a day, a date from a day up
UNIT_TYPE = {g: TimexType.TIME if g < _DAY else TimexType.DATE for g in G}


def fail(what: str) -> ResolutionError:
    return ResolutionError(what, expected="a time that exists in the calendar (years 1-9999)")


#: distances in these units are counted in years: "a decade ago" is 1989, not the 1980s
IN_YEARS = {G.DECADE: 10, G.CENTURY: 100, G.MILLENNIUM: 1000}


def whole(q: Quantity, unit: Granularity) -> tuple[int, Granularity, float, float]:
    """A count in whole units, descending to a finer unit for fractions (1.5 years → 18 months)."""
    low, value, high = q.low, q.value, q.high
    if unit in IN_YEARS:
        f = IN_YEARS[unit]
        unit, low, value, high = _YEAR, low * f, value * f, high * f
    while not float(value).is_integer() and unit in FINER_COUNT:
        unit, factor = FINER_COUNT[unit]
        low, value, high = low * factor, value * factor, high * factor
    return round(value), unit, low, high


def deictic(e: Expr) -> bool:
    """Whether ``e`` is placed by the reference itself ("next year", "two days ago", "last
    Friday", "August of this year") rather than by a preference among candidates."""
    while isinstance(e, (Part, Edge, Approx, Bound)):
        e = e.expr
    if isinstance(e, Within):
        return deictic(e.container)
    if isinstance(e, Period):  # "the third quarter of this year", "the summer of last year"
        return e.base is not None and deictic(e.base)
    if isinstance(e, Clock):
        return e.base is not None and deictic(e.base)
    if isinstance(e, Relative):
        return not e.narrative
    if isinstance(e, Offset):
        return e.base is None and not e.narrative
    if isinstance(e, Cyclic):
        return e.which is not None and not e.narrative
    return isinstance(e, (Ref, Duration))


def widen(possible: Interval, g: Granularity, ctx: Context) -> Interval:
    """``possible`` reached out on each side by the policy's width for ``g`` (a hedge)."""
    n, unit = ctx.options.policy.approx_width(g)
    if n == 0:
        return possible
    return Interval._trusted(unit.add(possible.start, -n), unit.add(possible.end, n))

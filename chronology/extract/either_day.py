"""A date whose weekday contradicts it, in running text: "on Tuesday, Nov. 10, 1999" (a
Wednesday). :func:`chronology.resolve` refuses it (which day is meant, the text does not say);
extraction reports what the text does say: one of two days, the date as written or the day of
the weekday it names nearest to it (Tuesday, November 9) — a Span of those two days as parts
of which one is meant, as "November 9 or 10, 1999" is, so no single wrong day is reported
silently. Its TIMEX3 is the one of "November 9 or 10, 1999": the unit holding both days.

>>> from chronology import Span
>>> from chronology.expression import Date
>>> either = either_day(Date(1999, 11, 10, weekday=1), lambda e: Span.of("1999-11-10", "day"))
>>> [(d.year, d.month, d.day) for d in either.items]
[(1999, 11, 10), (1999, 11, 9)]
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from pendulum import DateTime, WeekDay

from chronology.errors import ResolutionError
from chronology.expression import Clock, Date, Enumeration, Expr
from chronology.model.span import Span

__all__ = ["either_day", "without_weekday"]


def without_weekday(e: Expr) -> Expr | None:
    """``e`` with the weekday of its date left out ("Tuesday, Nov. 10, 1999" → "Nov. 10, 1999",
    also as the day of a clock time), or None when it names no weekday beside a day."""
    if isinstance(e, Date) and e.weekday is not None and e.day is not None and e.nth is None and e.easter is None:
        return attrs.evolve(e, weekday=None)
    if isinstance(e, Clock) and e.base is not None and (base := without_weekday(e.base)) is not None:
        return attrs.evolve(e, base=base)
    return None


def _weekday(e: Expr) -> int:
    while isinstance(e, Clock):
        assert e.base is not None
        e = e.base
    assert isinstance(e, Date) and e.weekday is not None
    return e.weekday


def _on(e: Expr, day: DateTime) -> Expr:
    """``e`` (a dated Date or a Clock on one) moved to ``day``, its year, month and day in full."""
    if isinstance(e, Clock):
        assert e.base is not None
        return attrs.evolve(e, base=_on(e.base, day))
    return Date(day.year, day.month, day.day)


def either_day(e: Expr, resolve: Callable[[Expr], Span]) -> Expr:
    """"Tuesday, Nov. 10, 1999" → "Nov. 10, 1999 or Tuesday, Nov. 9, 1999": the date as written
    (its year or month, when not written, as ``resolve`` reads the date without the weekday)
    or the nearest day of the weekday named (pendulum's ``next``/``previous``: the two are 7
    days apart, so one is at most 3 days away). ``e`` must name a weekday beside a day (see
    :func:`without_weekday`).

    Raises:
        ResolutionError: the weekday's nearest day is outside the years 1-9999 ("Sunday,
            January 2, 1", a Tuesday: the Sunday before is in the year 0), so the second
            reading cannot be given.
    """
    bare = without_weekday(e)
    assert bare is not None
    start = resolve(bare).likely.start
    day = DateTime(start.year, start.month, start.day)
    weekday = WeekDay(_weekday(e))
    after, before = _next(day, weekday, 1), _next(day, weekday, -1)
    if after is None or before is None:
        named = after or before
        assert named is not None  # the two are 7 days apart: only one can leave the years
        if abs((named - day).in_days()) > 3:
            raise ResolutionError(f"{day.format('MMMM D, YYYY')} is a {day.format('dddd')}, and the nearest "
                                  f"{_DAY_NAMES[weekday]} is outside the years 1-9999", expected="a date")
    else:
        named = after if (after - day).in_days() < (day - before).in_days() else before
    return Enumeration((_on(bare, day), _on(bare, named)), mode="one")


def _next(day: DateTime, weekday: WeekDay, sign: int) -> DateTime | None:
    """pendulum's ``day.next(weekday)`` (``previous`` for ``sign`` -1), or None when that day
    is outside the years pendulum can hold (before January 1, 1 or after December 31, 9999)."""
    try:
        return day.next(weekday) if sign > 0 else day.previous(weekday)
    except OverflowError:
        return None


_DAY_NAMES = {w: w.name.capitalize() for w in WeekDay}

"""Span: an uncertain time — a *likely* interval inside a *possible* one.

Read a Span as a trapezoid of belief: full belief (1.0) anywhere in ``likely``, tapering
linearly to zero at the edges of ``possible``, nothing outside. A discontinuous Span
("October 4-5, 27") also carries its ``parts``; its ``likely`` interval is their hull and the
gaps between parts get no belief.
"""

from __future__ import annotations

import datetime as _dt
import enum
import itertools
from collections.abc import Iterable
from typing import Any, Self

import attrs
import pendulum  # noqa: F401  (the doctests below use it)
from pendulum import DateTime, WeekDay

from chronology.errors import InvalidSpan
from chronology.model.coerce import to_datetime
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval, _fmt, instant
from chronology.model.timex import Timex

__all__ = ["PartsMode", "Span"]


class PartsMode(enum.StrEnum):
    """How the ``parts`` of a discontinuous Span combine."""

    #: every part happened ("on November 5 and 27") — EDTF ``{a,b}``
    ALL = "all"
    #: exactly one of the parts is meant ("on November 5 or 27") — EDTF ``[a,b]``
    ONE = "one"


def _to_interval(value: Any) -> Interval:
    if isinstance(value, Interval):
        return value
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return Interval(value[0], value[1])
    raise InvalidSpan(f"expected an Interval or a (start, end) pair, got {type(value).__name__}: {value!r}")


def _to_parts(value: Iterable[Any]) -> tuple[Interval, ...]:
    if isinstance(value, (str, bytes)):
        raise InvalidSpan(f"parts must be a sequence of intervals, got {value!r}")
    return tuple(_to_interval(v) for v in value)


def _to_granularity(value: Granularity | str | None) -> Granularity | None:
    # None means "infer it" (done in __attrs_post_init__, once ``parts`` is set)
    if value is None or isinstance(value, Granularity):
        return value
    try:
        return Granularity(value)
    except ValueError as exc:
        raise InvalidSpan(f"unknown granularity {value!r}; expected one of "
                          f"{', '.join(g.value for g in Granularity)}") from exc


def _to_parts_mode(value: PartsMode | str) -> PartsMode:
    try:
        return PartsMode(value)
    except ValueError as exc:
        raise InvalidSpan(f"parts_mode must be 'all' or 'one', got {value!r}") from exc


def _fmt_interval(i: Interval) -> str:
    return f"[{_fmt(i.start)}, {_fmt(i.end)})"


@attrs.frozen(repr=False)
class Span:
    """An uncertain time span: ``likely`` ⊆ ``possible``, both half-open Intervals.

    Args:
        likely: where the time almost certainly lies (full belief).
        possible: where it could lie at all (defaults to ``likely``; must contain it).
        granularity: the unit the expression was stated in (defaults to the coarsest unit
            ``likely`` — or its first part — is exactly one of).
        approximate: the wording hedged ("about", "circa"); such Spans usually have a wider
            ``possible``.
        parts: for discontinuous times, the pieces (sorted, non-overlapping, at least two,
            with ``likely`` as their hull).
        parts_mode: whether all parts are meant, or one of them.
        timex: the TimeML rendering, when the Span came from text (not part of equality).

    Equality and hashing use everything but ``timex``.

    Raises:
        InvalidSpan: an invariant does not hold.

    >>> s = Span.of("1999-11", Granularity.MONTH)
    >>> s
    Span([1999-11-01, 1999-12-01) month)
    >>> s.membership("1999-11-15"), s.membership("1999-12-15")
    (1.0, 0.0)
    """

    likely: Interval = attrs.field(converter=_to_interval)
    possible: Interval = attrs.field(
        converter=_to_interval, default=attrs.Factory(lambda self: self.likely, takes_self=True))
    granularity: Granularity = attrs.field(default=None, converter=_to_granularity)
    approximate: bool = attrs.field(default=False, converter=bool)
    parts: tuple[Interval, ...] = attrs.field(default=(), converter=_to_parts)
    parts_mode: PartsMode = attrs.field(default=PartsMode.ALL, converter=_to_parts_mode)
    timex: Timex | None = attrs.field(default=None, eq=False, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.granularity is None:
            object.__setattr__(self, "granularity",
                               Granularity.of_interval(self.parts[0] if self.parts else self.likely))
        if not self.possible.contains(self.likely):
            raise InvalidSpan(f"likely {_fmt_interval(self.likely)} must lie inside possible "
                              f"{_fmt_interval(self.possible)}")
        if self.parts:
            parts = self.parts
            if len(parts) < 2:
                raise InvalidSpan("a discontinuous Span needs at least two parts")
            for a, b in itertools.pairwise(parts):
                if not instant(a.end) <= instant(b.start):
                    raise InvalidSpan(f"parts must be sorted and must not overlap: "
                                      f"{_fmt_interval(a)} then {_fmt_interval(b)}")
            if (instant(parts[0].start) != instant(self.likely.start)
                    or instant(parts[-1].end) != instant(self.likely.end)):
                raise InvalidSpan(f"likely {_fmt_interval(self.likely)} must be the hull of its parts "
                                  f"{_fmt_interval(parts[0])} … {_fmt_interval(parts[-1])}")

    @classmethod
    def _trusted(cls, likely: Interval, possible: Interval, granularity: Granularity,
                 approximate: bool = False, parts: tuple[Interval, ...] = (),
                 parts_mode: PartsMode = PartsMode.ALL, timex: Timex | None = None) -> Self:
        """Build without conversion or checks, for internal code that guarantees the invariants."""
        self = _NEW(cls)
        # unrolled, through the slots' own setters: one Span per resolved expression
        _SET_LIKELY(self, likely)
        _SET_POSSIBLE(self, possible)
        _SET_GRANULARITY(self, granularity)
        _SET_APPROXIMATE(self, approximate)
        _SET_PARTS(self, parts)
        _SET_PARTS_MODE(self, parts_mode)
        _SET_TIMEX(self, timex)
        return self

    def __repr__(self) -> str:
        bits = [_fmt_interval(self.likely)]
        if self.possible != self.likely:
            bits = [f"likely={bits[0]}", f"possible={_fmt_interval(self.possible)}"]
        if self.parts:
            mode = " + " if self.parts_mode is PartsMode.ALL else " | "
            bits.append("parts=" + mode.join(_fmt_interval(p) for p in self.parts))
        text = ", ".join(bits) + f" {self.granularity.value}"
        if self.approximate:
            text += " ~"
        return f"Span({text})"

    # -- readable constructors -------------------------------------------------------------

    @classmethod
    def exact(cls, interval: Interval | tuple[Any, Any], granularity: Granularity | str | None = None,
              *, timex: Timex | None = None) -> Span:
        """A Span known exactly: ``likely == possible == interval``.

        >>> Span.exact(("1999-11-05", "1999-11-08"))
        Span([1999-11-05, 1999-11-08) day)
        """
        interval = _to_interval(interval)
        if granularity is None:
            return cls(interval, timex=timex)
        return cls(interval, interval, Granularity(granularity), timex=timex)

    @classmethod
    def of(cls, value: _dt.datetime | _dt.date | str, granularity: Granularity | str = Granularity.DAY,
           *, tz: str | None = None, week_start: WeekDay = WeekDay.MONDAY) -> Span:
        """The whole calendar unit of ``granularity`` that contains ``value``.

        >>> Span.of("1999-11-09", "week")
        Span([1999-11-08, 1999-11-15) week)
        """
        g = Granularity(granularity)
        unit = g.unit(to_datetime(value, tz), week_start)
        return cls._trusted(unit, unit, g)

    @classmethod
    def around(cls, center: _dt.datetime | _dt.date | str, tolerance: _dt.timedelta,
               granularity: Granularity | str = Granularity.DAY, *, tz: str | None = None,
               week_start: WeekDay = WeekDay.MONDAY) -> Span:
        """An approximate Span: likely is the unit containing ``center``; possible reaches
        ``tolerance`` (a ``timedelta`` or a pendulum ``Duration``, which may hold months and
        years) either side of it.

        >>> Span.around("1997-11-09", pendulum.duration(years=1), "year")
        Span(likely=[1997-01-01, 1998-01-01), possible=[1996-01-01, 1999-01-01) year ~)
        """
        g = Granularity(granularity)
        t = to_datetime(center, tz)
        likely = g.unit(t, week_start)
        if tolerance < _dt.timedelta(0):
            raise InvalidSpan(f"tolerance must not be negative, got {tolerance!r}")
        try:
            low, high = _move(likely.start, tolerance, -1), _move(likely.end, tolerance, +1)
        except (OverflowError, ValueError) as exc:
            raise InvalidSpan(f"{tolerance!r} around {t.isoformat()} leaves years 1-9999") from exc
        # round outwards to whole units on both sides (flooring the high end would cut the
        # tolerance off there: "around November" ± 2 weeks must reach into December)
        high_floor = g.floor(high, week_start)
        high_unit = high_floor if high_floor == high else g.add(high_floor, 1)
        possible = Interval._trusted(g.floor(low, week_start), max(high_unit, likely.end, key=instant))
        return cls._trusted(likely, possible, g, True)

    @classmethod
    def from_parts(cls, parts: Iterable[Interval | tuple[Any, Any]], mode: PartsMode | str = PartsMode.ALL,
                   granularity: Granularity | str | None = None) -> Span:
        """A Span from possibly unsorted, touching or overlapping pieces.

        In ``ALL`` mode overlapping or touching pieces are merged (they describe the same
        time); a single remaining piece gives a continuous Span.

        >>> Span.from_parts([("1999-10-27", "1999-10-28"), ("1999-10-04", "1999-10-06")])
        Span([1999-10-04, 1999-10-28), parts=[1999-10-04, 1999-10-06) + [1999-10-27, 1999-10-28) day)
        """
        items = sorted(_to_interval(p) for p in parts)
        if not items:
            raise InvalidSpan("from_parts needs at least one interval")
        mode = PartsMode(mode)
        merged: list[Interval] = [items[0]]
        for item in items[1:]:
            last = merged[-1]
            start, end = instant(item.start), instant(last.end)
            joinable = start <= end if mode is PartsMode.ALL else start < end
            if joinable:
                merged[-1] = last.hull(item)
            else:
                merged.append(item)
        hull = Interval._trusted(merged[0].start, max((p.end for p in merged), key=instant))
        g = Granularity(granularity) if granularity is not None else Granularity.of_interval(merged[0])
        if len(merged) == 1:
            return cls(hull, hull, g)
        return cls(hull, hull, g, parts=tuple(merged), parts_mode=mode)

    # -- reading -------------------------------------------------------------------------

    @property
    def earliest(self) -> DateTime:
        """The earliest possible instant (``possible.start``)."""
        return self.possible.start

    @property
    def latest(self) -> DateTime:
        """The end of the possible interval (exclusive)."""
        return self.possible.end

    @property
    def is_exact(self) -> bool:
        """Whether likely and possible coincide."""
        return self.likely == self.possible

    @property
    def pieces(self) -> tuple[Interval, ...]:
        """The parts, or the likely interval alone for a continuous Span."""
        return self.parts or (self.likely,)

    def membership(self, t: _dt.datetime | _dt.date | str) -> float:
        """Belief that the time includes instant ``t``: 1 on likely, a linear taper to 0 at the
        edges of possible, 0 outside and in the gaps between parts.

        >>> s = Span(("1999-11-05", "1999-11-06"), ("1999-11-04", "1999-11-07"))
        >>> s.membership("1999-11-04T12:00")
        0.5
        """
        t = instant(to_datetime(t))
        lo, hi = instant(self.possible.start), instant(self.possible.end)
        likely_lo, likely_hi = instant(self.likely.start), instant(self.likely.end)
        if not lo <= t < hi:
            return 0.0
        if t < likely_lo:
            return (t - lo) / (likely_lo - lo)
        if t >= likely_hi:
            return (hi - t) / (hi - likely_hi)
        if self.parts and not any(p.contains(t) for p in self.parts):
            return 0.0
        return 1.0

    weight = membership

    # -- transforming -------------------------------------------------------------------

    def shift(self, delta: _dt.timedelta | None = None, **units: int) -> Span:
        """The same Span moved by a duration or by calendar units (pendulum ``add`` keywords).

        >>> Span.of("1999-11", "month").shift(months=-1)
        Span([1999-10-01, 1999-11-01) month)
        """
        return attrs.evolve(
            self,
            likely=self.likely.shift(delta, **units),
            possible=self.possible.shift(delta, **units),
            parts=tuple(p.shift(delta, **units) for p in self.parts),
        )

    def hull(self, other: Span) -> Span:
        """The smallest continuous Span whose likely and possible cover both spans'."""
        return Span._trusted(self.likely.hull(other.likely), self.possible.hull(other.possible),
                             min(self.granularity, other.granularity),
                             self.approximate or other.approximate)

    def with_possible(self, possible: Interval) -> Span:
        """The same likely time with another possible interval (which must contain likely)."""
        return attrs.evolve(self, possible=possible)

    def with_timex(self, timex: Timex | None) -> Span:
        """The same Span carrying a TIMEX3 rendering."""
        return attrs.evolve(self, timex=timex)


# the slots' own setters, for _trusted: calling a member descriptor's ``__set__`` skips the
# attribute lookup ``object.__setattr__`` does on every call (half the cost of a build)
_NEW = object.__new__
(_SET_LIKELY, _SET_POSSIBLE, _SET_GRANULARITY, _SET_APPROXIMATE, _SET_PARTS, _SET_PARTS_MODE,
 _SET_TIMEX) = (Span.__dict__[name].__set__ for name in ("likely", "possible", "granularity", "approximate",
                                                          "parts", "parts_mode", "timex"))


def _move(t: DateTime, amount: _dt.timedelta, sign: int) -> DateTime:
    # pendulum's DateTime arithmetic applies a Duration's years and months on the calendar
    return t + amount if sign > 0 else t - amount

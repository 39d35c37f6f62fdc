"""Interval: a half-open stretch of time ``[start, end)`` between two aware instants."""

from __future__ import annotations

import datetime as _dt
from typing import Any, TypeVar

import attrs
import pendulum
from pendulum import DateTime

from chronology.errors import InvalidSpan
from chronology.model.coerce import to_datetime

__all__ = ["Interval"]


def instant(t: _dt.datetime) -> _dt.datetime:
    """``t`` in UTC, for comparing instants.

    Python compares two datetimes that share a tzinfo by wall-clock time and ignores
    ``fold`` (PEP 495), so in the repeated hour of a fall-back night 01:30 BST and 01:30 GMT
    would be "equal". Every comparison of instants in the model goes through this.
    """
    tz = t.tzinfo
    if tz is _UTC or type(tz) is _FIXED or tz is _dt.UTC:
        return t  # a fixed offset has no repeated hours: wall-clock order is instant order
    return t.astimezone(_dt.UTC)


_UTC = pendulum.UTC
_FIXED = pendulum.FixedTimezone  # not type(pendulum.UTC): that is Timezone, which has folds


def _check(instance: Interval, attribute: Any, value: DateTime) -> None:
    if attribute.name != "end":
        return
    for t in (instance.start, value):
        representable(t)
    if not instant(instance.start) < instant(value):
        raise InvalidSpan(
            f"Interval start must be before end, got start={instance.start.isoformat()} "
            f"end={value.isoformat()}"
        )


_T = TypeVar("_T", bound=_dt.datetime)


def representable(t: _T) -> _T:
    """``t``, when its instant lies in the years 1-9999 in UTC as well as on its own clocks:
    0:30 on January 1 of the year 1 at UTC+1 is in the year 0, which no datetime holds (its
    hash and every comparison in UTC would raise OverflowError).

    Raises:
        InvalidSpan: the instant is outside the years 1-9999 in UTC.
    """
    try:
        _dt.datetime.astimezone(t, _dt.UTC)
    except OverflowError:
        raise InvalidSpan(f"{t.isoformat()} is outside the years 1-9999 in UTC, which chronology "
                          "cannot represent") from None
    return t


def _fmt(t: DateTime) -> str:
    if t.hour == t.minute == t.second == t.microsecond == 0 and t.utcoffset() == _dt.timedelta(0):
        return t.date().isoformat()
    return t.isoformat()


@attrs.frozen(repr=False, order=False)
class Interval:
    """A half-open interval ``[start, end)`` of timezone-aware pendulum ``DateTime`` values.

    ``start < end`` always holds (an empty or reversed interval raises :class:`InvalidSpan`).
    Inputs may be ``datetime``/``date``/ISO strings; naive values are read as UTC.

    Intervals order by ``(start, end)``.

    >>> day = Interval("1999-11-05", "1999-11-06")
    >>> day
    Interval('1999-11-05', '1999-11-06')
    >>> day.contains("1999-11-05T12:00"), day.duration.in_hours()
    (True, 24)
    """

    start: DateTime = attrs.field(converter=to_datetime, eq=instant)
    end: DateTime = attrs.field(converter=to_datetime, validator=_check, eq=instant)

    @classmethod
    def _trusted(cls, start: DateTime, end: DateTime) -> Interval:
        """Build without conversion or checks; for internal code that guarantees ``start < end``."""
        self = _NEW(cls)
        _SET_START(self, start)
        _SET_END(self, end)
        return self

    def __repr__(self) -> str:
        return f"Interval({_fmt(self.start)!r}, {_fmt(self.end)!r})"

    # ordering: by start, then end
    def _key(self) -> tuple[_dt.datetime, _dt.datetime]:
        start, end = self.start, self.end
        tz = start.tzinfo
        if (tz is _UTC or type(tz) is _FIXED) and end.tzinfo is tz:
            return (start, end)  # instant() is the identity in a fixed-offset zone
        return (instant(start), instant(end))

    def __lt__(self, other: Interval) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: Interval) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: Interval) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: Interval) -> bool:
        if not isinstance(other, Interval):
            return NotImplemented
        return self._key() >= other._key()

    @property
    def duration(self) -> pendulum.Duration:
        """The exact elapsed time ``end - start`` (a pendulum ``Duration``)."""
        delta = self.end - self.start
        return pendulum.duration(days=delta.days, seconds=delta.seconds,
                                 microseconds=delta.microseconds)

    @property
    def midpoint(self) -> DateTime:
        """The instant halfway between start and end."""
        return self.start + (self.end - self.start) / 2

    def contains(self, other: Interval | _dt.datetime | _dt.date | str) -> bool:
        """Whether an instant lies in ``[start, end)``, or another interval lies wholly inside.

        >>> Interval("1999-01-01", "2000-01-01").contains(Interval("1999-11-05", "1999-11-06"))
        True
        """
        if isinstance(other, Interval):
            return (instant(self.start) <= instant(other.start)
                    and instant(other.end) <= instant(self.end))
        t = instant(to_datetime(other))
        return instant(self.start) <= t < instant(self.end)

    def overlaps(self, other: Interval) -> bool:
        """Whether the two intervals share some instant (touching ends do not overlap)."""
        return (instant(self.start) < instant(other.end)
                and instant(other.start) < instant(self.end))

    def intersection(self, other: Interval) -> Interval | None:
        """The common part, or ``None`` when the intervals do not overlap."""
        start = max(self.start, other.start, key=instant)
        end = min(self.end, other.end, key=instant)
        if instant(start) < instant(end):
            return Interval._trusted(start, end)
        return None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval containing both."""
        start, end = self.start, self.end  # as min()/max() with key=instant: ties keep self's
        tz = start.tzinfo
        if (tz is _UTC or type(tz) is _FIXED) and end.tzinfo is tz and other.start.tzinfo is tz \
                and other.end.tzinfo is tz:
            # one fixed-offset zone: instant() is the identity on all four ends
            return Interval._trusted(other.start if other.start < start else start,  # noqa: FURB136 (min/max: a builtin call)
                                     other.end if other.end > end else end)  # noqa: FURB136 (min/max: a builtin call)
        if instant(other.start) < instant(start):
            start = other.start
        if instant(other.end) > instant(end):
            end = other.end
        return Interval._trusted(start, end)

    def shift(self, delta: _dt.timedelta | None = None, **units: int) -> Interval:
        """Move both ends by a duration or by calendar units (pendulum ``add`` keywords).

        Calendar units keep wall-clock times and clamp month ends the pendulum way, so a shift
        that collapses the interval (``[Jan 30, Jan 31)`` plus one month) raises ``InvalidSpan``.

        >>> Interval("1999-01-31", "1999-02-01").shift(months=1)
        Interval('1999-02-28', '1999-03-01')
        """
        start, end = self.start, self.end
        if delta is not None:
            start, end = start + delta, end + delta
        if units:
            start, end = start.add(**units), end.add(**units)
        return Interval(start, end)

    def to_iso(self) -> str:
        """ISO 8601 ``start/end`` with full datetimes (the end is exclusive)."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def in_timezone(self, tz: str) -> Interval:
        """The same instants expressed in another zone."""
        return Interval._trusted(self.start.in_timezone(tz), self.end.in_timezone(tz))


# the slots' own setters, for _trusted: calling a member descriptor's ``__set__`` skips the
# attribute lookup ``object.__setattr__`` does on every call (half the cost of a build)
_NEW = object.__new__
_SET_START = Interval.__dict__["start"].__set__
_SET_END = Interval.__dict__["end"].__set__

"""Resolution policy as frozen values: how to read ambiguous and approximate wording.

Nothing here is global: build a :class:`ResolveOptions` (or pass keywords to ``resolve``) and
hand it in. ``DEFAULT_OPTIONS`` is the instance used when you pass nothing.

>>> opts = ResolveOptions(prefer="future", day_first=True)
>>> opts.prefer
<Prefer.FUTURE: 'future'>
>>> DEFAULT_POLICY.approx_width(Granularity.YEAR)
(2, <Granularity.YEAR: 'year'>)
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs
from pendulum import WeekDay

from chronology.errors import InvalidSpan
from chronology.model.granularity import Granularity

__all__ = ["DEFAULT_OPTIONS", "DEFAULT_POLICY", "ApproximationPolicy", "Prefer", "ResolveOptions"]

G = Granularity


class Prefer(enum.StrEnum):
    """Which way an underspecified date ("Monday", "December 20", "in March") is read."""

    PAST = "past"  #: the latest such date not after the anchor (news narrates the past)
    FUTURE = "future"  #: the earliest such date not before the anchor
    NEAREST = "nearest"  #: whichever is closer to the anchor


_APPROX_WIDTHS: Mapping[Granularity, tuple[int, Granularity]] = MappingProxyType({
    G.SECOND: (30, G.SECOND), G.MINUTE: (10, G.MINUTE), G.HOUR: (1, G.HOUR),
    G.DAY: (2, G.DAY), G.WEEK: (3, G.DAY), G.MONTH: (2, G.WEEK), G.SEASON: (1, G.MONTH),
    G.QUARTER: (1, G.MONTH), G.HALF: (2, G.MONTH), G.YEAR: (2, G.YEAR), G.DECADE: (3, G.YEAR),
    G.CENTURY: (25, G.YEAR), G.MILLENNIUM: (100, G.YEAR),
})


def _frozen_widths(value: Mapping[Granularity | str, tuple[int, Granularity | str]]
                   ) -> Mapping[Granularity, tuple[int, Granularity]]:
    widths = dict(_APPROX_WIDTHS)
    for key, (n, unit) in value.items():
        if not isinstance(n, int) or n < 0:
            raise InvalidSpan(f"approximation width for {key} must be a whole number >= 0, got {n!r}")
        widths[Granularity(key)] = (n, Granularity(unit))
    return MappingProxyType(widths)


def _positive(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not value > 0:
        raise InvalidSpan(f"{attribute.name} must be positive, got {value!r}")


@attrs.frozen(cache_hash=True)
class ApproximationPolicy:
    """How hedged and bounded wording widens a Span's ``possible`` interval.

    Approximation never moves ``likely`` beyond the unit the text names; it only widens
    ``possible``:

    - ``approx_widths``: for an approximate calendar expression ("circa 1850", "around
      March 1998") of a granularity, how far ``possible`` reaches beyond ``likely`` on each
      side, as *(count, unit)*. Defaults: a year ±2 years, a month ±2 weeks, a day ±2 days,
      a decade ±3 years, a century ±25 years (full table in docs/conventions.md).
    - ``relative_ratio``: for an approximate count ("about three weeks ago", "some ten years
      ago"), ``possible`` reaches ``max(1, ceil(n × ratio))`` units either side.
    - ``more_than_likely``: for "more than N units ago"/"over N units", ``likely`` reaches
      ``max(1, ceil(n × ratio))`` units beyond N.
    - ``far_factor``: the far edge of one-sided bounds: "more than N units ago" is possible back to
      ``ceil(n × far_factor)`` units ago ("more than a year ago" → up to 3 years ago).
    - ``part_possible``: "early/mid/late X" is possibly the first/middle/last ``part_possible``
      of X; how much of X is *likely* is the wording's own fraction, kept as data in the
      lexicon's ``[part]`` table ("early" a third, "the beginning" a sixth).
    """

    approx_widths: Mapping[Granularity, tuple[int, Granularity]] = attrs.field(
        default=_APPROX_WIDTHS, converter=_frozen_widths, eq=attrs.cmp_using(eq=lambda a, b: dict(a) == dict(b)),
        hash=False)
    relative_ratio: float = attrs.field(default=0.25, validator=_positive)
    more_than_likely: float = attrs.field(default=0.5, validator=_positive)
    far_factor: float = attrs.field(default=3.0, validator=_positive)
    part_possible: float = attrs.field(default=1 / 2, validator=_positive)

    def approx_width(self, granularity: Granularity) -> tuple[int, Granularity]:
        """The (count, unit) by which ``possible`` reaches past ``likely`` on each side."""
        return self.approx_widths[granularity]


def _prefer(value: Prefer | str) -> Prefer:
    try:
        return Prefer(value)
    except ValueError as exc:
        raise InvalidSpan(f"prefer must be 'past', 'future' or 'nearest', got {value!r}") from exc


def _week_start(value: WeekDay | int | str) -> WeekDay:
    try:
        if isinstance(value, str):
            return WeekDay[value.upper()]
        return WeekDay(value)
    except (KeyError, ValueError) as exc:
        raise InvalidSpan(f"week_start must be a weekday (e.g. 'monday'), got {value!r}") from exc


@attrs.frozen(cache_hash=True)
class ResolveOptions:
    """Everything besides the anchor that decides how an expression resolves.

    Args:
        prefer: how to place dates the text leaves underspecified (see :class:`Prefer`).
        day_first: read ``05/11/1999`` as 5 November (``True``) or May 11 (``False``, default).
            It decides only day and month before a year with slashes: ``05.11.1999`` (dots)
            is always day first, ``1999/11/05`` always year, month, day.
        week_start: the first day of a week (Monday by default).
        policy: the :class:`ApproximationPolicy` for hedged and bounded wording.
    """

    prefer: Prefer = attrs.field(default=Prefer.PAST, converter=_prefer)
    day_first: bool = attrs.field(default=False, converter=bool)
    week_start: WeekDay = attrs.field(default=WeekDay.MONDAY, converter=_week_start)
    policy: ApproximationPolicy = attrs.field(factory=ApproximationPolicy)


DEFAULT_POLICY = ApproximationPolicy()
DEFAULT_OPTIONS = ResolveOptions()

"""Parsed temporal expressions: frozen, anchor-free nodes.

The grammar turns words into these nodes; only the resolver (``chronology.resolve``) puts
them against an anchor. Because a node knows no anchor, a parse can be cached on the text
and the same node can be resolved against the publication date or against the narrative
focus ("three days later").

>>> Offset(Quantity.exact(2), Granularity.YEAR, -1)
Offset(amount=Quantity(low=2, value=2, high=2, vague=False), unit=<Granularity.YEAR: 'year'>, sign=-1, base=None, narrative=False)
"""

from __future__ import annotations

import attrs

from chronology.model.granularity import Granularity

__all__ = [
    "Ambiguous", "Approx", "Bound", "Clock", "Cyclic", "Date", "Duration", "Edge", "Enumeration", "Expr", "Offset",
    "Part",
    "Period", "Quantity", "Range", "Recurrence", "Ref", "Relative", "Within",
]


@attrs.frozen
class Quantity:
    """A count: exact (``low == value == high``) or vague ("a few": 2, likely 3, up to 4)."""

    low: float
    value: float
    high: float
    vague: bool = False

    @classmethod
    def exact(cls, n: float) -> Quantity:
        """An exact count."""
        return cls(n, n, n)


class Expr:
    """Base class of expression nodes (a marker; nodes are frozen attrs classes)."""

    __slots__ = ()


@attrs.frozen
class Date(Expr):
    """A calendar date with any of its fields known: "November 5, 1999", "1997", "Nov. 5",
    "the 5th". ``short_year`` marks a two-digit year ("'97") whose century comes from the anchor.
    ``nth`` with a month and a weekday names the nth such weekday of the month (-1 the last):
    Thanksgiving is month 11, weekday 3 (Thursday), nth 4; with a ``day`` too, the nth such
    weekday on or after that day (US Election Day: month 11, day 2, weekday 1, nth 1).
    ``easter`` names a day by its distance in days from Easter Sunday: Good Friday is -2,
    Pentecost 49 (``orthodox``: from Orthodox Easter). ``since`` is the first year a moving
    holiday's rule holds (Martin Luther King Day: 1986); earlier years are refused."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    short_year: bool = False
    nth: int | None = None
    easter: int | None = None
    orthodox: bool = False
    since: int | None = None


@attrs.frozen
class Clock(Expr):
    """A time of day on a date: "3 p.m. yesterday", "this morning" (``part`` = MO/AF/EV/NI/MI),
    "10:30 EST" (``zone`` = UTC offset in minutes), "3 p.m. Moscow time" (``zone`` = the IANA
    name of a zone, whose offset on the day pendulum gives). ``base`` None means the anchor's day."""

    base: Expr | None = None
    hour: int | None = None
    minute: int | None = None
    part: str | None = None
    zone: int | str | None = None


@attrs.frozen
class Cyclic(Expr):
    """A named member of a calendar cycle: a weekday, month, season, quarter or half, placed by
    ``which``: -1 "last", 0 "this", +1 "next", None (bare) → the resolver's ``prefer``.

    ``unit`` is the cycle's granularity (DAY for weekdays, MONTH, SEASON, QUARTER, HALF) and
    ``index`` the member (weekday 0 = Monday, month 1–12, season code, quarter 1–4, half 1–2).
    ``narrative`` places it from the story's focus instead: "the previous Friday", "the
    following Monday".
    """

    unit: Granularity
    index: int | str
    which: int | None = None
    narrative: bool = False


@attrs.frozen
class Period(Expr):
    """A calendar unit given by number: the 1990s (DECADE, 1990), the 19th century (CENTURY,
    1800), the third quarter of 1998 (QUARTER, 3, base=1998), summer 1998, week 45 of 1999."""

    unit: Granularity
    index: int | str
    base: Expr | None = None


@attrs.frozen
class Relative(Expr):
    """The unit containing the reference, moved by ``offset`` units: "today" (DAY, 0),
    "yesterday" (DAY, -1), "last month" (MONTH, -1), "next week" (WEEK, 1).

    ``unit`` may also be ``"weekend"``, or ``"period"`` (narrative only: the reporting period
    in focus, "the latest period", at the focus's own unit). ``narrative`` marks anaphora
    ("that year", "the next day") that hang from the story's focus rather than the
    publication date. ``nearest`` (offset 0) takes, of the unit containing the reference and
    the next one, the one whose start is nearer: "the new millennium" written in 1999 is the
    one about to begin, written in 2005 the one begun."""

    unit: Granularity | str
    offset: int
    narrative: bool = False
    nearest: bool = False


@attrs.frozen
class Offset(Expr):
    """A distance from the reference: "two days ago" (sign -1), "in three weeks" (+1),
    "three days later" (+1, narrative), "a year before <base>" (-1, base)."""

    amount: Quantity
    unit: Granularity
    sign: int
    base: Expr | None = None
    narrative: bool = False


@attrs.frozen
class Within(Expr):
    """``inner`` placed inside the time of ``container``: "August of this year",
    "Monday of last week", "the third quarter of last year"."""

    inner: Expr
    container: Expr


@attrs.frozen
class Part(Expr):
    """A part of a time: "early 1998" (START), "mid-October" (MID), "the end of the month" (END);
    ``fraction`` is how much of the time is meant. EARLIER/LATER ("earlier this year") are the
    stretches of the unit before or after the reference.

    ``index`` > 0 makes it a numbered slice, exact where the others are vague: slice ``index``
    of the time cut into ``1 / fraction`` equal slices ("the second quarter of the century":
    fraction 1/4, index 2). Its ``part`` is START for the first slice, END for the last and
    SLICE for one between, which has no TIMEX3 mod."""

    expr: Expr
    part: str
    fraction: float = 1 / 3
    index: int = 0


@attrs.frozen
class Edge(Expr):
    """The first or last ``unit`` of a time: "the last day of February" (DAY, -1), "the first
    week of May" (WEEK, +1: its first seven days), "the third week of October" (WEEK, 3: its
    days 15 to 21); ``which`` 0 is one unnamed unit of it: "one day last week" (DAY, 0).
    ``count`` makes it the first or last few units, a vague count: "the last days of
    October", "the closing months of 1998"."""

    expr: Expr
    unit: Granularity
    which: int
    count: Quantity | None = None


@attrs.frozen
class Approx(Expr):
    """A hedged time: "about three weeks ago", "circa 1850", "around mid-1997"."""

    expr: Expr


@attrs.frozen
class Bound(Expr):
    """A one-sided time: "more than a year ago" (MORE_THAN), "before 1998" (BEFORE),
    "since March" (ON_OR_AFTER, up to the reference), "less than a week ago" (LESS_THAN)."""

    expr: Expr
    mod: str


@attrs.frozen
class Range(Expr):
    """From one time to another: "from 1997 to 1999", "November 5-7", "between March and May"."""

    start: Expr
    end: Expr


@attrs.frozen
class Enumeration(Expr):
    """Several times: "November 5, 6 and 7" (mode "all"), "Monday or Tuesday" (mode "one")."""

    items: tuple[Expr, ...]
    mode: str = "all"


@attrs.frozen
class Duration(Expr):
    """A length of time: "three weeks", "a five-year", "several months". ``anchored`` -1 means
    the stretch ending at the reference ("the past three months"), +1 the one starting there
    ("the next two years"), 0 a bare length with no place in time. ``vague_unit`` marks a
    length whose wording names no unit ("a while", "some time", "a lengthy period"): ``amount``
    and ``unit`` then only sketch its order of size, and its TIMEX3 is PXX. ``narrative``
    counts an anchored stretch from the story's focus instead ("rebuilt over the following
    decades", "in the preceding three weeks"); ``edge`` is the named time the stretch ends
    with (backward: "the year to March") or starts with (forward: "the week beginning
    November 8")."""

    amount: Quantity
    unit: Granularity
    anchored: int = 0
    vague_unit: bool = False
    narrative: bool = False
    edge: Expr | None = None


@attrs.frozen
class Ref(Expr):
    """The present, an unspecified past, or future: PRESENT_REF, PAST_REF, FUTURE_REF."""

    value: str


@attrs.frozen
class Recurrence(Expr):
    """A set of times: "every Tuesday", "weekly", "twice a year", "each morning"."""

    unit: Granularity
    interval: int = 1
    member: Expr | None = None
    times: int | None = None


@attrs.frozen
class Ambiguous(Expr):
    """Readings an option decides between: "05/11/1999" is May 11 unless ``day_first`` (then
    ``readings[1]``, November 5). The parse keeps both; the resolver chooses."""

    readings: tuple[Expr, ...]
    option: str

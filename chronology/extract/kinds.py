"""What kind of expression a parsed mention is: narrative, explicit, month-like, a length…

Extraction decides roles, tense defaults and the story's focus from these questions about
the expression tree (chronology.expression), never from the words again.

>>> from chronology.resolve import parse
>>> is_narrative(parse("three days later")), is_explicit(parse("November 5, 1999"))
(True, True)
"""

from __future__ import annotations

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
    Range,
    Recurrence,
    Ref,
    Relative,
    Within,
)
from chronology.model.granularity import Granularity
from chronology.model.timex import Timex, TimexType

__all__ = [
    "is_comparison", "is_day_of_month", "is_earlier_later", "is_explicit", "is_full_date", "is_month_like",
    "is_narrative", "is_quarter_like", "is_unplaced", "underspecified_timex",
]


def is_narrative(e: Expr) -> bool:
    """Whether an expression hangs from the story's focus ("three days later", "that year")."""
    if isinstance(e, (Relative, Offset)):
        return e.narrative and getattr(e, "base", None) is None
    if isinstance(e, (Cyclic, Duration)):  # "the previous Friday", "the following decades"
        return e.narrative
    if isinstance(e, (Part, Edge, Approx, Bound)):
        return is_narrative(e.expr)
    if isinstance(e, Within):
        return is_narrative(e.inner) or is_narrative(e.container)
    if isinstance(e, (Clock, Period)):  # "that morning", "the spring of that year"
        return e.base is not None and is_narrative(e.base)
    if isinstance(e, (Range, Enumeration)):
        items = (e.start, e.end) if isinstance(e, Range) else e.items
        return any(is_narrative(i) for i in items)
    return False


def is_explicit(e: Expr) -> bool:
    """Whether an expression names its time without any anchor (a full date, a year, a decade)."""
    if isinstance(e, Date):
        return e.year is not None and not e.short_year
    if isinstance(e, Period):
        return e.unit in (Granularity.DECADE, Granularity.CENTURY, Granularity.MILLENNIUM) or (
            e.base is not None and is_explicit(e.base))
    if isinstance(e, Clock):
        return e.base is not None and is_explicit(e.base)
    if isinstance(e, (Part, Edge, Approx, Bound)):
        return is_explicit(e.expr)
    if isinstance(e, Range):
        return is_explicit(e.start) and is_explicit(e.end)
    if isinstance(e, Enumeration):
        return all(is_explicit(i) for i in e.items)
    if isinstance(e, Ambiguous):  # "11/05/1999": either reading names its day
        return all(is_explicit(i) for i in e.readings)
    return False


def is_full_date(e: Expr) -> bool:
    if isinstance(e, Ambiguous):
        return all(is_full_date(i) for i in e.readings)
    return isinstance(e, Date) and e.year is not None and e.month is not None and e.day is not None


def is_comparison(e: Expr) -> bool:
    """"a year earlier", "a year ago": comparisons that do not move the story's focus."""
    if isinstance(e, Bound):
        e = e.expr
    # "approximately two years ago" is a time of its own ("that year" then means it)
    return isinstance(e, Offset) and e.unit is Granularity.YEAR and e.amount.value == 1 and not e.amount.vague


def is_unplaced(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound)):
        e = e.expr
    return isinstance(e, Recurrence) or (isinstance(e, Duration) and e.anchored == 0)


def underspecified_timex(e: Expr) -> Timex:
    """A TIMEX3 for a mention nothing anchors: "November 5" → XXXX-11-05."""
    while isinstance(e, (Approx, Bound, Part, Edge)):
        e = e.expr
    if isinstance(e, Date) and e.month is not None:
        value = f"XXXX-{e.month:02d}" + (f"-{e.day:02d}" if e.day is not None else "")
        return Timex(TimexType.DATE, value)
    if isinstance(e, Ref):
        return Timex(TimexType.DATE, e.value)
    return Timex(TimexType.DATE, "XXXX")


def is_earlier_later(e: Expr) -> bool:
    return isinstance(e, Part) and e.part in ("EARLIER", "LATER")


def is_quarter_like(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound, Part, Edge)):
        e = e.expr
    return isinstance(e, (Cyclic, Period)) and e.unit in (Granularity.QUARTER, Granularity.HALF) and (
        getattr(e, "which", None) is None and getattr(e, "base", None) is None)


def is_day_of_month(e: Expr) -> bool:
    """A month and day without a year ("Oct. 31"), possibly hedged or in a list, or a part of
    a month ("early November"): the ones a schedule names days or weeks ahead."""
    if isinstance(e, Part) and e.part in ("START", "MID", "END") and isinstance(e.expr, Cyclic) and (
            e.expr.unit is Granularity.MONTH and e.expr.which is None):
        return True
    while isinstance(e, (Approx, Bound, Part, Edge)):
        e = e.expr
    if isinstance(e, Clock) and e.base is not None:
        return is_day_of_month(e.base)
    if isinstance(e, (Range, Enumeration)):
        return is_day_of_month(e.start if isinstance(e, Range) else e.items[0])
    return isinstance(e, Date) and e.year is None and e.month is not None and e.day is not None


def is_month_like(e: Expr) -> bool:
    while isinstance(e, (Approx, Bound, Part, Edge)):
        e = e.expr
    if isinstance(e, Clock) and e.base is not None:  # "at midnight on April 1": its day
        return is_month_like(e.base)
    if isinstance(e, (Range, Enumeration)):
        first = e.start if isinstance(e, Range) else e.items[0]
        return is_month_like(first)
    if isinstance(e, Cyclic):
        return e.unit is not Granularity.DAY and e.which is None
    return isinstance(e, Date) and e.year is None and e.month is not None

"""A weekday written beside a date must be the date's weekday: "Tuesday, Nov. 10, 1999"
names two different days (November 10, 1999 was a Wednesday), and picking either one would
be a silent wrong answer. The resolver raises a :class:`~chronology.ResolutionError` saying
which day of the week the date really is; weekdays and names come from pendulum.

>>> import pendulum
>>> str(contradiction(pendulum.datetime(1999, 11, 10), 1))
'November 10, 1999 is a Wednesday, not a Tuesday'
>>> contradiction(pendulum.datetime(1999, 11, 9), 1) is None
True
"""

from __future__ import annotations

import pendulum
from pendulum import DateTime

from chronology.errors import ResolutionError

__all__ = ["contradiction", "fits_none", "weekday_name"]

_EXPECTED = "a weekday that is the date's own, or the date without it"


def weekday_name(weekday: int) -> str:
    """The name of weekday ``weekday`` (0 = Monday), from pendulum's calendar (1999-11-08 was a
    Monday)."""
    return pendulum.date(1999, 11, 8 + weekday).format("dddd")


def _a(weekday: int) -> str:
    return f"a {weekday_name(weekday)}"


def contradiction(day: DateTime, weekday: int) -> ResolutionError | None:
    """The error for "Tuesday, Nov. 10, 1999" when ``day`` is not of weekday ``weekday``
    (0 = Monday), else None."""
    if day.weekday() == weekday:
        return None
    date = day.format("MMMM D, YYYY")
    return ResolutionError(f"{date} is {_a(day.weekday())}, not {_a(weekday)}",
                           expected=_EXPECTED)


def fits_none(days: list[DateTime], weekday: int, what: str) -> ResolutionError:
    """The error for "Monday, November 10" when none of the candidate ``days`` (the date in the
    years, or the day in the months, around the anchor) is of weekday ``weekday``; ``what``
    names the date as written ("November 10", "the 10th")."""
    found = ", ".join(f"{_a(d.weekday())} in {d.format('MMMM YYYY' if what.startswith('the ') else 'YYYY')}"
                      for d in days)
    return ResolutionError(f"{what} is not {_a(weekday)} near the anchor "
                           f"({found})", expected=_EXPECTED)


"""Builder functions: a rule's named slots → a value (a number, a quantity or an Expression).

Every rule in ``rules.toml`` names one of these through the explicit ``BUILDERS`` table.
A builder returns ``None`` to veto a match (a day 32, "may" used as a verb), which is how
context checks stay out of the patterns. The words a veto looks for ("the next day" but not
"the past day", "Sun." but not "Sun") are ``[context.*]`` lists of the parse's lexicon
(``Slots.lexicon``), not code; sets of unit names are code (they are Granularity names, alike
in every language). Builders know nothing about anchors.

One module per dimension, each ending with its own ``BUILDERS`` tuple:

- ``numbers``: numbers and quantities ("twenty-four", "a few", "two or three", "2 1/2");
- ``lengths``: lengths of time ("three weeks", "more than a year", "a week or so", "recent
  years") and what is counted with them ("two years ago", "three days later", "the past three
  months");
- ``dates``: calendar dates and years ("November 5, 1999", "11/05/99", "Tuesday", "in March",
  "November 5, 6 and 7", "1997-99", "Christmas", "the fourth Thursday of November",
  "nineteen ninety-six", "fiscal 1989", "FY2019");
- ``periods``: decades, centuries, quarters, halves, weeks, seasons ("the 1990s", "Q3 1998",
  "H1 2020", "week 45 of 1999", "summer '98") and their edges ("the last day of February",
  "the first of the month", "the last quarter of 1998");
- ``relative``: times relative to the anchor or the story ("yesterday", "last month", "the
  next day", "the year before", "the latest quarter", "the current fiscal year"), parts of a
  time ("early 1998", "year-end", "later this month"), references ("now", "the past"), hedges,
  bounds, ranges and alternatives ("about", "before 1998", "from 1997 to 1999", "Monday or
  Tuesday");
- ``times``: times of day ("3:30", "noon", "six o'clock", "0600 GMT", "this morning", "late
  afternoon", "3 p.m. yesterday", "6 o'clock this evening");
- ``sets``: sets of times ("every week", "weekly", "twice a year", "on Mondays");
- ``_common``: the helpers and constants they share.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.grammar.builders import dates, lengths, numbers, periods, relative, sets, times
from chronology.grammar.matcher import Slots

__all__ = ["BUILDERS"]


def _table() -> dict[str, Callable[[Slots], Any]]:
    """Every module's builders by name; a name given twice is an error at import."""
    table: dict[str, Callable[[Slots], Any]] = {}
    for module in (numbers, lengths, dates, periods, relative, times, sets):
        for builder in module.BUILDERS:
            name = builder.__name__
            if name in table:
                raise ImportError(f"builder {name!r} is in both {table[name].__module__} and "
                                  f"{builder.__module__}")
            table[name] = builder
    return table


BUILDERS: dict[str, Callable[[Slots], Any]] = _table()

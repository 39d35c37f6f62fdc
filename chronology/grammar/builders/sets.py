"""Sets of times: "every week", "each Tuesday", "weekly", "twice a year", "on Mondays"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
    Clock,
    Cyclic,
    Date,
    Recurrence,
    Relative,
)
from chronology.grammar.builders._common import G, _unit
from chronology.grammar.context import fall_is_a_verb, frequency_is_adverb, month_word_is_date
from chronology.grammar.matcher import Slots


def every(s: Slots) -> Recurrence | None:
    """"every week", "each year", "every Tuesday", "every morning", "every two weeks"."""
    if "w" in s:
        weekday = Cyclic(G.DAY, s["w"])
        if "part" in s:  # "every Tuesday night"
            return Recurrence(G.WEEK, 1, Clock(weekday, part=s["part"]))
        return Recurrence(G.WEEK, 1, weekday)
    if "part" in s:
        return Recurrence(G.DAY, 1, Clock(None, part=s["part"]))
    if "se" in s:
        if s.token("se").text == "fall" and fall_is_a_verb(s):
            return None  # "the shares each fall 5%"
        return Recurrence(G.YEAR, 1, Cyclic(G.SEASON, s["se"]))
    if "m" in s:
        if not month_word_is_date(s, "m"):
            return None  # "each may"
        return Recurrence(G.YEAR, 1, Cyclic(G.MONTH, s["m"]))
    after = s.tokens[s.end].text if s.end < len(s.tokens) else ""
    if "n" not in s and "ordinal" in s.lexicon.classes_of(s.token("u").text) and (
            s.lexicon.classes_of(after).keys() & {"weekday", "unit"}):
        return None  # "every second Tuesday of March": the ordinal, not every second (PT1S)
    unit, factor = _unit(s["u"])
    if unit in (G.SEASON, G.HALF):
        return None
    n = s.get("n", 1)
    return Recurrence(unit, int(n * factor))


def every_other(s: Slots) -> Recurrence | None:
    """"every other week" (P2W, as "biweekly"), "every other day", "every third year" (P3Y),
    "every second Tuesday", "every other Friday": one unit (week) in two (three). TimeML has
    no value for every other Tuesday: it is written as the set holding it, every Tuesday
    (XXXX-WXX-2, EVERY), the interval kept in the expression. "Every second Tuesday of the
    month" (the month's second Tuesday) is refused, as is "every first week"."""
    n = 2 if s.token("o").text == "other" else s["o"]
    if not isinstance(n, int) or not 2 <= n <= 12:
        return None
    if "w" in s:
        after = s.tokens[s.end].text if s.end < len(s.tokens) else None
        if after in s.lexicon.word_set("nth_weekday_of"):
            return None
        return Recurrence(G.WEEK, n, Cyclic(G.DAY, s["w"]))
    if s.token("u").text in s.lexicon.word_set("unit_plural"):
        return None  # "every other weeks"
    unit, factor = _unit(s["u"])
    if unit in (G.SEASON, G.HALF):
        return None
    return Recurrence(unit, int(n * factor))


def every_weekend(s: Slots) -> Recurrence | None:
    """"every weekend", "each weekend", "every other weekend", "weekends": the weekend
    (``Relative("weekend", 0)``, as in "this weekend") every week (every other week), TIMEX3
    ``XXXX-WXX-WE``, EVERY, as "every Tuesday" is ``XXXX-WXX-2``; the interval of "every other
    weekend" stays in the expression, as for "every other Tuesday". A bare "weekends" is a set
    only with nothing before it or a word of ``[context.weekends_intro]`` ("on weekends"):
    "two weekends", "the weekends of May" count or name weekends."""
    if s.token("u").text == "weekends" and s.start > 0:
        before = s.tokens[s.start - 1]
        if before.kind == "word" and before.text not in s.lexicon.word_set("weekends_intro"):
            return None
    return Recurrence(G.WEEK, 2 if "o" in s else 1, Relative("weekend", 0))


def every_nth_weekday(s: Slots) -> Recurrence | None:
    """"every second Tuesday of the month", "the first Monday of every month", "the last Friday
    of each month": the month's nth weekday (Date.nth, -1 the last), every month. TimeML has no
    value for it: its TIMEX3 is the set holding it, every Tuesday (XXXX-WXX-2, EVERY), as for
    "every other Tuesday"; the month and the nth stay in the expression."""
    n = s["o"]
    if not isinstance(n, int) or not (1 <= n <= 5 or n == -1):
        return None  # "the sixth Tuesday of every month"
    return Recurrence(G.MONTH, 1, Date(weekday=s["w"], nth=n))


def frequency(s: Slots) -> Recurrence | None:
    """"weekly", "annually", "twice a year", "three times a week"."""
    if "f" in s:
        # the match is the one @frequency word: before a word, it describes it unless it is an
        # adverb ("a quarterly dividend", "daily volume": a property, not a time)
        following = s.tokens[s.end] if s.end < len(s.tokens) else None
        if s.end - s.start == 1 and following is not None and following.kind == "word" and (
                not frequency_is_adverb(s)):
            return None
        unit, n = s["f"]
        return Recurrence(G(unit), n)
    unit, _ = _unit(s["u"])
    times = s.get("n", {"once": 1, "twice": 2}.get(s.get("t", ""), 1))
    if times != int(times) or times < 1:
        return None
    return Recurrence(unit, 1, times=int(times))


def weekdays_plural(s: Slots) -> Recurrence:
    """"on Mondays"."""
    return Recurrence(G.WEEK, 1, Cyclic(G.DAY, s["w"]))


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    every, every_other, every_weekend, every_nth_weekday, frequency, weekdays_plural,
)

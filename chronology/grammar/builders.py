"""Builder functions: a rule's named slots → a value (a number, a quantity or an Expression).

Every rule in ``rules.toml`` names one of these through the explicit ``BUILDERS`` table.
A builder returns ``None`` to veto a match (a day 32, "may" used as a verb), which is how
context checks stay out of the patterns. The words a veto looks for ("the next day" but not
"the past day", "Sun." but not "Sun") are ``[context.*]`` lists of the parse's lexicon
(``Slots.lexicon``), not code; sets of unit names are code (they are Granularity names, alike
in every language). Builders know nothing about anchors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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
    Quantity,
    Range,
    Recurrence,
    Ref,
    Relative,
    Within,
)
from chronology.grammar.context import (
    clause_follows,
    count_follows,
    day_list_closes,
    event_follows,
    fall_is_a_verb,
    frequency_is_adverb,
    month_word_is_date,
    pronoun_ends,
    season_word_is_date,
    that_is_a_conjunction,
    year_is_date,
)
from chronology.grammar.matcher import Slots
from chronology.model.granularity import Granularity

__all__ = ["BUILDERS"]

G = Granularity
_MAX_DAY = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_UNIT_ALIASES = {"fortnight": ("week", 2)}


# -- numbers and quantities ----------------------------------------------------------------

def number(s: Slots) -> float | None:
    """A single number: digits, a number word, or a teen."""
    n: float | None = s["n"]
    return n


def number_compound(s: Slots) -> int:
    """"twenty-four" = 20 + 4."""
    return int(s["tens"] + s["unit"])


def number_multiply(s: Slots) -> float | None:
    """"two hundred", "a dozen", "three thousand", plus an optional remainder."""
    value = s.get("n", 1) * s["m"]
    rest = s.get("rest", 0)
    if rest >= s["m"]:
        return None
    total: float = value + rest
    return total


def quantity(s: Slots) -> Quantity | None:
    """An exact count from a number ("three", "18", "2.5")."""
    n = s["n"]
    if n < 0 or n > 10000:
        return None
    return Quantity.exact(n)


def quantity_one(s: Slots) -> Quantity:
    """"a", "an", "one" before a unit."""
    return Quantity.exact(1)


def quantity_half(s: Slots) -> Quantity:
    """"half a" year, "a half" hour."""
    return Quantity.exact(0.5)


def quantity_and_half(s: Slots) -> Quantity:
    """"two and a half", "one and a half"."""
    return Quantity.exact(s["n"] + 0.5)


def quantity_vague(s: Slots) -> Quantity:
    """"a few", "several", "a couple of", "dozens of": a range with a likely value."""
    low, value, high = s["v"]
    return Quantity(low, value, high, vague=True)


def quantity_or(s: Slots) -> Quantity | None:
    """"two or three", "one or two": a small range."""
    a, b = s["a"], s["b"]
    if not b > a:
        return None
    return Quantity(a, (a + b) / 2, b, vague=True)


# -- durations ----------------------------------------------------------------------------

def _unit(value: str) -> tuple[Granularity, float]:
    if value in _UNIT_ALIASES:
        name, factor = _UNIT_ALIASES[value]
        return G(name), factor
    return G(value), 1


def duration(s: Slots) -> Duration | None:
    """"three weeks", "a year", "five-year", "18 months"."""
    q: Quantity = s["q"]
    unit, factor = _unit(s["u"])
    if factor != 1:
        q = Quantity(q.low * factor, q.value * factor, q.high * factor, q.vague)
    if unit in (G.SEASON, G.HALF):
        return None
    return Duration(q, unit)


def fiscal_year(s: Slots) -> Expr | None:
    """"fiscal 1989": the year a company reports on, named by its calendar year (TimeBank)."""
    y = s["y"]
    if not (isinstance(y, Date) and y.year is not None and y.month is None and y.weekday is None):
        return None
    return y


def duration_one(s: Slots) -> Duration | None:
    """"a year", "an hour", "one week", "a fortnight"."""
    unit, factor = _unit(s["u"])
    if unit in (G.SEASON, G.HALF):
        return None
    return Duration(Quantity.exact(factor), unit)


def duration_unit_and_half(s: Slots) -> Duration:
    """"a year and a half": 1.5 years."""
    unit, factor = _unit(s["u"])
    return Duration(Quantity.exact(1.5 * factor), unit)


def duration_approx(s: Slots) -> Approx:
    """"about three weeks", "some ten years"."""
    return Approx(s["d"])


def duration_bound(s: Slots) -> Bound | None:
    """"more than a year", "at least two weeks", "less than a month", "up to five years"."""
    if isinstance(s["d"], Duration) and s["d"].anchored:
        return None  # "over the past three years" is a stretch of time, not a bound
    if "mod" in s:
        return Bound(s["d"], s["mod"])
    words = s.words()
    mod = _BOUND_WORDS.get(" ".join(words[:2])) or _BOUND_WORDS.get(words[0])  # "over", "under"
    return None if mod is None else Bound(s["d"], mod)


_BOUND_WORDS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
    "at least": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "no more": "EQUAL_OR_LESS", "fewer than": "LESS_THAN", "longer than": "MORE_THAN",
}


def _unwrap(value: Any) -> tuple[Any, list[tuple[type, str | None]]]:
    """Peel Approx/Bound wrappers off a duration, remembering them (outermost first)."""
    wrappers: list[tuple[type, str | None]] = []
    while isinstance(value, (Approx, Bound)):
        wrappers.append((type(value), value.mod if isinstance(value, Bound) else None))
        value = value.expr
    return value, wrappers


def _rewrap(expr: Expr, wrappers: list[tuple[type, str | None]]) -> Expr:
    for kind, mod in reversed(wrappers):
        expr = Bound(expr, mod or "") if kind is Bound else Approx(expr)
    return expr


def _offset(s: Slots, sign: int, narrative: bool, base: Expr | None = None) -> Expr | None:
    inner, wrappers = _unwrap(s["d"])
    if not isinstance(inner, Duration) or inner.anchored:
        return None
    return _rewrap(Offset(inner.amount, inner.unit, sign, base, narrative), wrappers)


def ago(s: Slots) -> Expr | None:
    """"two years ago", "about three weeks ago", "more than a year ago"."""
    return _offset(s, -1, False)


def from_now(s: Slots) -> Expr | None:
    """"three weeks from now", "in two days", "two years hence"."""
    return _offset(s, +1, False)


def later(s: Slots) -> Expr | None:
    """"three days later", "a week afterwards": after the narrative focus."""
    return _offset(s, +1, True)


def earlier(s: Slots) -> Expr | None:
    """"two days earlier", "a year before": before the narrative focus. Before a clause ("for
    three weeks before signing") the length is a length: "before" belongs to the clause."""
    if s.tokens[s.end - 1].text == "before" and clause_follows(s):
        return None
    return _offset(s, -1, True)


def offset_from_date(s: Slots) -> Expr | None:
    """"two days before Christmas", "a week after November 5"."""
    sign = -1 if s["dir"] in ("before", "prior", "ahead") else 1
    return _offset(s, sign, False, base=s["base"])


def duration_anchored(s: Slots) -> Expr | None:
    """"the past three months" (ending at the reference), "the next two years" (starting there)."""
    inner, wrappers = _unwrap(s["d"])
    if not isinstance(inner, Duration):
        return None
    sign = s["rel"]
    if sign == 0:
        return None
    return _rewrap(Duration(inner.amount, inner.unit, -1 if sign < 0 else 1), wrappers)


def duration_anchored_unit(s: Slots) -> Expr | None:
    """"the past year", "the last week": one unit ending at the reference."""
    unit, factor = _unit(s["u"])
    sign = s.get("rel", -1)  # the rule's 'past'|'last' is not a slot: both mean -1
    if sign == 0 or unit in (G.SEASON, G.HALF):
        return None
    return Duration(Quantity.exact(factor), unit, -1 if sign < 0 else 1)


# -- calendar dates -----------------------------------------------------------------------

def _valid(month: int | None, day: int | None) -> bool:
    if day is not None and day < 1:
        return False
    return month is None or day is None or day <= _MAX_DAY[month]


def calendar_date(s: Slots) -> Date | None:
    """"November 5, 1999", "5 November", "Nov. 5", "the 5th of November", "November 1999"."""
    month = s.get("m")
    day = s.get("d")
    year = s.get("y")
    if month is not None and not month_word_is_date(s, "m"):
        return None
    if not _valid(month, day):
        return None
    short = False
    if year is None and "sy" in s:
        year, short = s["sy"], True
    return Date(year=year, month=month, day=day, weekday=s.get("w"), short_year=short)


def iso_date(s: Slots) -> Expr | None:
    """"1999-11-05" (with an optional "T15:30")."""
    text: str = s["iso"]
    date, _, time = text.partition("T")
    y, m, d = (int(x) for x in date.split("-"))
    if not (1 <= m <= 12 and _valid(m, d) and d >= 1):
        return None
    result = Date(year=y, month=m, day=d)
    if time:
        hh, mm = (int(x) for x in time.split(":")[:2])
        if hh > 23 or mm > 59:
            return None
        return Clock(result, hh, mm)
    return result


def slash_date(s: Slots) -> Expr | None:
    """"11/05/1999" or "5/11/99": month first unless ``day_first``; impossible readings dropped."""
    a, b, y = s["sl"].split("/")
    first, second, year = int(a), int(b), int(y)
    short = len(y) == 2
    readings = []
    for month, day in ((first, second), (second, first)):
        if 1 <= month <= 12 and 1 <= day and _valid(month, day):
            readings.append(Date(year=year, month=month, day=day, short_year=short))
    if not readings:
        return None
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0]
    return Ambiguous(tuple(readings), "day_first")


def year(s: Slots) -> Date | None:
    """A bare year, when the context says it is a year and not a count."""
    if not year_is_date(s, "y"):
        return None
    return Date(year=s["y"])


def year_era(s: Slots) -> Date | None:
    """"AD 800", "300 BC", "1066 AD": BC years are stored as astronomical years (1 BC = 0)."""
    n = s["n"]
    if not isinstance(n, int) or n <= 0 or n > 9999:
        return None
    return Date(year=n if s["era"] == "AD" else 1 - n)


def short_year(s: Slots) -> Date:
    """"'97": a two-digit year, its century taken from the anchor."""
    return Date(year=s["sy"], short_year=True)


def weekday_date(s: Slots) -> Expr | None:
    """"Tuesday, November 9": the weekday accompanies a date (and is checked against it)."""
    inner = s["date"]
    if not isinstance(inner, Date) or inner.day is None:
        return None
    return Date(inner.year, inner.month, inner.day, s["w"], inner.short_year)


def weekday(s: Slots) -> Cyclic | None:
    """"Monday", "last Tuesday", "next Friday", "this Wednesday"."""
    tok = s.token("w")
    if tok.suffix != "." and "rel" not in s and tok.text in s.lexicon.word_set("weekday_ambiguous"):
        return None  # "Sun Microsystems", "sat on": the word, not the weekday
    return Cyclic(G.DAY, s["w"], s.get("rel"))


def month_cyclic(s: Slots) -> Expr | None:
    """A month without a year: "in March", "last December", "next May"."""
    if "rel" not in s and not month_word_is_date(s, "m", alone=True):
        return None
    return Cyclic(G.MONTH, s["m"], s.get("rel"))


def month_of(s: Slots) -> Expr:
    """"August of this year", "March of last year": a month inside another time."""
    return Within(Cyclic(G.MONTH, s["m"]), s["base"])


def holiday(s: Slots) -> Expr | None:
    """"Christmas", "Christmas 1998", "Christmas Eve", "New Year's Day": a fixed-date holiday
    (lexicon value [month, day]); "Thanksgiving": the nth weekday of a month ([month, n, weekday])."""
    value = s["h"]
    if len(value) == 3:
        month, nth, wd = value
        return Date(year=s.get("y"), month=month, weekday=wd, nth=nth)
    month, day = value
    return Date(year=s.get("y"), month=month, day=day)


def day_of_month(s: Slots) -> Expr | None:
    """"the 5th": a day of the current month (prefer decides which month)."""
    return Date(day=s["d"])


def day_list(s: Slots) -> list[tuple[int, int]] | None:
    """One day or a day range of a month: "5", "4-5", "5 to 7"."""
    a = s["a"]
    b = s.get("b", a)
    if not 1 <= a <= b <= 31:
        return None
    return [(a, b)]


def day_list_join(s: Slots) -> list[tuple[int, int]] | None:
    """"5, 6 and 7", "4-5, 27": days listed after a month."""
    left: list[tuple[int, int]] = s["x"]
    right: list[tuple[int, int]] = s["y"]
    if left[-1][1] >= right[0][0]:
        return None
    return left + right


def month_days(s: Slots) -> Expr | None:
    """"November 5, 6 and 7", "November 5-7, 1999", "October 4-5, 27", "5-7 November"."""
    month = s["m"]
    days: list[tuple[int, int]] = s["days"]
    if not month_word_is_date(s, "m"):
        return None
    if len(days) == 1 and days[0][0] == days[0][1]:
        return None  # a single day is calendar_date's job
    if not all(_valid(month, b) for _, b in days):
        return None
    if not day_list_closes(s, len(days)):
        return None
    yr = s.get("y")
    items: list[Expr] = []
    for a, b in days:
        start = Date(year=yr, month=month, day=a)
        items.append(start if a == b else Range(start, Date(year=yr, month=month, day=b)))
    return items[0] if len(items) == 1 else Enumeration(tuple(items))


def month_day_or(s: Slots) -> Expr | None:
    """"November 5 or 6", "May 30 or 31, 1998": one of two days of a month."""
    month, a, b = s["m"], s["a"], s["b"]
    if not month_word_is_date(s, "m") or not a < b or not (_valid(month, a) and _valid(month, b)):
        return None
    yr = s.get("y")
    return Enumeration((Date(year=yr, month=month, day=a), Date(year=yr, month=month, day=b)), mode="one")


def day_range_between(s: Slots) -> Expr | None:
    """"between October 12 and 20", "between 12 and 20 October": the days from one to the
    other (a range, as "between March and May"), not a list of two days."""
    month, a, b = s["m"], s["a"], s["b"]
    if not month_word_is_date(s, "m") or not a < b or not (_valid(month, a) and _valid(month, b)):
        return None
    if "y" not in s and count_follows(s):
        return None  # "between May 12 and 20 people": a count, not a day
    yr = s.get("y")
    return Range(Date(year=yr, month=month, day=a), Date(year=yr, month=month, day=b))


def year_range(s: Slots) -> Expr | None:
    """"1997-99", "1997-1999", "1997 to 1999"."""
    a, b = s["a"], s["b"]
    if b < 100:
        b = a - a % 100 + b
    if not a < b <= a + 100:
        return None
    return Range(Date(year=a), Date(year=b))


# -- periods ------------------------------------------------------------------------------

def decade(s: Slots) -> Period | None:
    """"the 1990s", "the '90s" (century from the anchor: stored as 90)."""
    return Period(G.DECADE, s["dec"])


def century(s: Slots) -> Period | None:
    """"the 19th century" → 1800-1899, "the 1900s" → 1900-1999."""
    if "c" in s:
        return Period(G.CENTURY, s["c"])
    n = s["o"]
    if not 1 <= n <= 30:
        return None
    return Period(G.CENTURY, (n - 1) * 100)


def quarter(s: Slots) -> Expr | None:
    """"the third quarter of 1998", "the first quarter", "Q3 1998", "the fourth quarter"."""
    n = s["o"]
    if not 1 <= n <= 4:
        return None
    return Period(G.QUARTER, n, s.get("base"))


def week_number(s: Slots) -> Expr | None:
    """"week 45 of 1999", "the 45th week of this year": an ISO week (Monday to Sunday; week 1
    holds the year's first Thursday). A bare "week 12" is left alone: in news it is as often
    the twelfth week of a season or a trial."""
    n = s["n"] if "n" in s else s["o"]
    if not isinstance(n, int) or not 1 <= n <= 53:
        return None
    base = s["base"]
    if not _is_year(base):
        return None  # "week 3 of the trial", "the first week of May": not an ISO week number
    return Period(G.WEEK, n, base)


def _is_year(e: Expr) -> bool:
    return (isinstance(e, Date) and e.year is not None and e.month is None and e.weekday is None) or (
        isinstance(e, Relative) and e.unit is G.YEAR)


def week_of(s: Slots) -> Expr | None:
    """"the week of November 8": the week (Monday to Sunday) that holds the day."""
    base = s["base"]
    if not (isinstance(base, Date) and base.day is not None) and not (
            isinstance(base, Relative) and base.unit is G.DAY):
        return None  # "the week of the summit" is a week of an event; "the week of 1999" is nothing
    return Offset(Quantity.exact(0), G.WEEK, 1, base)


def half(s: Slots) -> Expr | None:
    """"the first half of 1999", "the second half"."""
    n = s["o"]
    if not 1 <= n <= 2:
        return None
    return Period(G.HALF, n, s.get("base"))


def last_part_of(s: Slots) -> Expr | None:
    """"the last quarter of 1998" (Q4), "the latter half of 1989" (H2), "the last half of the
    '80s" (the decade's end)."""
    unit = G.QUARTER if s["u"] == "quarter" else G.HALF
    base = s["base"]
    if _is_year(base):
        return Period(unit, 4 if unit is G.QUARTER else 2, base)
    if isinstance(base, Period) and base.unit in (G.DECADE, G.CENTURY, G.MILLENNIUM):
        return Part(base, "END", 1 / 4 if unit is G.QUARTER else 1 / 2)
    return None


def season(s: Slots) -> Expr | None:
    """"winter 1998", "the summer of 1997", "this summer", "last spring", "in the fall"."""
    if "base" in s:
        return Period(G.SEASON, s["se"], s["base"])
    if "y" in s:
        return Period(G.SEASON, s["se"], Date(year=s["y"]))
    if "rel" not in s and not season_word_is_date(s, "se"):
        return None
    return Cyclic(G.SEASON, s["se"], s.get("rel"))


# -- relative to the anchor or the story ---------------------------------------------------

def deictic_day(s: Slots) -> Expr:
    """"today", "yesterday", "tomorrow" ("tonight" is a time of day)."""
    if s.token("dd").text == "tonight":
        return Clock(Relative(G.DAY, 0), part="NI")
    return Relative(G.DAY, s["dd"])


def day_before_after(s: Slots) -> Expr:
    """"the day before yesterday" (-2), "the day after tomorrow" (+2)."""
    return Relative(G.DAY, -2 if s["word"] == "yesterday" else 2)


def relative_unit(s: Slots) -> Expr | None:
    """"last month", "this year", "next week", "this weekend", "last quarter"."""
    unit = s["u"]
    if unit in ("fortnight", "half", "season") or s.token("rel").text == "past":
        return None  # "past week" is a duration; "this season" is left out (sports seasons)
    return Relative(unit if unit == "weekend" else G(unit), s["rel"])


def narrative_unit(s: Slots) -> Expr | None:
    """"that year", "the same day", "the next day", "the following week", "the previous month"."""
    unit = s["u"]
    if unit in ("fortnight", "half", "season"):
        return None
    if "rel" in s and s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
        return None  # "the past year" is a duration, "the current year" is not anaphoric
    return Relative(unit if unit == "weekend" else G(unit), s.get("rel", 0), narrative=True)


#: the units "the <unit> before/after" is said of ("the years before the war" is a stretch)
_BEFORE_AFTER_UNITS = frozenset({"day", "week", "month", "quarter", "year"})


def the_unit_before_after(s: Slots) -> Expr | None:
    """"the day before", "the year after": the unit before/after the story's focus (as "the
    previous day"); with a date, the unit before/after it ("the day before Christmas")."""
    unit = s["u"]
    if unit not in _BEFORE_AFTER_UNITS or s.token("u").text != unit:
        return None
    sign = -1 if s["dir"] == "before" else 1
    if "dem" in s and not pronoun_ends(s):
        return None  # "the day before that vote": "that" opens the event's noun phrase
    if "base" not in s:
        if "dem" not in s and event_follows(s):
            return None  # "Oct. 12, the day before the plunge": the day is the focus's own
        return Relative(G(unit), sign, narrative=True)
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Bound, Range, Enumeration)):
        return None
    return Offset(Quantity.exact(1), G(unit), sign, base)


def the_unit_before_last(s: Slots) -> Expr | None:
    """"the year before last": two units before the reference's ("the week before this" one)."""
    unit = s["u"]
    if unit not in _BEFORE_AFTER_UNITS or s.token("u").text != unit:
        return None
    return Relative(G(unit), -2 if s.words()[-1] == "last" else -1)


def the_unit(s: Slots) -> Expr | None:
    """"the year", "the month": the unit of the story's focus (anaphoric)."""
    unit = s["u"]
    if unit == "weekend":
        return Relative("weekend", 0, narrative=True)
    if unit in ("second", "minute", "hour", "fortnight", "season", "half"):
        return None
    return Relative(G(unit), 0, narrative=True)


def part_of(s: Slots) -> Expr | None:
    """"early 1998", "mid-October", "late last year", "the end of the month"."""
    mod, fraction = s["p"]
    inner = s["x"]
    # "mid-October to early November" is a range of parts, never a part of a range; and "close
    # by March 1" is a verb before a bound, not the close of one
    if isinstance(inner, (Duration, Recurrence, Ref, Range, Enumeration, Part, Bound)):
        return None
    return Part(inner, mod, fraction)


def unit_part(s: Slots) -> Expr | None:
    """"year-end", "the year's end", "month-end": the end (start) of the story's year (month)."""
    unit = s["u"]
    if unit not in ("week", "month", "quarter", "year") or s.token("u").text != unit:
        return None
    if s.token("p").text not in ("end", "start", "close"):
        return None  # "the year early" is no part of a year
    mod, fraction = s["p"]
    return Part(Relative(G(unit), 0, narrative=True), mod, fraction)


def earlier_later_this(s: Slots) -> Expr | None:
    """"earlier this year", "later this month", "earlier that week"."""
    unit = s["u"]
    if unit in ("fortnight", "half", "season", "weekend"):
        return None
    narrative = s["dem"] == "that"
    part = "EARLIER" if s["dir"] == "earlier" else "LATER"
    return Part(Relative(G(unit), 0, narrative), part, 1.0)


def earlier_later_today(s: Slots) -> Expr:
    """"later today", "earlier today": the rest (or the part gone) of the anchor's day, at the
    granularity of the day."""
    return Part(Relative(G.DAY, 0), "EARLIER" if s["dir"] == "earlier" else "LATER", 1.0)


def first_of(s: Slots) -> Expr | None:
    """"the first of the month", "the first of next month": its first day ("the first of May"
    is the day-of-month rule's)."""
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Range, Enumeration, Clock, Bound)) or (
            isinstance(base, Cyclic) and base.unit is G.MONTH) or (
            isinstance(base, Date) and base.day is None and base.month is not None):
        return None
    return Edge(base, G.DAY, 1)


def part_unit(s: Slots) -> Expr | None:
    """"mid-month", "mid-year", "late-year": a part of the story's month (year)."""
    unit = s["u"]
    if unit not in ("week", "month", "quarter", "year") or s.token("u").text != unit:
        return None
    mod, fraction = s["p"]
    return Part(Relative(G(unit), 0, narrative=True), mod, fraction)


def no_later_than(s: Slots) -> Expr | None:
    """"no later than March 1" (by then), "no earlier than next week" (from then on)."""
    inner = s["x"]
    if isinstance(inner, (Duration, Ref, Recurrence, Bound)):
        return None
    return Bound(inner, "by" if s["w"] == "later" else "since")


def reference(s: Slots) -> Ref:
    """"now", "currently", "recently", "the past", "the future", "at present"."""
    return Ref(_REFERENCE_WORDS.get(s["r"], s["r"]))


_REFERENCE_WORDS = {"past": "PAST_REF", "future": "FUTURE_REF", "present": "PRESENT_REF"}


def edge_of(s: Slots) -> Expr | None:
    """"the last day of February", "the first day of the month", "the first week of May"."""
    unit = s["u"]
    if unit not in ("day", "week") or s.token("u").text != unit:
        return None  # "the first days of May" are several
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Range, Enumeration, Clock)):
        return None
    return Edge(base, G(unit), 1 if s.token("w").text == "first" else -1)


def some_day(s: Slots) -> Ref | None:
    """"will one day be", "could some day return": an unnamed day ahead (FUTURE_REF), not a
    length of one day; the modal before it decides (lexicon ``[context.modal]``)."""
    before = s.tokens[s.start - 1].text if s.start > 0 else None
    if before is None or before not in s.lexicon.word_set("modal"):
        return None
    return Ref("FUTURE_REF")


def approx(s: Slots) -> Expr | None:
    """A hedge before a time: "about two years ago", "circa 1850", "around mid-1997"."""
    inner = s["x"]
    if isinstance(inner, (Approx, Ref)):
        return None
    return Approx(inner)


def bound_date(s: Slots) -> Expr | None:
    """"before 1998", "after March", "since 1997", "until next week", "by the end of the year"."""
    inner = s["x"]
    if isinstance(inner, (Duration, Ref, Recurrence, Bound)):
        return None
    return Bound(inner, s["mod"])


def date_range(s: Slots) -> Expr | None:
    """"from 1997 to 1999", "between March and May 1998", "mid-October to early November"."""
    a, b = s["a"], s["b"]
    if any(isinstance(x, (Duration, Ref, Recurrence, Bound, Range, Enumeration)) for x in (a, b)):
        return None
    if _is_weekday(a) != _is_weekday(b):
        return None  # "a revision Friday to December's figures" is no range
    a, b = _share_fields(a, b)
    return Range(a, b)


def _share_fields(a: Expr, b: Expr) -> tuple[Expr, Expr]:
    """"between March and May 1998": the first date borrows the year of the second."""
    if isinstance(a, Cyclic) and a.unit is G.MONTH and isinstance(b, Date) and b.year is not None \
            and b.day is None and a.which is None:
        return Date(year=b.year, month=int(a.index)), b
    if isinstance(a, Date) and isinstance(b, Date) and a.year is None and b.year is not None:
        return Date(b.year, a.month, a.day, a.weekday, b.short_year), b
    return a, b


def date_or(s: Slots) -> Expr | None:
    """"Monday or Tuesday", "1997 or 1998": one of several times."""
    a, b = s["a"], s["b"]
    if any(isinstance(x, (Duration, Ref, Recurrence)) for x in (a, b)):
        return None
    a, b = _share_fields(a, b)
    return Enumeration((a, b), mode="one")


# -- times of day ---------------------------------------------------------------------------

def clock(s: Slots) -> Clock | None:
    """"3:30", "3 p.m.", "10:15 a.m. EST", "noon"."""
    if "c" in s:
        h, m, _ = s["c"]
    else:
        h, m = s["h"], 0
    ampm = s.get("ap")
    if ampm is not None:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm == "pm" else 0)
    elif "c" not in s:
        return None  # a bare number is not a time
    return Clock(None, h, m, zone=s.get("z"))


def clock_word(s: Slots) -> Clock:
    """"noon", "midnight" — midnight is the end of its day (hour 24, TimeML's ``T24:00``):
    "the offer expires at midnight Friday" runs through Friday."""
    return Clock(None, 12, 0) if s["word"] == "noon" else Clock(None, 24, 0)


def day_part(s: Slots) -> Expr | None:
    """"this morning", "yesterday afternoon", "Monday night", "last night", "tomorrow evening"."""
    base = s.get("base")
    if base is None:
        rel = s.get("rel", 0)
        base = Relative(G.DAY, -1 if rel < 0 and s["part"] == "NI" else rel)
        if rel not in (0, -1) or (rel == -1 and s["part"] != "NI"):
            return None
    if isinstance(base, (Duration, Ref, Recurrence)):
        return None
    if isinstance(base, Part) and base.part in ("START", "MID", "END"):
        return None  # "early Tuesday morning" is the early part of the morning (part_of_time)
    return Clock(base, part=s["part"])


def narrative_day_part(s: Slots) -> Expr | None:
    """"the next morning", "the previous night", "the night before", "that night", "the same
    afternoon": a part of the day before, after or of the story's focus."""
    if s.token("part").text.endswith("s"):
        return None  # "the following evenings" are several
    if "dir" in s:
        offset = -1 if s["dir"] == "before" else 1
    elif "rel" in s:
        if s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
            return None  # "the last night of the talks"
        offset = s["rel"]
    else:
        words = s.words()
        if words[0] == "the" and words[1] != "same":
            return None  # "the morning" alone is left to "the morning of …"
        if words[0] == "that" and that_is_a_conjunction(s):
            return None
        offset = 0
    return Clock(Relative(G.DAY, offset, narrative=True), part=s["part"])


def clock_on(s: Slots) -> Expr | None:
    """"3 p.m. yesterday", "yesterday at 3 p.m.", "Monday morning at 10"."""
    c: Clock = s["c"]
    base = s["base"]
    if not isinstance(c, Clock) or c.base is not None or isinstance(base, (Duration, Ref, Recurrence, Clock)):
        return None
    return Clock(base, c.hour, c.minute, c.part, c.zone)


# -- sets -----------------------------------------------------------------------------------

def every(s: Slots) -> Recurrence | None:
    """"every week", "each year", "every Tuesday", "every morning", "every two weeks"."""
    if "w" in s:
        return Recurrence(G.WEEK, 1, Cyclic(G.DAY, s["w"]))
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
    unit, factor = _unit(s["u"])
    if unit in (G.SEASON, G.HALF):
        return None
    n = s.get("n", 1)
    return Recurrence(unit, int(n * factor))


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


BUILDERS: dict[str, Callable[[Slots], Any]] = {
    f.__name__: f for f in (
        number, number_compound, number_multiply, quantity, quantity_one, quantity_half,
        quantity_and_half, quantity_vague, quantity_or, duration, duration_unit_and_half,
        duration_one, duration_approx, duration_bound, ago, from_now, later, earlier, offset_from_date,
        duration_anchored, duration_anchored_unit, calendar_date, iso_date, slash_date, year,
        year_era, short_year, weekday_date, weekday, month_cyclic, month_of, day_of_month, holiday,
        day_list, day_list_join, month_days, month_day_or, year_range, decade, century, quarter, half, season,
        deictic_day, day_before_after, relative_unit, narrative_unit, part_of, earlier_later_this,
        reference, approx, bound_date, date_range, date_or, clock, clock_word, day_part, clock_on,
        every, frequency, weekdays_plural, the_unit, the_unit_before_after, the_unit_before_last,
        narrative_day_part, day_range_between, week_number, week_of,
    )
}


# -- news conventions (added with extraction) -----------------------------------------------


def _is_weekday(e: Expr) -> bool:
    return (isinstance(e, Cyclic) and e.unit is G.DAY) or (
        isinstance(e, Date) and e.weekday is not None and e.month is None)


def month_rel_year(s: Slots) -> Expr:
    """"January this year", "June last year", "March next year"."""
    return Within(Cyclic(G.MONTH, s["m"]), Relative(G.YEAR, s["rel"]))


def year_ago(s: Slots) -> Expr:
    """"the year-ago quarter", "year-earlier" results, "last year's quarter": the same period a
    year before the story's (the year before the reference when no period is in focus)."""
    return Offset(Quantity.exact(1), G.YEAR, -1, narrative=True)


def story_unit(s: Slots) -> Expr | None:
    """"the latest quarter", "the full year", "the fiscal year": the period the story reports on."""
    unit = s["u"]
    if unit in ("second", "minute", "hour", "fortnight", "season", "half", "weekend"):
        return None
    return Relative(G(unit), 0, narrative=True)


def story_period(s: Slots) -> Expr:
    """"the latest period", "the same period": the reporting period the story is about, at the
    focus's own unit (a quarter in results news)."""
    return Relative("period", 0, narrative=True)


def spoken_year(s: Slots) -> Date | None:
    """"nineteen ninety-six", "nineteen seventy-nine" (broadcast transcripts)."""
    century, rest = s["c"], s["n"]
    if not (11 <= century <= 19 and isinstance(rest, (int, float)) and 10 <= rest <= 99 and rest == int(rest)):
        return None
    return Date(year=century * 100 + int(rest))


def the_year_number(s: Slots) -> Date | None:
    """"the year two thousand", "the year 2000"."""
    n = s["n"]
    if not (isinstance(n, (int, float)) and n == int(n) and 1 <= n <= 2200):
        return None
    return Date(year=int(n))


def decade_word(s: Slots) -> Period:
    """"the nineties", "the eighties": decades of the 1900s."""
    return Period(G.DECADE, 1900 + s["d"])


def present_phrase(s: Slots) -> Ref:
    """"current" (as in "current conditions"), "these days", "nowadays"."""
    return Ref("PRESENT_REF")


def future_phrase(s: Slots) -> Ref:
    """"the near future", "the near term", "a later date", "future" demand."""
    return Ref("FUTURE_REF")


BUILDERS.update({f.__name__: f for f in (month_rel_year, year_ago, story_unit, spoken_year,
                                         the_year_number, decade_word, present_phrase, future_phrase)})


def recent_units(s: Slots) -> Expr | None:
    """"recent years", "coming weeks": an unspecified few units before/after the reference."""
    words = s.words()
    if not words[-1].endswith("s"):
        return None  # "the recent quarter" is not a stretch
    unit, _ = _unit(s["u"])
    return Duration(Quantity(2, 3, 5, vague=True), unit, -1 if s["w"] == "recent" else 1)


def year_ordinal_quarter(s: Slots) -> Expr | None:
    """"the 1988 second quarter": a quarter (half) of a given year."""
    n = s["o"]
    unit = G.QUARTER if s["u"] == "quarter" else G.HALF
    if not isinstance(n, int) or not 1 <= n <= (4 if unit is G.QUARTER else 2):
        return None
    return Period(unit, n, Date(year=s["y"]))


BUILDERS.update({f.__name__: f for f in (recent_units, year_ordinal_quarter)})


# -- wording found in TimeBank value errors -------------------------------------------------

#: units a fiscal year is divided into ("the current fiscal quarter")
_FISCAL_UNITS = frozenset({"year", "quarter", "month"})


def current_unit(s: Slots) -> Expr | None:
    """"the current year", "the current fiscal year", "last fiscal year": the unit containing
    the reference (moved by "last"/"next"), not the story's focus."""
    unit = s["u"]
    if unit in ("second", "minute", "hour", "fortnight", "season", "half", "weekend"):
        return None
    if "fiscal" in s.words() and unit not in _FISCAL_UNITS:
        return None
    rel = s.token("rel").text
    if rel not in ("current", "present", "this", "last", "next"):
        return None  # "past fiscal year" is a stretch, "following fiscal year" narrative
    return Relative(G(unit), s["rel"])


def latest_year(s: Slots) -> Expr:
    """"the latest fiscal year": the last year completed before the reference (the one whose
    results are in), as "the latest quarter" is the last quarter reported."""
    return Relative(G.YEAR, -1)


def narrative_weekday(s: Slots) -> Expr | None:
    """"the previous Friday", "the following Monday", "the next Tuesday": the weekday before or
    after the story's focus (the reference when no story is told)."""
    if s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
        return None  # "the last Friday of the month"
    return Cyclic(G.DAY, s["w"], s["rel"], narrative=True)


def duration_or_so(s: Slots) -> Expr | None:
    """"a week or so", "two years or so": an approximate length."""
    inner = s["d"]
    if not isinstance(inner, Duration):
        return None  # "about a week or so" is hedged once
    return Approx(inner)


def quantity_fraction(s: Slots) -> Quantity | None:
    """"2 1/2" (years): a count with a written fraction, the digits of "1/2" side by side."""
    n, a, b = s["n"], s["a"], s["b"]
    toks = s.tokens[s.end - 3:s.end]
    if not (toks[0].end == toks[1].start and toks[1].end == toks[2].start):
        return None  # "2 1 / 2" is no fraction
    if b not in (2, 3, 4) or not 1 <= a < b or n > 10000:
        return None
    return Quantity.exact(n + a / b)


def possessive_period(s: Slots) -> Expr | None:
    """"next year's first quarter", "last year's second half": a quarter or half of a year."""
    base = s["base"]
    if not _is_year(base):
        return None
    n = s["o"]
    unit = G.QUARTER if s["u"] == "quarter" else G.HALF
    if not isinstance(n, int) or not 1 <= n <= (4 if unit is G.QUARTER else 2):
        return None
    return Period(unit, n, base)


def part_of_day_part(s: Slots) -> Expr | None:
    """"mid-afternoon yesterday", "late afternoon", "early morning": a part of a part of the day
    (of the anchor's day when no day is named)."""
    if s.token("p").text not in s.lexicon.word_set("day_part_part") or s.token("part").text.endswith("s"):
        return None  # "early mornings" recur
    base = s.get("base")
    if isinstance(base, (Duration, Ref, Recurrence, Bound, Range, Enumeration, Part, Clock)):
        return None
    mod, fraction = s["p"]
    return Part(Clock(base, part=s["part"]), mod, fraction)


def part_of_time(s: Slots) -> Expr | None:
    """"late last night", "early Tuesday morning": a part of a named part of the day."""
    x = s["x"]
    if s.token("p").text not in s.lexicon.word_set("day_part_part") or not (
            isinstance(x, Clock) and x.part is not None and x.hour is None):
        return None
    mod, fraction = s["p"]
    return Part(x, mod, fraction)


BUILDERS.update({f.__name__: f for f in (
    duration_or_so, quantity_fraction, current_unit, latest_year, possessive_period, story_period,
    last_part_of, fiscal_year, some_day, unit_part, edge_of, earlier_later_today, first_of, part_unit,
    no_later_than,
    narrative_weekday, part_of_day_part, part_of_time,
)})


# -- holidays and weekdays counted in a month ---------------------------------------------

def nth_weekday(s: Slots) -> Expr | None:
    """"the fourth Thursday of November", "the last Monday in May 1999": the nth weekday of a
    month (as Thanksgiving is), found by the resolver with pendulum."""
    n = s["o"]
    if not isinstance(n, int) or not (1 <= n <= 5 or n == -1):
        return None
    return Date(year=s.get("y"), month=s["m"], weekday=s["w"], nth=n)


BUILDERS.update({f.__name__: f for f in (nth_weekday,)})


# -- clock words ----------------------------------------------------------------------------

def oclock(s: Slots) -> Clock | None:
    """"six o'clock", "6 o'clock p.m.": a whole hour of the 12-hour clock (read as a.m. unless
    a.m./p.m. or a part of the day says otherwise: "6 o'clock this evening" is 18:00)."""
    h = s["h"]
    if not isinstance(h, int) or not 1 <= h <= 12:
        return None
    ampm = s.get("ap")
    if ampm is not None:
        h = h % 12 + (12 if ampm == "pm" else 0)
    return Clock(None, h, 0, zone=s.get("z"))


def military_clock(s: Slots) -> Clock | None:
    """"0600 GMT", "1800 hours": a 24-hour clock time written as four digits. After a word that
    makes it a length ("for 1800 hours") it is none."""
    if s.start > 0 and s.tokens[s.start - 1].text in s.lexicon.word_set("length_intro"):
        return None
    h, m, _ = s["c"]
    return Clock(None, h, m, zone=s.get("z"))


#: parts of the day that move a 12-hour clock hour below 12 into the afternoon: hours from
#: which (up to 11) the part means p.m. ("6 o'clock this evening", "nine o'clock tonight")
_PM_FROM = {"AF": 1, "EV": 1, "NI": 5}


def clock_in_day_part(s: Slots) -> Expr | None:
    """"6 o'clock this evening" (18:00), "7 o'clock tomorrow morning", "3 p.m. this afternoon",
    "six o'clock in the evening": a clock hour placed in a part of a day, which says a.m./p.m."""
    c = s["c"]
    if not isinstance(c, Clock) or c.base is not None or c.hour is None or c.hour == 24:
        return None
    if "part" in s:
        part, base = s["part"], None
    else:
        p = s["p"]
        if not isinstance(p, Clock) or p.hour is not None or p.part is None:
            return None
        part, base = p.part, p.base
    hour = c.hour
    pm_from = _PM_FROM.get(part)
    if pm_from is not None and pm_from <= hour < 12:
        hour += 12
    elif part == "MO" and hour >= 12:
        return None  # "3 p.m. this morning"
    return Clock(base, hour, c.minute, zone=c.zone)


BUILDERS.update({f.__name__: f for f in (oclock, military_clock, clock_in_day_part)})


# -- finance --------------------------------------------------------------------------------

def half_h(s: Slots) -> Expr | None:
    """"H1 2020", "H2": a half year written as results tables do ("Q3 1998" for quarters). The
    H is a capital joined to its digit, and no letter follows ("H2O", "H2S" are no halves)."""
    h, n = s.token("o"), s["o"]
    letter = s.tokens[s.start]
    if not letter.cap or letter.end != h.start or not 1 <= n <= 2:
        return None
    after = s.tokens[s.start + 2] if s.start + 2 < len(s.tokens) else None
    if after is not None and after.start == h.end and after.kind == "word":
        return None
    return Period(G.HALF, n, Date(year=s["y"]) if "y" in s else None)


def fy_year(s: Slots) -> Expr | None:
    """"FY2019", "FY 2019", "FY19", "fiscal year 2019": a fiscal year, named by its calendar year
    as "fiscal 1989" is (TimeBank); two digits take their century from the anchor."""
    y, text = s["y"], s.token("y").text
    if len(text) == 4 and 1000 <= y <= 2999:
        return Date(year=y)
    if len(text) == 2:
        return Date(year=y, short_year=True)
    return None


BUILDERS.update({f.__name__: f for f in (half_h, fy_year)})


def season_short_year(s: Slots) -> Expr:
    """"summer '98", "winter '97": a season of a two-digit year (its century from the anchor,
    as "in '97")."""
    return Period(G.SEASON, s["se"], Date(year=s["sy"], short_year=True))


BUILDERS.update({f.__name__: f for f in (season_short_year,)})

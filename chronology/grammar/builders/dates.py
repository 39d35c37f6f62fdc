"""Calendar dates and years: "November 5, 1999", "11/05/99", "1997-99", "Tuesday", "in March",
"November 5, 6 and 7", "Christmas", "the fourth Thursday of November", "nineteen ninety-six",
"fiscal 1989", "FY2019"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
    Ambiguous,
    Clock,
    Cyclic,
    Date,
    Enumeration,
    Expr,
    Range,
    Relative,
    Within,
)
from chronology.grammar.builders._common import G, _valid
from chronology.grammar.context import (
    count_follows,
    day_list_closes,
    feast_is_a_name,
    month_word_is_date,
    spoken_year_ends,
    year_is_date,
)
from chronology.grammar.matcher import Slots


def calendar_date(s: Slots) -> Date | None:
    """"November 5, 1999", "5 November", "Nov. 5", "the 5th of November", "November 1999"."""
    if "m" in s and not month_word_is_date(s, "m"):
        return None
    return calendar_date_of_month(s)


def calendar_date_of_month(s: Slots) -> Date | None:
    """:func:`calendar_date` once its month word is known to be a month (a replay knows it
    from the token shape: see chronology.grammar.replay_plan)."""
    month = s.get("m")
    day = s.get("d")
    year = s.get("y")
    if not _valid(month, day):
        return None
    short = False
    if year is None and "sy" in s:
        year, short = s["sy"], True
    return Date(year, month, day, s.get("w"), short)


def iso_date(s: Slots) -> Expr | None:
    """"1999-11-05" (with an optional "T15:30")."""
    text: str = s["iso"]
    date, _, time = text.partition("T")
    y, m, d = (int(x) for x in date.split("-"))
    if not (1 <= m <= 12 and _valid(m, d) and d >= 1):
        return None
    result = Date(y, m, d)
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
            readings.append(Date(year, month, day, None, short))
    if not readings:
        return None
    if len(readings) == 1 or readings[0] == readings[1]:
        return readings[0]
    return Ambiguous(tuple(readings), "day_first")


def ymd_date(s: Slots) -> Date | None:
    """"1999/11/05", "2000/2/29": year, month, day with slashes (as Japan, China and ISO 8601's
    order write them). Never read day first: no calendar writes year, day, month, so
    ``day_first`` has nothing to decide. Impossible dates are refused."""
    y, m, d = (int(x) for x in s["ymd"].split("/"))
    return Date(y, m, d) if 1 <= m <= 12 and 1 <= d and _valid(m, d) else None


def dot_date(s: Slots) -> Date | None:
    """"5.11.1999", "05.11.1999": day, month, year with dots. Every country that writes dates
    with dots puts the day first (Germany, Russia, Poland, Switzerland, …), so it is never
    month first and ``day_first`` has nothing to decide. Only four-digit years ("5.11.99" may
    be a version or a number); impossible dates ("31.02.1999") are refused."""
    d, m, y = (int(x) for x in s["dd"].split("."))
    return Date(y, m, d) if 1 <= m <= 12 and 1 <= d and _valid(m, d) else None


def year(s: Slots) -> Date | None:
    """A bare year, when the context says it is a year and not a count."""
    if not year_is_date(s, "y"):
        return None
    return Date(s["y"])


def year_of_date(s: Slots) -> Date:
    """:func:`year` once its context is known to read it as a year (a replay knows it from the
    token shape: see chronology.grammar.replay_plan)."""
    return Date(s["y"])


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


def month_rel_year(s: Slots) -> Expr:
    """"January this year", "June last year", "March next year"."""
    return Within(Cyclic(G.MONTH, s["m"]), Relative(G.YEAR, s["rel"]))


def holiday(s: Slots) -> Expr | None:
    """"Christmas", "Christmas 1998", "Christmas Eve", "New Year's Day": a fixed-date holiday
    (lexicon value [month, day]); "Thanksgiving", "Mother's Day": the nth weekday of a month
    ([month, n, weekday]); "Election Day": the nth weekday on or after a day of the month
    ([month, n, weekday, day]); "Martin Luther King Day": a rule kept from a year on
    ({ rule = [...], since = year }); "Orthodox Christmas 1999": a fixed day for some years
    ({ rule = [month, day], years = [first, last] }: other years given are refused);
    "Orthodox Easter", "Mardi Gras": a day counted from Easter ({ easter = days },
    { orthodox = days }). A name only a capital marks as the holiday
    ([context.holiday_capital]: "Epiphany", not "an epiphany") is refused in lower case."""
    if s.token("h").text in s.lexicon.word_set("holiday_capital") and not s.token("h").cap:
        return None
    return holiday_date(s["h"], s.get("y"))


def month_first_day(s: Slots) -> Expr | None:
    """"May Day", "May Day 1998": the first day of a month whose "<Month> Day" names it
    (lexicon [context.month_first_day]), written with a capital ("may day" is a distress call)."""
    m = s.token("m")
    if m.text not in s.lexicon.word_set("month_first_day") or not m.cap:
        return None
    return holiday_date([s["m"], 1], s.get("y"))


def holiday_date(value: Any, year: int | None) -> Date | None:
    """The date a holiday's lexicon value names in ``year`` (None: the year the resolver picks);
    see :func:`holiday` for the value's forms."""
    since = None
    if isinstance(value, dict):
        if "easter" in value or "orthodox" in value:
            return Date(year=year, easter=value.get("easter", value.get("orthodox")), orthodox="orthodox" in value)
        first_year, last_year = value.get("years", (1, 9999))
        if year is not None and not first_year <= year <= last_year:
            return None
        value, since = value["rule"], value.get("since")
    if len(value) == 4:
        month, nth, wd, first = value
        return Date(year=year, month=month, day=first, weekday=wd, nth=nth, since=since)
    if len(value) == 3:
        month, nth, wd = value
        return Date(year=year, month=month, weekday=wd, nth=nth, since=since)
    month, day = value
    return Date(year=year, month=month, day=day)


def holiday_weekday(s: Slots) -> Expr | None:
    """"Remembrance Sunday" (UK: the second Sunday of November): a holiday named by its
    weekday (lexicon value as for :func:`holiday`, its weekday the one named); capitalised,
    as "Good Friday" is."""
    date = holiday_date(s["h"], s.get("y"))
    if date is None or not s.token("h").cap or date.weekday != s["w"]:
        return None
    return date


def feast(s: Slots) -> Expr | None:
    """"Easter", "Pentecost 1999", "Ascension Day": a day counted from Easter Sunday (lexicon
    value: days after it); not "Easter Island" or "an Easter egg"."""
    if feast_is_a_name(s):
        return None
    return Date(year=s.get("y"), easter=s["f"])


def feast_weekday(s: Slots) -> Expr | None:
    """"Good Friday", "Easter Monday", "Ash Wednesday 1999": a weekday named for its place
    around Easter (lexicon value: [weekday, days after Easter Sunday] pairs). The first word
    must be capitalised: "a good Friday for stocks" is an ordinary Friday."""
    if not s.token("f").cap or feast_is_a_name(s):
        return None
    for weekday, offset in s["f"]:
        if weekday == s["w"]:
            return Date(year=s.get("y"), easter=offset)
    return None


def nth_weekday(s: Slots) -> Expr | None:
    """"the fourth Thursday of November", "the last Monday in May 1999": the nth weekday of a
    month (as Thanksgiving is), found by the resolver with pendulum."""
    n = s["o"]
    if not isinstance(n, int) or not (1 <= n <= 5 or n == -1):
        return None
    return Date(year=s.get("y"), month=s["m"], weekday=s["w"], nth=n)


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
    if len(days) == 1 and days[0][0] == days[0][1]:
        return None  # a single day is calendar_date's job (refused first: it is the cheap check)
    if not month_word_is_date(s, "m"):
        return None
    if not all(_valid(month, b) for _, b in days):
        return None
    if not day_list_closes(s, len(days)):
        return None
    yr = s.get("y")
    items: list[Expr] = []
    for a, b in days:
        start = Date(yr, month, a)
        items.append(start if a == b else Range(start, Date(yr, month, b)))
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
    return Range(Date(a), Date(b))


def spoken_year(s: Slots) -> Date | None:
    """"nineteen ninety-six", "nineteen seventy-nine" (broadcast transcripts)."""
    century, rest = s["c"], s["n"]
    if not (11 <= century <= 19 and isinstance(rest, (int, float)) and 10 <= rest <= 99 and rest == int(rest)):
        return None
    return Date(year=century * 100 + int(rest))


def spoken_year_number(s: Slots) -> int | None:
    """The year of "nineteen ninety-seven", "twenty twenty-one", "twenty ten": hundreds then
    the rest, as a year is read aloud (after a month: "January nineteen ninety-seven")."""
    century, rest = s["c"], s["n"]
    if not (isinstance(rest, (int, float)) and rest == int(rest) and 10 <= rest <= 99):
        return None
    if not (11 <= century <= 19 or century == 20) or not spoken_year_ends(s):
        return None
    return int(century) * 100 + int(rest)


def spoken_year_thousand(s: Slots) -> int | None:
    """The year of "two thousand and three", "two thousand": a number of the 2000s said with
    "thousand" (digits are years of their own rules)."""
    n = s["n"]
    if not (isinstance(n, (int, float)) and n == int(n) and 2000 <= n <= 2099):
        return None
    if not any(s.lexicon.classes_of(t.text).get("multiplier") == 1000 for t in s.tokens[s.start:s.end]):
        return None  # "twenty-o-three" and digits are not this rule's
    if not spoken_year_ends(s):
        return None  # "in May two thousand troops arrived": a count
    return int(n)


def the_year_number(s: Slots) -> Date | None:
    """"the year two thousand", "the year 2000"."""
    n = s["n"]
    if not (isinstance(n, (int, float)) and n == int(n) and 1 <= n <= 2200):
        return None
    return Date(year=int(n))


def fiscal_year(s: Slots) -> Expr | None:
    """"fiscal 1989": the year a company reports on, named by its calendar year (TimeBank)."""
    y = s["y"]
    if not (isinstance(y, Date) and y.year is not None and y.month is None and y.weekday is None):
        return None
    return y


def fy_year(s: Slots) -> Expr | None:
    """"FY2019", "FY 2019", "FY19", "fiscal year 2019": a fiscal year, named by its calendar year
    as "fiscal 1989" is (TimeBank); two digits take their century from the anchor."""
    y, text = s["y"], s.token("y").text
    if len(text) == 4 and 1000 <= y <= 2999:
        return Date(year=y)
    if len(text) == 2:
        return Date(year=y, short_year=True)
    return None


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    calendar_date, iso_date, slash_date, ymd_date, dot_date, year, year_era, short_year, weekday_date, weekday,
    month_cyclic, month_of, month_rel_year, holiday, month_first_day, holiday_weekday, feast, feast_weekday, nth_weekday, day_of_month, day_list, day_list_join,
    month_days, month_day_or, day_range_between, year_range, spoken_year, spoken_year_number, spoken_year_thousand, the_year_number, fiscal_year,
    fy_year,
)

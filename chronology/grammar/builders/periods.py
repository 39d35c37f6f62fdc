"""Periods inside or around other times: decades, centuries, quarters, halves, weeks, seasons
("the 1990s", "Q3 1998", "H1 2020", "next year's first quarter", "week 45 of 1999",
"summer '98") and their edges ("the last day of February", "the last quarter of 1998")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
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
from chronology.grammar.builders._common import G, _is_long, _is_year, _part_word
from chronology.grammar.builders.lengths import _FEW_UNITS
from chronology.grammar.context import game_near, led_season_is_date, measure_near, season_word_is_date
from chronology.grammar.matcher import Slots
from chronology.model.granularity import Granularity

#: the one hundred's year whose "s" names its decade: "the 2000s" are 2000-2009 (as "the 1990s"
#: are 1990-1999), the name the decade took; its century is "the 21st century"
_DECADE_HUNDRED = 2000


def decade(s: Slots) -> Period | None:
    """"the 1990s", "the '90s" (stored as 90: the latest such decade begun by the anchor, see calendar.short_decade). A hundred's year
    names its century, with or without "the" or a part: "the 1800s", "1900s", "the late 1900s"
    (nobody calls 1800-1809 "the 1800s"), "the 1000s" (the 11th century). The 2000s are the
    exception, the decade 2000-2009 whatever the anchor, as "the early 2000s" and "2000s" are:
    "the early 1900s" is the early 20th century, "the early 2000s" the decade's first years."""
    dec = s["dec"]
    if dec >= 100 and dec % 100 == 0 and dec != _DECADE_HUNDRED:
        return Period(G.CENTURY, dec)
    return Period(G.DECADE, dec)


def decade_tens(s: Slots) -> Expr | None:
    """"the 60s", "the late 90s", "the mid-70s": the decade as "the '60s" (the latest such
    decade begun by the anchor), written without the apostrophe. Only after "the" ("in his 60s" is an age) and with
    no measure near (lexicon [context.measure_word]: "temperatures in the 60s", "highs in the
    mid-60s" are readings)."""
    return _named_decade(s, s["dec"])


def decade_word(s: Slots) -> Expr | None:
    """"the nineties", "the eighties", "the late Sixties": decades of the 1900s; "the noughties",
    "the aughts": 2000-2009 (lexicon [decade_word] gives each first year). With a measure near
    ("temperatures in the nineties", lexicon [context.measure_word]) it is a range of readings."""
    return _named_decade(s, s["d"])


def _named_decade(s: Slots, first: int) -> Expr | None:
    """The decade from ``first`` (a part of it with an "early/mid/late" slot ``p``), unless a
    measure stands near (:func:`~chronology.grammar.context.measure_near`); a hyphen with no
    part ("the -60s") is none."""
    if measure_near(s):
        return None
    dec = Period(G.DECADE, first)
    if "p" not in s:
        return None if "-" in s.words() else dec
    mod, fraction = s["p"]
    return Part(dec, mod, fraction)


def century(s: Slots) -> Period | None:
    """"the 19th century" → 1800-1899 ("the 1900s" is the decade builder's)."""
    n = s["o"]
    if not 1 <= n <= 30:
        return None
    return Period(G.CENTURY, (n - 1) * 100)


#: the units whose turn ("the turn of the century") chronology places
_TURN_UNITS = frozenset({G.YEAR, G.DECADE, G.CENTURY, G.MILLENNIUM})


def turn_of(s: Slots) -> Expr | None:
    """"the turn of the century", "the turn of the millennium", "the turn of the decade", "the
    turn of the year": the years (days) either side of the unit's boundary that the reference
    lies near, else the one ``prefer`` picks; "the turn of the 20th century", "the turn of the
    1990s": around the start of the numbered unit (1900, 1990). See resolve/named_spans.py."""
    if "u" in s:
        unit = s["u"]
        if s.token("u").text != unit or unit not in _TURN_UNITS:
            return None  # "the turn of the years", "the turn of the month"
        return Part(Relative(G(unit), 0, narrative=True), "TURN")
    base = s["base"]
    if isinstance(base, Period) and base.base is None and base.unit in _TURN_UNITS:
        return Part(base, "TURN")
    return None


def century_list(s: Slots) -> Enumeration | None:
    """"the 18th and 19th centuries", "the 18th or 19th century": centuries named by their
    ordinals, the unit said once after the last (the first is no day of the month: "the 18th"
    alone is). "and" names both (adjacent ones resolve as one stretch), "or" one of them."""
    a, b = s["a"], s["b"]
    if not (1 <= a < b <= 30):
        return None
    mode = "all" if s["w"] == "and" else "one"
    return Enumeration((Period(G.CENTURY, (a - 1) * 100), Period(G.CENTURY, (b - 1) * 100)), mode=mode)


def _numbered(unit: Granularity, n: object, base: Expr | None) -> Period | Part | None:
    """Quarter 1-4 or half 1-2 (of ``base``); None for a number the year has no such part of.
    Of a decade, century or millennium it is that time's own quarter or half ("the first half
    of the century" is 1900-1950, not the first half of 1900): see :func:`_slice`."""
    count = 4 if unit is G.QUARTER else 2
    if not isinstance(n, int) or not 1 <= n <= count:
        return None
    if base is not None and _is_long(base):
        return _slice(base, n, count)
    return Period(unit, n, base)


def _slice(base: Expr, n: int, count: int) -> Part:
    """Slice ``n`` of ``count`` equal slices of a long time: "the second half of the 1990s"
    (1995-2000), "the second quarter of the 18th century" (1725-1750). The first is its START
    and the last its END, as "the last half of the '80s" always was; one between has no mod."""
    return Part(base, "START" if n == 1 else "END" if n == count else "SLICE", 1 / count, n)


def quarter(s: Slots) -> Expr | None:
    """"the third quarter of 1998", "the first quarter", "Q3 1998", "the fourth quarter"."""
    return _numbered(G.QUARTER, s["o"], s.get("base"))


def quarter_nq(s: Slots) -> Expr | None:
    """"1Q99", "4Q98", "2Q 2001": a quarter as US results tables write it, its number joined to
    a capital Q; a two-digit year is joined to the Q too (its century from the anchor, as
    "'99"), a four-digit one may stand apart."""
    n, q, y = s.token("o"), s.tokens[s.start + 1], s.token("y")
    if len(n.text) != 1 or n.end != q.start or not q.cap:
        return None
    if len(y.text) == 2 and q.end == y.start:
        return _numbered(G.QUARTER, s["o"], Date(year=s["y"], short_year=True))
    if len(y.text) == 4 and 1000 <= s["y"] <= 2999:
        return _numbered(G.QUARTER, s["o"], Date(year=s["y"]))
    return None


def year_ordinal_quarter(s: Slots) -> Expr | None:
    """"the 1988 second quarter": a quarter (half) of a given year."""
    return _numbered(G.QUARTER if s["u"] == "quarter" else G.HALF, s["o"], Date(year=s["y"]))


def week_number(s: Slots) -> Expr | None:
    """"week 45 of 1999", "the 45th week of this year": an ISO week (Monday to Sunday; week 1
    holds the year's first Thursday). A bare "week 12" is left alone: in news it is as often
    the twelfth week of a season or a trial."""
    n = s["n"] if "n" in s else s["o"]
    if not isinstance(n, int) or not 1 <= n <= 53:
        return None
    base = s["base"]
    if "o" in s and n <= 5 and (isinstance(base, Cyclic) and base.unit is G.MONTH and base.which is None or (
            isinstance(base, Date) and base.month is not None and base.day is None)):
        return Edge(base, G.WEEK, n)  # "the third week of October": its days 15 to 21
    if not _is_year(base):
        return None  # "week 3 of the trial": not an ISO week number
    return Period(G.WEEK, n, base)


def week_of(s: Slots) -> Expr | None:
    """"the week of November 8": the week (Monday to Sunday) that holds the day."""
    base = s["base"]
    if not (isinstance(base, Date) and base.day is not None) and not (
            isinstance(base, Relative) and base.unit is G.DAY):
        return None  # "the week of the summit" is a week of an event; "the week of 1999" is nothing
    return Offset(Quantity.exact(0), G.WEEK, 1, base)


def weekend_of(s: Slots) -> Expr | None:
    """"the weekend of November 6", "the weekend of Nov. 13-14", "the weekend of the 13th": the
    weekend a named Friday to Monday belongs to (resolve/named_spans.py says which)."""
    base = s["base"]
    days = (base.start, base.end) if isinstance(base, Range) else (base,)
    if not all(isinstance(d, Date) and d.day is not None for d in days):
        return None  # "the weekend of the summit", "the weekend of November"
    return Within(Relative("weekend", 0), base)


def half(s: Slots) -> Expr | None:
    """"the first half of 1999", "the second half". A bare "the first half" told of a game ("In
    the first half, their striker scored twice") is half of a match, no half year."""
    if "base" not in s and game_near(s):
        return None
    return _numbered(G.HALF, s["o"], s.get("base"))


def half_hyphen(s: Slots) -> Expr | None:
    """"first-half profit", "second-half sales": a half year describing a noun, as results news
    writes it ("third-quarter profit"); "first-half 1999" of that year. Before a word of a game
    ("a second-half goal", lexicon [context.game_half_noun]) it is half of a match, no time of
    the calendar."""
    if s.end < len(s.tokens) and s.tokens[s.end].text in s.lexicon.word_set("game_half_noun"):
        return None
    return _numbered(G.HALF, s["o"], Date(year=s["y"]) if "y" in s else None)


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


def possessive_period(s: Slots) -> Expr | None:
    """"next year's first quarter", "last year's second half": a quarter or half of a year."""
    base = s["base"]
    if not _is_year(base) and not _is_long(base):  # "the decade's second half" is 1995-2000
        return None
    return _numbered(G.QUARTER if s["u"] == "quarter" else G.HALF, s["o"], base)


def last_part_of(s: Slots) -> Expr | None:
    """"the last quarter of 1998" (Q4), "the latter half of 1989" (H2), "the last half of the
    '80s" (the decade's end)."""
    unit = G.QUARTER if s["u"] == "quarter" else G.HALF
    base = s["base"]
    count = 4 if unit is G.QUARTER else 2
    if _is_year(base):
        return Period(unit, count, base)
    if _is_long(base):  # also "the latter half of the decade"
        return _slice(base, count, count)
    return None


def season(s: Slots) -> Expr | None:
    """"winter 1998", "the summer of 1997", "this summer", "last spring", "in the fall"."""
    if "base" in s:
        base = s["base"]
        if s["se"] == "WI" and isinstance(base, Range):
            a, b = base.start, base.end
            if (isinstance(a, Date) and isinstance(b, Date) and _is_plain_year(a) and _is_plain_year(b)
                    and a.year is not None and b.year == a.year + 1):
                # "the winter of 1998-99" runs from December 1998 into 1999: the winter of 1999
                return Period(G.SEASON, "WI", b)
        return Period(G.SEASON, s["se"], base)
    if "y" in s:
        return Period(G.SEASON, s["se"], Date(s["y"]))
    if "rel" not in s and not season_word_is_date(s, "se"):
        return None
    return Cyclic(G.SEASON, s["se"], s.get("rel"))


#: the seasons in the order a year names them (a winter is named after its January)
_SEASON_ORDER = ("WI", "SP", "SU", "FA")


def season_list(s: Slots) -> Expr | None:
    """"the summer and autumn of 1998", "spring or summer 1998", "the spring and summer of last
    year", "the winter and spring": two seasons, both ("and": adjacent ones resolve as one
    stretch, others keep their parts) or one of them ("or"). Of a year both are that year's,
    and the second must come later in it ("the autumn and winter of 1998" is refused: which
    winter is meant is unclear); without a year the second is the next such season after the
    first ("the autumn and winter": the winter after that autumn)."""
    a, b = s["a"], s["b"]
    ia, ib = _SEASON_ORDER.index(a), _SEASON_ORDER.index(b)
    mode = "all" if s["w"] == "and" else "one"
    if "y" in s or "base" in s:
        base = Date(s["y"]) if "y" in s else s["base"]
        if ib <= ia or not _is_year(base):
            return None
        return Enumeration((Period(G.SEASON, a, base), Period(G.SEASON, b, base)), mode=mode)
    if ia == ib or not season_word_is_date(s, "a"):
        return None
    first = Cyclic(G.SEASON, a, None)
    return Enumeration((first, Offset(Quantity.exact((ib - ia) % 4), G.SEASON, 1, first)), mode=mode)


def season_middle(s: Slots) -> Expr | None:
    """"the dead of winter", "the depths of winter", "the height of summer", "high summer",
    "midsummer", "midwinter": the middle of the season, as "mid-summer" (its middle month
    likely, TIMEX3 1999-SU MID). "Midsummer" is read as the middle of summer, not the solstice:
    "Midsummer Day" (June 24) and "Midsummer Eve" are holidays, and before "night" or "day"
    ("A Midsummer Night's Dream") the word is part of a name."""
    if "x" in s:
        base = s["x"]
        if not isinstance(base, (Period, Cyclic)) or base.unit is not G.SEASON:
            return None  # "the height of the crisis", "the dead of night"
    else:
        se = s["se"]
        if s.words()[0] == "high" and (se != "SU" or "y" not in s and not led_season_is_date(s)):
            return None  # "high summer" only; "high summer demand" is demand
        after = s.tokens[s.end].text if s.end < len(s.tokens) else None
        if after == "'" or after in s.lexicon.word_set("season_middle_not_before"):
            return None  # "Midsummer's Day", "Midsummer Night"
        base = Period(G.SEASON, se, Date(s["y"])) if "y" in s else Cyclic(G.SEASON, se, None)
    return Part(base, "MID", 0.3333)


def season_years(s: Slots) -> Expr | None:
    """"winter 1998-99", "winter 1999-2000", "winter 1999/00": the winter that runs from
    December of the first year into the second, named (as every winter) after its January."""
    a = s["a"]
    b = _second_year(a, s["b"])
    if s["se"] != "WI" or b != a + 1:
        return None
    return Period(G.SEASON, "WI", Date(year=b))


def _second_year(a: int, b: int) -> int:
    """The second year of "1998-99", "1999-00", "1999-2000" as four digits."""
    if b < 100:
        b = a - a % 100 + b
        if b < a:
            b += 100  # "1999-00"
    return b


def split_year(s: Slots) -> Expr | None:
    """"the 1998-99 season", "the 1998-99 fiscal year", "fiscal 1998-99", "the academic year
    1998-99", "the 1998-99 school year": a year across two calendar years, which must follow
    each other ("the 1998-2003 season" is several). A school year is a "year" ("the 1998-99
    school" is no time), as a fiscal one written after its years. See resolve/named_spans.py."""
    a = s["a"]
    kind = s["k"]
    if _second_year(a, s["b"]) != a + 1:
        return None
    if "y" not in s and (kind == "SCHOOL" or kind == "FISCAL" and s.token("k").start > s.token("a").start):
        return None
    return Period(G.YEAR, kind, Date(year=a))


def _is_plain_year(e: Expr) -> bool:
    return isinstance(e, Date) and e.year is not None and e.month is None and e.day is None and (
        e.weekday is None and not e.short_year)


def season_short_year(s: Slots) -> Expr:
    """"summer '98", "winter '97": a season of a two-digit year (its century from the anchor,
    as "in '97")."""
    return Period(G.SEASON, s["se"], Date(year=s["sy"], short_year=True))


def edge_of(s: Slots) -> Expr | None:
    """"the last day of February", "the first day of the month", "the first week of May",
    "the last decade of the 19th century" (1890-1899), "the final decade of the millennium"."""
    unit = s["u"]
    base = s["base"]
    if unit in _LONG_UNITS and s.token("u").text == unit:
        return Edge(base, G(unit), 1 if s.token("w").text == "first" else -1) if _is_long(base) else None
    if unit not in ("day", "week") or s.token("u").text != unit:
        return None  # "the first days of May" are several
    if isinstance(base, (Duration, Ref, Recurrence, Range, Enumeration, Clock)):
        return None
    return Edge(base, G(unit), 1 if s.token("w").text == "first" else -1)


#: units a longer time is counted in by name: "the second decade of the 20th century"
_LONG_UNITS = ("decade", "century")


def long_unit_of(s: Slots) -> Expr | None:
    """"the second decade of the 20th century" (1910-1919), "the third decade of the century",
    "the second century of the millennium": the time's own decade or century by number, the
    century counted from 1900 as "the 20th century" is ("the first decade" is edge_of's)."""
    n, base = s["o"], s["base"]
    if not 2 <= n <= 10 or s.token("u").text != s["u"] or not _is_long(base):
        return None
    return Edge(base, G(s["u"]), n)


def edge_units_of(s: Slots) -> Expr | None:
    """"the last days of October", "the closing months of 1998", "the first years of the 20th
    century", "the first few days of November": a few units (as "the past years": likely 3, up
    to 5) at the start or end of a time; the resolver checks the unit is the smaller. "The
    first day of May" is edge_of's, and "the final days of the war" no time."""
    mod = _part_word(s)
    if s.token("u").text not in s.lexicon.word_set("unit_plural"):
        return None
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Range, Enumeration, Clock)):
        return None
    return Edge(base, G(s["u"]), 1 if mod == "START" else -1, _FEW_UNITS)


def first_of(s: Slots) -> Expr | None:
    """"the first of the month", "the first of next month": its first day ("the first of May"
    is the day-of-month rule's)."""
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Range, Enumeration, Clock, Bound)) or (
            isinstance(base, Cyclic) and base.unit is G.MONTH) or (
            isinstance(base, Date) and base.day is None and base.month is not None):
        return None
    return Edge(base, G.DAY, 1)


def one_day_in(s: Slots) -> Expr | None:
    """"one day last week", "one morning last month", "one night in June": one unnamed day
    (or part of one) of a time, told in days: the whole time is likely, with its TIMEX3 value
    (TimeML has no value for an unnamed day of a week or month). After a word of lasting
    (``[context.length_before]``: "the trip took one day in June") it is a length and a time."""
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Range, Enumeration, Clock, Bound)):
        return None
    if s.start > 0 and s.tokens[s.start - 1].text in s.lexicon.word_set("length_before"):
        return None
    return Edge(base, G.DAY, 0)


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    decade, decade_tens, decade_word, century, century_list, turn_of, quarter, quarter_nq, year_ordinal_quarter,
    week_number, week_of, weekend_of, half, half_hyphen, half_h, possessive_period, last_part_of, season,
    season_list, season_middle, season_years, split_year, season_short_year, edge_of, long_unit_of, edge_units_of,
    first_of, one_day_in,
)

"""Times relative to the anchor or the story: "yesterday", "last month", "the next day",
"the year before", "the latest quarter", "the current fiscal year", parts of a time
("early 1998", "year-end", "later this month"), references ("now", "the past", "the near
future"), hedges and bounds ("about", "before 1998", "no later than March 1"), ranges
("from 1997 to 1999") and alternatives ("Monday or Tuesday")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
    Approx,
    Bound,
    Clock,
    Cyclic,
    Date,
    Duration,
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
)
from chronology.grammar.builders._common import (
    G,
    _g,
    _is_long,
    _is_weekday,
    _is_year,
    _part_word,
    _share_fields,
)
from chronology.grammar.context import event_follows, pronoun_ends, stretch_ahead
from chronology.grammar.matcher import Slots


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
    return Relative(unit if unit == "weekend" else _g(unit), s["rel"])


def narrative_unit(s: Slots) -> Expr | None:
    """"that year", "the same day", "the next day", "the following week", "the previous month"."""
    unit = s["u"]
    if unit in ("fortnight", "half", "season"):
        return None
    if "rel" in s and s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
        return None  # "the past year" is a duration, "the current year" is not anaphoric
    if stretch_ahead(s) and unit != "day":
        return None  # "within the next month" is the month from now (lengths.stretch_next_unit)
    return Relative(unit if unit == "weekend" else _g(unit), s.get("rel", 0), narrative=True)


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
        return Relative(_g(unit), sign, narrative=True)
    base = s["base"]
    if isinstance(base, (Duration, Ref, Recurrence, Bound, Range, Enumeration)):
        return None
    return Offset(Quantity.exact(1), _g(unit), sign, base)


def the_unit_before_last(s: Slots) -> Expr | None:
    """"the year before last": two units before the reference's ("the week before this" one);
    "the week after next", "the month after next", "the day after next" (the day after
    tomorrow): two units after it, the unit after "next week" ("next month", "tomorrow")."""
    unit = s["u"]
    if unit not in _BEFORE_AFTER_UNITS or s.token("u").text != unit:
        return None
    last = s.words()[-1]
    return Relative(_g(unit), 2 if last == "next" else -2 if last == "last" else -1)


def the_weekend_beyond(s: Slots) -> Expr | None:
    """"the weekend before last" (the weekend before "last weekend"), "the weekend after next"
    (the weekend after "next weekend"); "the weekend before next" is no weekend."""
    back = s["dir"] == "before"
    if back != (s["rel"] == "last"):
        return None
    return Relative("weekend", -2 if back else 2)


def the_unit(s: Slots) -> Expr | None:
    """"the year", "the month": the unit of the story's focus (anaphoric). "The years" (in
    "over the years") is no one unit but a length."""
    unit = s["u"]
    if s.token("u").text in s.lexicon.word_set("unit_plural"):
        return None
    if unit == "weekend":
        return Relative("weekend", 0, narrative=True)
    if unit in ("second", "minute", "hour", "fortnight", "season", "half"):
        return None
    return Relative(_g(unit), 0, narrative=True)


def narrative_weekday(s: Slots) -> Expr | None:
    """"the previous Friday", "the following Monday", "the next Tuesday": the weekday before or
    after the story's focus (the reference when no story is told)."""
    if s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
        return None  # "the last Friday of the month"
    return Cyclic(G.DAY, s["w"], s["rel"], narrative=True)


def narrative_season(s: Slots) -> Expr | None:
    """"the following spring", "the next summer", "that winter": the season after, before or of
    the story's focus ("In the winter of 1709 ... the following spring" is spring 1709)."""
    if "rel" in s and s.token("rel").text not in s.lexicon.word_set("narrative_relative"):
        return None  # "the last spring of the war", "the coming winter" (counted from the reference)
    return Cyclic(G.SEASON, s["se"], s.get("rel", 0), narrative=True)


def year_ago(s: Slots) -> Expr:
    """"the year-ago quarter", "year-earlier" results, "last year's quarter": the same period a
    year before the story's (the year before the reference when no period is in focus)."""
    return Offset(Quantity.exact(1), G.YEAR, -1, narrative=True)


def story_unit(s: Slots) -> Expr | None:
    """"the latest quarter", "the full year", "the fiscal year": the period the story reports on."""
    unit = s["u"]
    if unit in ("second", "minute", "hour", "fortnight", "season", "half", "weekend"):
        return None
    return Relative(_g(unit), 0, narrative=True)


def story_period(s: Slots) -> Expr:
    """"the latest period", "the same period": the reporting period the story is about, at the
    focus's own unit (a quarter in results news)."""
    return Relative("period", 0, narrative=True)


#: units a fiscal year is divided into ("the current fiscal quarter")
_FISCAL_UNITS = frozenset({"year", "quarter", "month"})


def current_unit(s: Slots) -> Expr | None:
    """"the current year", "the current fiscal year", "last fiscal year", "the coming decade":
    the unit containing the reference (moved by "last"/"next"/"coming"), not the story's focus.
    "The coming year" is the calendar year after the reference's, as "coming year" is; after
    "within"/"over" it is the year from the reference on (lengths.stretch_next_unit)."""
    unit = s["u"]
    if unit in ("second", "minute", "hour", "fortnight", "season", "half", "weekend"):
        return None
    if "fiscal" in s.words() and unit not in _FISCAL_UNITS:
        return None
    rel = s.token("rel").text
    if rel not in ("current", "present", "this", "last", "next", "coming", "upcoming"):
        return None  # "past fiscal year" is a stretch, "following fiscal year" narrative
    return Relative(_g(unit), s["rel"])


def new_unit(s: Slots) -> Expr | None:
    """"the new millennium", "the new century", "the new decade": of the reference's unit and
    the next, the one whose start is nearer (written in 1999, the millennium about to begin;
    in 2005, the one begun), refused when neither begins within a tenth of the unit."""
    unit = s["u"]
    if unit not in ("decade", "century", "millennium") or s.token("u").text != unit:
        return None
    return Relative(_g(unit), 0, nearest=True)


def latest_year(s: Slots) -> Expr:
    """"the latest fiscal year": the last year completed before the reference (the one whose
    results are in), as "the latest quarter" is the last quarter reported."""
    return Relative(G.YEAR, -1)


def part_of(s: Slots) -> Expr | None:
    """"early 1998", "mid-October", "late last year", "the end of the month"."""
    mod, fraction = s["p"]
    inner = s["x"]
    # "mid-October to early November" is a range of parts, never a part of a range; and "close
    # by March 1" is a verb before a bound, not the close of one
    if isinstance(inner, (Duration, Recurrence, Ref, Range, Enumeration, Part, Bound)):
        return None
    return Part(inner, mod, fraction)


def part_to_part(s: Slots) -> Expr | None:
    """"the mid-to-late 1990s", "the early to mid-1990s", "the mid- to late 1990s": one stretch
    from the first part's start to the second's end, the Range of the two parts (1994-2000
    likely, 1992-2000 possibly: from "the mid-1990s" to "the late 1990s"). Its TIMEX3 is the
    time's value with no mod, as a range's (TimeML has no mod for two parts). The words are
    lexicon [context.part_range]'s ("early", "mid", "late"), in order."""
    inner = s["x"]
    if isinstance(inner, (Duration, Recurrence, Ref, Range, Enumeration, Part, Bound)):
        return None
    words = s.lexicon.word_set("part_range")
    if s.token("a").text not in words or s.token("b").text not in words:
        return None
    (mod_a, frac_a), (mod_b, frac_b) = s["a"], s["b"]
    if _PART_ORDER.index(mod_a) >= _PART_ORDER.index(mod_b):
        return None  # "the late-to-early 1990s" runs backwards
    return Range(Part(inner, mod_a, frac_a), Part(inner, mod_b, frac_b))


#: the parts of a time in order, for :func:`part_to_part`
_PART_ORDER = ("START", "MID", "END")


def part_word_of(s: Slots) -> Expr | None:
    """"the early part of the year", "the latter part of 1998", "the first part of the week":
    the part "early" ("mid", "late") names, a third of the time likely."""
    inner = s["x"]
    if isinstance(inner, (Duration, Recurrence, Ref, Range, Enumeration, Part, Bound)):
        return None
    return Part(inner, _part_word(s), 1 / 3)


def middle_units_of(s: Slots) -> Expr | None:
    """"the middle years of the decade", "the middle months of 1998": the middle part of the
    time, as "mid-decade" and "the middle part of the decade" are (MID, a third likely). The
    units are years of a decade, century or millennium, or months of a year or longer."""
    inner = s["x"]
    if s.token("u").text not in s.lexicon.word_set("unit_plural"):
        return None  # "the middle year of the decade" is one year
    unit = s["u"]
    if not (_is_long(inner) and unit in ("year", "month") or _is_year(inner) and unit == "month"):
        return None
    return Part(inner, _part_word(s), 1 / 3)


def part_on_day(s: Slots) -> Expr | None:
    """"late on Thursday", "early on November 5": the early or late part of a named day (as
    "late Thursday"); "early on" before anything else is an adverb ("early on the talks …")."""
    inner = s["x"]
    if s.token("p").text not in s.lexicon.word_set("part_on_day"):
        return None
    day = isinstance(inner, Cyclic) and inner.unit is G.DAY or isinstance(inner, Date) and inner.day is not None
    if not day:
        return None
    mod, fraction = s["p"]
    return Part(inner, mod, fraction)


def unit_part(s: Slots) -> Expr | None:
    """"year-end", "the year's end", "month-end", "the decade's end", "the century's end": the
    end (start) of the story's year (month, decade, century), as "the end of the decade";
    "year-end 1998", "the 1998 year-end": the end of that year, as "the end of 1998"."""
    unit = s["u"]
    if unit not in ("week", "month", "quarter", "year", "decade", "century", "millennium") or s.token("u").text != unit:
        return None
    if s.token("p").text not in ("end", "start", "close"):
        return None  # "the year early" is no part of a year
    mod, fraction = s["p"]
    if "y" in s:
        return Part(Date(s["y"]), mod, fraction) if unit == "year" else None
    return Part(Relative(_g(unit), 0, narrative=True), mod, fraction)


def part_unit(s: Slots) -> Expr | None:
    """"mid-month", "mid-year", "late-year", "mid-decade", "mid-century", "midyear": a part of
    the story's month (year, decade, century). Before a word of a style ("mid-century modern",
    lexicon [context.style_noun]) it names the style, no time. With a year ("mid-year 1998",
    "midyear 1998", "the 1998 mid-year") it is that part of the year, as "mid-1998"."""
    if "w" in s:  # "midyear": [part word, unit] ([part_unit_word])
        word, unit = s["w"]
        mod, fraction = s.lexicon.value("part", word)
    else:
        unit = s["u"]
        if s.token("u").text != unit:
            return None
        mod, fraction = s["p"]
    if unit not in ("week", "month", "quarter", "year", "decade", "century"):
        return None
    if s.end < len(s.tokens) and s.tokens[s.end].text in s.lexicon.word_set("style_noun"):
        return None
    if "y" in s:
        return Part(Date(s["y"]), mod, fraction) if unit == "year" else None
    return Part(Relative(_g(unit), 0, narrative=True), mod, fraction)


def earlier_later_this(s: Slots) -> Expr | None:
    """"earlier this year", "later this month", "earlier that week"."""
    unit = s["u"]
    if unit in ("fortnight", "half", "season", "weekend"):
        return None
    # "earlier that week" and "later in the day" hang from the story ("this": the anchor)
    narrative = s.get("dem") != "this"
    part = "EARLIER" if s["dir"] == "earlier" else "LATER"
    return Part(Relative(_g(unit), 0, narrative), part, 1.0)


def this_relative(s: Slots) -> Expr | None:
    """"this past weekend", "this past Sunday", "this coming Monday", "this coming year": the
    last (next) one, as without "this"."""
    if s.token("rel").text not in s.lexicon.word_set("this_relative"):
        return None
    if "w" in s:
        return Cyclic(G.DAY, s["w"], s["rel"])
    unit = s["u"]
    return Relative(unit if unit == "weekend" else _g(unit), s["rel"])


def on_or(s: Slots) -> Expr | None:
    """"on or about November 5" (about then), "on or before March 1" (by then), "on or after
    Tuesday" (from then on)."""
    inner = s["x"]
    if isinstance(inner, (Duration, Ref, Recurrence, Bound, Approx)):
        return None
    mod = s["mod"]
    if mod == "about":
        return Approx(inner)
    return Bound(inner, "until" if mod == "before" else "since")


def weekday_week(s: Slots) -> Expr | None:
    """"Monday week", "Friday week" (British): a week after the coming Monday (Friday)."""
    return Offset(Quantity.exact(7), G.DAY, 1, Cyclic(G.DAY, s["w"], 1))  # a day, seven days on


def _ends_phrase(s: Slots) -> bool:
    """Whether the match ends its phrase: punctuation or a new clause follows, but not a
    possessive or a hyphen ("a week on Monday's route", "Friday last-minute talks")."""
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    return pronoun_ends(s) and (tok is None or tok.text not in ("'", "-"))


def weekday_next_last(s: Slots) -> Expr | None:
    """"Tuesday next", "Friday last" (British, formal): "next Tuesday", "last Friday". Only
    when the phrase ends there (punctuation or a new clause follows): in "Tuesday next week"
    the date is the week's, and "sat next to" is no weekday."""
    if s.token("w").suffix != "." and s.token("w").text in s.lexicon.word_set("weekday_ambiguous"):
        return None
    if not _ends_phrase(s):
        return None  # "Friday last-minute talks", "on Monday next steps"
    return Cyclic(G.DAY, s["w"], 1 if s["rel"] == "next" else -1)


def week_on_weekday(s: Slots) -> Expr | None:
    """"a week on Friday", "a fortnight on Saturday" (British): seven (fourteen) days after the
    coming Friday (Saturday), as "Friday week". Only when the phrase ends there: "seats a week
    on Monday's route" counts seats, not days."""
    if s.token("w").suffix != "." and s.token("w").text in s.lexicon.word_set("weekday_ambiguous"):
        return None
    if not _ends_phrase(s):
        return None
    days = 14 if s["u"] == "fortnight" else 7
    return Offset(Quantity.exact(days), G.DAY, 1, Cyclic(G.DAY, s["w"], 1))


def this_day(s: Slots) -> Expr | None:
    """"this day last year", "this day next week" (British): the anchor's day a year (seven
    days) before or after it, exactly, as "a year ago today" ("this time last year" is about
    it). "This day next month" is refused: a month from a day is read as the month."""
    unit, sign = s["u"], 1 if s["rel"] == "next" else -1
    if s.token("u").text != unit or unit not in ("week", "year"):
        return None
    if unit == "week":
        return Offset(Quantity.exact(7), G.DAY, sign, Relative(G.DAY, 0))
    return Offset(Quantity.exact(1), G.YEAR, sign, Relative(G.DAY, 0))


def weekday_beyond(s: Slots) -> Expr | None:
    """"the Friday before last" (a week before last Friday), "the Monday after next" (a week
    after next Monday)."""
    back = s["dir"] == "before"
    if back != (s["rel"] == "last"):
        return None  # "the Friday before next" is no day
    sign = -1 if back else 1
    return Offset(Quantity.exact(7), G.DAY, sign, Cyclic(G.DAY, s["w"], sign))


def eve_of(s: Slots) -> Expr | None:
    """"the eve of Christmas", "the eve of November 5": the day before a named day ("the eve of
    the election" names an event: no time)."""
    base = s["base"]
    day = isinstance(base, Date) and base.day is not None or (
        isinstance(base, Cyclic) and base.unit is G.DAY) or isinstance(base, Relative) and base.unit is G.DAY
    if not day:
        return None
    return Offset(Quantity.exact(1), G.DAY, -1, base)


def holiday_weekend(s: Slots) -> Expr | None:
    """"Thanksgiving weekend", "the Easter weekend", "Labor Day weekend": the Saturday and Sunday
    next to a holiday that falls on a known weekday, with the holiday itself (Thursday to
    Sunday for Thanksgiving, Saturday to Monday for Labor Day, Saturday and Sunday for Easter).
    A feast of a fixed date ("Christmas weekend") moves through the week: no reading."""
    h = s["h"]
    if not isinstance(h, Date) or h.day is not None and h.nth is None or h.month is None and h.easter is None:
        return None
    if h.nth is not None and h.weekday is not None:
        weekday = h.weekday
    elif h.easter is not None:
        weekday = (6 + h.easter) % 7  # Easter is a Sunday (weekday 6)
    else:
        return None
    if weekday in (5, 6):  # a Saturday or Sunday holiday: its weekend
        first, last = -(weekday - 5), 6 - weekday
    else:  # from the holiday to the Sunday after it, or from the Saturday before it
        first, last = (0, 6 - weekday) if weekday >= 3 else (-(weekday + 2), 0)
    start = h if first == 0 else Offset(Quantity.exact(-first), G.DAY, -1, h)
    end = h if last == 0 else Offset(Quantity.exact(last), G.DAY, 1, h)
    return Range(start, end)


def unit_to_date(s: Slots) -> Expr | None:
    """"year to date", "year-to-date", "month to date": the part of the unit up to the
    reference, as "earlier this year". ("so far this year" is "this year" after the signal
    "so far", as TimeML marks it.)"""
    unit = s["u"]
    if unit not in ("week", "month", "quarter", "year"):
        return None
    return Part(Relative(G(unit), 0), "EARLIER", 1.0)


def overnight(s: Slots) -> Expr:
    """"overnight" alone ("Overnight, rebels shelled the town"): the night before the story's
    day (the anchor's when no story is told), as "last night"."""
    return Clock(Relative(G.DAY, -1, narrative=True), part="NI")


def night_before_last(s: Slots) -> Expr:
    """"the night before last": the night two days before the anchor's."""
    return Clock(Relative(G.DAY, -2), part=s["part"])


def mid_week(s: Slots) -> Expr:
    """"midweek", "mid-week": the middle of the week (of the story's; the anchor's when none)."""
    return Part(Relative(G.WEEK, 0, narrative=True), "MID", 1 / 3)


def earlier_later_today(s: Slots) -> Expr:
    """"later today", "earlier today": the rest (or the part gone) of the anchor's day, at the
    granularity of the day."""
    return Part(Relative(G.DAY, 0), "EARLIER" if s["dir"] == "earlier" else "LATER", 1.0)


def reference(s: Slots) -> Ref:
    """"now", "currently", "recently", "the past", "the future", "at present"."""
    return Ref(_REFERENCE_WORDS.get(s["r"], s["r"]))


_REFERENCE_WORDS = {"past": "PAST_REF", "future": "FUTURE_REF", "present": "PRESENT_REF"}


def present_phrase(s: Slots) -> Ref:
    """"current" (as in "current conditions"), "these days", "nowadays"."""
    return Ref("PRESENT_REF")


def past_phrase(s: Slots) -> Ref:
    """"days gone by", "years gone by": the past (PAST_REF), not a length; "of late" (lately)."""
    return Ref("PAST_REF")


def future_phrase(s: Slots) -> Ref:
    """"the near future", "the near term", "a later date", "future" demand."""
    return Ref("FUTURE_REF")


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
    if s["mod"] == "before" and isinstance(inner, Part) and inner.part == "END" and (
            "end" in s.words() or "close" in s.words()):
        # "before the end of the month" is any time until the month is out, as "by the end of
        # the month"; not the day before its last sixth ("before late 1998" stays before)
        return Bound(inner, "by")
    if s["mod"] == "since" and isinstance(inner, Clock) and inner.hour == 24 and inner.base is None:
        # "since midnight" is the midnight that began the day, not the one that ends it
        return Bound(Clock(Relative(G.DAY, -1), 24, 0), "since")
    if s["mod"] == "after" and isinstance(inner, Clock) and inner.hour == 24 and inner.base is None:
        # "shortly after midnight" is the start of the day told of (the anchor's when no story
        # is told), 00:00; "before midnight" is before the day is out
        return Bound(Clock(None, 0, 0), "after")
    return Bound(inner, s["mod"])


def no_later_than(s: Slots) -> Expr | None:
    """"no later than March 1" (by then), "no earlier than next week" (from then on)."""
    inner = s["x"]
    if isinstance(inner, (Duration, Ref, Recurrence, Bound)):
        return None
    return Bound(inner, "by" if s["w"] == "later" else "since")


def not_until(s: Slots) -> Expr | None:
    """"not until March", "not before 2001": the time comes at or after the one named
    (ON_OR_AFTER), as "no earlier than next week" does."""
    inner = s["x"]
    if isinstance(inner, (Duration, Ref, Recurrence, Bound)):
        return None
    return Bound(inner, "since")


def date_range(s: Slots) -> Expr | None:
    """"from 1997 to 1999", "between March and May 1998", "mid-October to early November"."""
    a, b = s["a"], s["b"]
    if any(isinstance(x, (Duration, Ref, Recurrence, Bound, Range, Enumeration)) for x in (a, b)):
        return None
    if _is_weekday(a) != _is_weekday(b):
        return None  # "a revision Friday to December's figures" is no range
    a, b = _share_fields(a, b)
    return Range(a, b)


def the_years_range(s: Slots) -> Expr | None:
    """"the years 1995-98", "the period 1995-1998", "the years between 1995 and 1998", "the
    period from March to May 1998": the range itself ("the years" and "the period" only name
    it). "The years" takes only a range of whole years; anything but a range ("the years
    1995 and 1998", "the period after the war") is refused."""
    r = s["r"]
    if not isinstance(r, Range):
        return None
    if s["w"] == "years" and not all(_is_year(e) for e in (r.start, r.end)):
        return None
    return r


def date_or(s: Slots) -> Expr | None:
    """"Monday or Tuesday", "1997 or 1998": one of several times."""
    a, b = s["a"], s["b"]
    if any(isinstance(x, (Duration, Ref, Recurrence)) for x in (a, b)):
        return None
    if isinstance(a, Cyclic) and a.unit is G.SEASON and a.which is None and isinstance(b, Period) \
            and b.unit is G.SEASON:
        return None  # "spring or summer 1998": both of 1998 (periods.season_list), in order
    a, b = _share_fields(a, b)
    return Enumeration((a, b), mode="one")


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    deictic_day, day_before_after, relative_unit, narrative_unit, the_unit_before_after,
    the_unit_before_last, the_weekend_beyond, the_unit, narrative_weekday, narrative_season, year_ago, story_unit,
    story_period, current_unit, new_unit, latest_year, part_of, part_to_part, part_word_of, middle_units_of,
    part_on_day, this_relative, on_or, weekday_week, weekday_next_last, week_on_weekday, this_day, weekday_beyond,
    eve_of, holiday_weekend, unit_to_date, overnight,
    night_before_last, mid_week, unit_part, part_unit, earlier_later_this, earlier_later_today, reference,
    present_phrase, future_phrase, some_day, approx, bound_date, no_later_than, not_until, date_range, date_or,
    past_phrase, the_years_range,
)

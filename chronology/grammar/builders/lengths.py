"""Lengths of time and what is counted with them: "three weeks", "about a year", "more than
a month", "two years ago", "three days later", "the past three months", "a week or so",
"recent years"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
    Approx,
    Bound,
    Duration,
    Enumeration,
    Expr,
    Offset,
    Quantity,
    Range,
    Recurrence,
    Ref,
    Relative,
)
from chronology.grammar.builders._common import G, _g, _offset, _rewrap, _unit, _unwrap
from chronology.grammar.context import event_follows, stretch_ahead
from chronology.grammar.matcher import Slots


def duration(s: Slots) -> Duration | None:
    """"three weeks", "a year", "five-year", "18 months"."""
    q: Quantity = s["q"]
    unit, factor = _unit(s["u"])
    if factor != 1:
        q = Quantity(q.low * factor, q.value * factor, q.high * factor, q.vague)
    if unit in (G.SEASON, G.HALF):
        return None
    return Duration(q, unit)


def duration_bare_plural(s: Slots) -> Duration | None:
    """"for years", "within weeks", "months ago": a plural unit with no count is an unsaid
    number of units (the lexicon's ``[unit_plural]`` gives the range), a vague count as "some
    years" is. "The minutes of the meeting" are a record, not a length."""
    before = s.tokens[s.start - 1].text if s.start > 0 else None
    if _counted_before(s) or before in s.lexicon.word_set("not_length_before"):
        return None  # "eight trading days" is counted; "on days when", "in those days" are no length
    if s.tokens[s.start].text == "minutes" and before == "the" and s.end < len(s.tokens) and (
            s.tokens[s.end].text == "of"):
        return None
    unit, low, value, high = s["u"]
    return Duration(Quantity(low, value, high, vague=True), _g(unit))


def _counted_before(s: Slots) -> bool:
    """Whether a count stands just before the match, past one word: "eight trading days"."""
    for p in (s.start - 1, s.start - 2):
        if p >= 0 and (s.tokens[p].kind == "num"
                       or _NUMBER_CLASSES & s.lexicon.classes_of(s.tokens[p].text).keys()):
            return True
    return False


_NUMBER_CLASSES = frozenset({"digit", "teen", "tens", "multiplier", "vague_quantity"})


def duration_units_or(s: Slots) -> Expr | None:
    """"weeks or months", "hours or days": a length somewhere from a few of the smaller unit to
    many of the larger, counted in the smaller unit and hedged (TimeBank: PXW, APPROX)."""
    (ua, low, value, high_a), (ub, _, _, high_b) = s["a"], s["b"]
    small, big = _g(ua), _g(ub)
    if not small < big:
        return None  # "months or weeks", "days or days"
    high = max(high_a, round(high_b * big.nominal_days / small.nominal_days))
    return Approx(Duration(Quantity(low, value, high, vague=True), small))


def vague_length(s: Slots) -> Duration | None:
    """"a while", "a fairly lengthy period", "a long time", "a short period of time": a length
    whose unit is not said (PXX); the lexicon's ``[length_noun]``/``[length_adjective]`` give a
    rough size in days. "Once in a while" and "in a while" (soon) are no length here."""
    words = s.words()
    noun = s.token("n").text
    if "adj" not in s and noun != "while":
        return None  # "a time", "a period"
    if "of" in words and (words[-1] != "time" or noun == "while") or (words[-1] == "time" and noun != "time"
                                                                      and "of" not in words):
        return None  # "a long period of", "a long period time"
    if noun == "while" and s.start > 0 and s.tokens[s.start - 1].text == "in" and (
            s.start < 2 or s.tokens[s.start - 2].text != "time"):
        return None  # but "the first time in a while" is a length
    low, value, high = s.get("adj") or s["n"]
    return Duration(Quantity(low, value, high, vague=True), G.DAY, vague_unit=True)


def some_time(s: Slots) -> Duration | None:
    """"stay for some time", "it took some time": a length with no unit said (PXX), only after
    a word of lasting (``[context.length_before]``) or before "ago"; "at some time", "some time
    next year" are points."""
    before = s.tokens[s.start - 1].text if s.start > 0 else None
    after = s.tokens[s.end].text if s.end < len(s.tokens) else None
    lasting = before in s.lexicon.word_set("length_before") or (before is None and after is None)
    if not lasting and after != "ago":
        return None  # "at some time", "some time next year"
    size = s.lexicon.classes_of(s.tokens[s.start + 1].text).get("length_noun")
    if size is None:
        return None
    low, value, high = size
    return Duration(Quantity(low, value, high, vague=True), G.DAY, vague_unit=True)


def vague_ago(s: Slots) -> Expr | None:
    """"a while ago", "some time ago", "a long time ago": the past (PAST_REF); with no unit
    there is no count of units to go back."""
    inner, _ = _unwrap(s["d"])
    if not (isinstance(inner, Duration) and inner.vague_unit):
        return None
    return Ref("PAST_REF")


def duration_more(s: Slots) -> Expr | None:
    """"another two years", "an additional year", "a further three months": a length more,
    as long as its count ("an additional year" P1Y). A length with a place ("another the past
    three years") or a plural unit with no count ("another years") is none here."""
    if not _MORE_WORDS.intersection(s.words()[:2]):
        return None  # "a year", "three weeks": the plain rules make them
    if s.end < len(s.tokens) and s.tokens[s.end].text == "-":
        return None  # "another quarter-point cut", "an extra year-end bonus"
    if "u" in s:
        if s.token("u").text in s.lexicon.word_set("unit_plural") or s["u"] == "second":
            return None  # "another years", "another second" (mostly the ordinal)
        return duration_one(s)
    inner, _ = _unwrap(s["d"])
    plural = s.tokens[s.end - 1].text in s.lexicon.word_set("unit_plural")
    if not isinstance(inner, Duration) or inner.anchored or inner.vague_unit or (
            plural and s.tokens[s.end - 2].text in _MORE_WORDS):
        return None  # "another years"
    more: Expr = s["d"]
    return more


_MORE_WORDS = frozenset({"another", "additional", "extra", "further"})


def duration_old(s: Slots) -> Expr | None:
    """"the 8-month-old truce", "a two-week-old strike": how long something has lasted, a
    length. Ages in years ("a 52-year-old man", "a 136-year-old bank") are left out: they are
    a person's or a firm's age, which TimeML does not mark; "52 years old" likewise."""
    d = s["d"]
    if not (isinstance(d, Duration) and d.anchored == 0 and d.unit < G.YEAR) or "-" not in s.words()[:-2]:
        return None
    return d


def duration_one(s: Slots) -> Duration | None:
    """"a year", "an hour", "one week", "a fortnight" (not "a days": "a Days Inn")."""
    unit, factor = _unit(s["u"])
    if unit in (G.SEASON, G.HALF) or s.token("u").text in s.lexicon.word_set("unit_plural"):
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
    inner, _ = _unwrap(s["d"])
    if isinstance(inner, Duration) and inner.anchored:
        return None  # "over the past three years", "over the next year or so": a stretch, not a bound
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


def ago(s: Slots) -> Expr | None:
    """"two years ago", "about three weeks ago", "more than a year ago"."""
    return _offset(s, -1, False)


def from_now(s: Slots) -> Expr | None:
    """"three weeks from now", "in two days", "two years hence". "In" before a plural unit with
    no count is no distance: "the first time in years" is a length."""
    if (s.end - s.start == 2 and s.tokens[s.start].text == "in"
            and s.tokens[s.start + 1].text in s.lexicon.word_set("unit_plural")):
        return None
    return _offset(s, +1, False)


def later(s: Slots) -> Expr | None:
    """"three days later", "a week afterwards": after the narrative focus."""
    return _offset(s, +1, True)


def later_on(s: Slots) -> Expr | None:
    """"A week on, talks have yet to restart", "Two years on.": "on" after a length is "later"
    only where its clause ends; "three days on the road", "a week on bail" are lengths."""
    after = s.tokens[s.end] if s.end < len(s.tokens) else None
    if after is not None and not (after.kind == "punct" and after.text in (",", ".", ";")):
        return None
    if s.start > 0 and s.tokens[s.start - 1].text in ("for", "spent", "lasted", "now"):
        return None
    return _offset(s, +1, True)


def earlier(s: Slots) -> Expr | None:
    """"two days earlier", "a year before": before the narrative focus. Before an event ("two
    days before the vote", "for three weeks before signing") or after "for" ("stalled for
    three weeks before a breakthrough") the length is a length: "before" belongs to what
    follows."""
    if s.tokens[s.end - 1].text == "before" and (event_follows(s) or _after_for(s)):
        # "for three weeks before a breakthrough", "in the 48 hours before the withdrawal",
        # "two days before signing": a length counted back from an event, not from the focus
        return None
    return _offset(s, -1, True)


def _after_for(s: Slots) -> bool:
    """Whether "for" (maybe with a hedge: "for nearly") stands before the match."""
    p = s.start - 1
    if p >= 0 and "approx" in s.lexicon.classes_of(s.tokens[p].text):
        p -= 1
    return p >= 0 and s.tokens[p].text == "for"


def offset_from_date(s: Slots) -> Expr | None:
    """"two days before Christmas", "a week after November 5"."""
    sign = -1 if s["dir"] in ("before", "prior", "ahead") else 1
    return _offset(s, sign, False, base=s["base"])


def ago_this(s: Slots) -> Expr | None:
    """"a year ago today", "two years ago this month": that many units back from today (this
    month), keeping its unit when they are whole years (the resolver's _years_from)."""
    if s["rel"] == "today":
        if "u" in s:
            return None
        base: Expr = Relative(G.DAY, 0)
    elif "u" in s and s["u"] not in ("fortnight", "weekend", "half"):
        base = Relative(_g(s["u"]), 0)
    else:
        return None
    inner, wrappers = _unwrap(s["d"])
    if not isinstance(inner, Duration) or inner.anchored or inner.vague_unit:
        return None
    return _rewrap(Offset(inner.amount, inner.unit, -1, base), wrappers)


def this_time(s: Slots) -> Expr | None:
    """"this time last year", "this time next year": about today's date a unit away."""
    rel = s["rel"]
    if rel == 0 or s["u"] in ("fortnight", "weekend", "half", "season"):
        return None
    return Approx(Offset(Quantity.exact(1), _g(s["u"]), 1 if rel > 0 else -1, Relative(G.DAY, 0)))


#: "moments": a few minutes, at most five
_MOMENTS = Quantity(1, 2, 5, vague=True)


def moments(s: Slots) -> Expr | None:
    """"moments later", "moments before": a few minutes after (before) the story's focus, as
    "minutes later"; before an event ("moments after the blast") it is counted from that."""
    if s["dir"] in ("after", "before") and event_follows(s):
        return None
    sign = -1 if s["dir"] in ("earlier", "before") else 1
    return Offset(_MOMENTS, G.MINUTE, sign, None, True)


def duration_anchored(s: Slots) -> Expr | None:
    """"the past three months" (ending at the reference), "the next two years" (starting there)."""
    inner, wrappers = _unwrap(s["d"])
    if not isinstance(inner, Duration) or inner.vague_unit:
        return None
    sign = s["rel"]
    if sign == 0:
        return None
    amount = inner.amount
    plural = s.tokens[s.end - 1].text in s.lexicon.word_set("unit_plural")
    if plural and s.token("rel") is s.tokens[s.end - 2]:
        amount = _FEW_UNITS  # "the past years", "the coming days": a few units, as "recent years"
    # "the following decades", "the preceding three weeks": from the story's focus, where "the
    # next five years" and "the past three months" hang from the reference
    narrative = s.token("rel").text in s.lexicon.word_set("narrative_stretch")
    return _rewrap(Duration(amount, inner.unit, -1 if sign < 0 else 1, narrative=narrative), wrappers)


def duration_anchored_unit(s: Slots) -> Expr | None:
    """"the past year", "the last week": one unit ending at the reference."""
    unit, factor = _unit(s["u"])
    sign = s.get("rel", -1)  # the rule's 'past'|'last' is not a slot: both mean -1
    if sign == 0 or unit in (G.SEASON, G.HALF):
        return None
    return Duration(Quantity.exact(factor), unit, -1 if sign < 0 else 1)


def stretch_next_unit(s: Slots) -> Expr | None:
    """"within the next month", "over the coming year", "during the next week": one unit from
    the reference on, as "the next two weeks" is two — not the calendar month after this one,
    which "the next month" alone names in a story (see context.stretch_ahead). "During the next
    day" stays the day after (narrative_unit)."""
    unit = s["u"]
    if unit in ("day", "fortnight", "half", "season", "weekend") or not stretch_ahead(s):
        return None
    return Duration(Quantity.exact(1), _g(unit), 1)


def recent_units(s: Slots) -> Expr | None:
    """"recent years", "coming weeks": an unspecified few units before/after the reference;
    "recent weeks and months" is counted in the smaller unit, as far back as the larger reaches."""
    words = s.words()
    if not words[-1].endswith("s") or ("v" in s) != (words[-2] in ("and", "or")):
        return None  # "the recent quarter" is not a stretch
    unit, _ = _unit(s["u"])
    high = 5
    if "v" in s:
        big, _ = _unit(s["v"])
        if not unit < big or not words[-3].endswith("s"):
            return None
        high = max(high, round(5 * big.nominal_days / unit.nominal_days))
    return Duration(Quantity(2, 3, high, vague=True), unit, -1 if s["w"] == "recent" else 1)


#: the count of "recent years", "the coming days", "the weeks ahead": a few units
_FEW_UNITS = Quantity(2, 3, 5, vague=True)


def units_ahead(s: Slots) -> Expr | None:
    """"the weeks ahead", "the years to come": the few units after the reference, as "the
    coming weeks"."""
    words = s.words()
    if words[-1] == "to" or (words[-1] == "come" and words[-2] != "to"):
        return None
    if words[0] != "the" and _counted_before(s):
        return None  # "two weeks ahead" is counted
    unit, _, _, _ = s["u"]
    return Duration(_FEW_UNITS, _g(unit), 1)


def duration_or_so(s: Slots) -> Expr | None:
    """"a week or so", "two years or so": an approximate length."""
    inner = s["d"]
    if not isinstance(inner, Duration):
        return None  # "about a week or so" is hedged once
    return Approx(inner)


def stretch_to(s: Slots) -> Expr | None:
    """"the year to March", "the 12 months to June 1999", "the three months to September", "the
    week to Friday": the stretch of that length that ends with the named time, as financial
    reports count it (the year to March 1999 is April 1998 to March 1999), not the calendar
    year up to March; "the week beginning November 8" starts with it. (In running text "the
    year ended March 31" stays two times, as TimeML marks it: see ``stretch_ending``.)"""
    q = s.get("q")
    if q is not None and (q.vague or q.low != q.high):
        return None
    end = s["end"]
    if isinstance(end, (Duration, Ref, Recurrence, Bound, Approx, Range, Enumeration)):
        return None
    unit, factor = _unit(s["u"])
    n = (1 if q is None else q.value) * factor
    if unit in (G.SEASON, G.HALF) or n != int(n) or not 1 <= n <= 1000:
        return None
    # "the week beginning/starting November 8" runs forward from its day
    forward = s["dir"] in s.lexicon.word_set("stretch_from")
    return Duration(Quantity.exact(int(n)), unit, 1 if forward else -1, edge=end)


def stretch_ending(s: Slots) -> Expr | None:
    """"the fiscal year ending June 30", "the 12 months ended June 1999": the stretch that ends
    with the named time, as "the year to June 30" (of the year ``prefer`` picks). Only when
    asked of the words alone (after a preposition: "in the year ended March 31"): in running
    text TimeML marks them as two times, the length and the date ("the year ended March 31",
    a DURATION P1Y with an endPoint and a DATE), and extraction keeps to that."""
    leading = s.lexicon.word_set("leading")
    if not all(t.text in leading or t.kind == "punct" for t in s.tokens[:s.start]) or not all(
            t.kind == "punct" for t in s.tokens[s.end:]):
        return None
    return stretch_to(s)


#: a generation in years: (fewest, likely, most) — what "a generation ago" spans
_GENERATION = (20, 25, 30)


def generation(s: Slots) -> Duration | None:
    """"a generation", "two generations": a vague count of years, 20 to 30 a generation
    (likely 25), so "a generation ago" is about 1974 seen from 1999 and "within a generation"
    a length of some 25 years (TIMEX3 PXY, as "a few years"). The bare word is none ("the
    next generation of chips", "generations of farmers")."""
    if s.end < len(s.tokens) and s.tokens[s.end].text == "of":
        return None  # "a generation of leaders" is a cohort, not a length
    q = s.get("q")
    n = 1 if q is None else q.value
    if q is not None and (q.vague or q.low != q.high or not float(n).is_integer() or not 1 <= n <= 10):
        return None
    low, value, high = (n * y for y in _GENERATION)
    return Duration(Quantity(low, value, high, vague=True), G.YEAR)


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    generation, stretch_next_unit, stretch_to, stretch_ending, moments, ago_this, this_time, duration, duration_one, duration_unit_and_half, duration_approx, duration_bound, ago, from_now,
    later, later_on, earlier, offset_from_date, duration_anchored, duration_anchored_unit, recent_units, units_ahead,
    duration_or_so, duration_bare_plural, duration_units_or, vague_length, some_time, vague_ago,
    duration_more, duration_old,
)

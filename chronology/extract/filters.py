"""Extent and false-positive rules applied to the chart's choices before they become mentions.

TimeML extents ("since **March**": the preposition is a signal), and words that look like
times but are not: ages ("52 years old"), rates ("$2 a year"), shares ("three-quarters of its
food"), conjunctions ("as soon as they left"), clock times written as years ("1800 GMT"), the
verb "last", time words inside names ("the Sunday Times"). The word lists these checks use
(``[context.rate_word]``, ``clock_zone``, ``after_present``, ``before_verb_last``) come from the
document's lexicon, which the document passes in.
"""

from __future__ import annotations

from typing import Any

from chronology.expression import Approx, Bound, Cyclic, Date, Duration, Period, Recurrence, Ref
from chronology.grammar.lexicon import Lexicon
from chronology.grammar.matcher import Chart, Item
from chronology.model.granularity import Granularity
from chronology.resolve.tables import BOUND_WORD_MOD

__all__ = ["in_a_name", "not_a_time", "trim_article", "trim_bound", "trim_verb_last", "widen_article"]


def not_a_time(tokens: list[Any], item: Item, lexicon: Lexicon) -> bool:
    """Lengths that are ages ("52 years old") or rates ("$1.76 a year", "four flights a week")."""
    expr = item.value
    if in_a_name(tokens, item):
        return True
    if (isinstance(expr, Date) and expr.month is None and item.end - item.start == 1 and item.end < len(tokens)
            and tokens[item.end].text in lexicon.word_set("clock_zone")):
        return True  # "at 1800 GMT": a time of day, not the year 1800
    if isinstance(expr, Ref) and expr.value == "PRESENT_REF":
        # "the present frontier": the adjective (current), not the noun (now)
        after = tokens[item.end] if item.end < len(tokens) else None
        return (tokens[item.start].text == "the" and tokens[item.end - 1].text == "present"
                and after is not None and after.kind == "word" and after.text not in lexicon.word_set("after_present"))
    if _a_fraction(tokens, item):
        return True
    if (isinstance(expr, Ref) and item.end - item.start == 1 and 0 < item.start and item.end < len(tokens)
            and tokens[item.start - 1].text == "as" and tokens[item.end].text == "as"):
        return True  # "as soon as they left", "as recently as 1990": a conjunction or a bound
    if _a_hedged_count(tokens, item, lexicon):
        return True
    if not isinstance(expr, Duration):
        return False
    first = tokens[item.start]
    if (expr.unit is Granularity.SECOND and item.end - item.start == 2 and first.text in ("a", "one")
            and tokens[item.start + 1].text == "second" and item.end < len(tokens)
            and (tokens[item.end].text == "-" or tokens[item.end].kind == "word"
                 and tokens[item.end].text not in lexicon.word_set("after_a_second"))):
        return True  # "read a second time", "a second-half goal": the ordinal, not a length of one second
    if expr.unit is Granularity.HOUR and first.kind == "num" and len(first.text) == 4 and first.text.isdigit():
        return True  # "at 0600 hours": a 24-hour clock time, not 600 hours
    if expr.amount.value == int(expr.amount.value) and 1000 <= expr.amount.value <= 2100 and (
            tokens[item.start].kind == "num"):
        return True  # "the 1988 quarter": a year, not 1,988 quarters
    after = tokens[item.end].text if item.end < len(tokens) else ""
    if after in ("old", "-") and (after == "old" or (item.end + 1 < len(tokens)
                                                    and tokens[item.end + 1].text == "old")):
        return True
    if item.end - item.start == 2 and tokens[item.start].text in lexicon.word_set("rate_word"):
        for t in tokens[max(0, item.start - 4):item.start]:
            if t.kind == "num" or t.text in ("$", "%", "percent", "times", "once", "twice"):
                return True
        t = tokens[item.start - 1] if item.start > 0 else None
        if t is not None and t.kind == "word" and t.text.endswith("s") and len(t.text) > 3 and (
                t.text not in ("was", "has")):
            return True  # "flights a week", "dividends a year" (but "the talks lasted a day")
    return False


def _a_hedged_count(tokens: list[Any], item: Item, lexicon: Lexicon) -> bool:
    """"completed in a matter of months", "in a \"matter of days\"": a length with no count after
    a phrase of the lexicon's ``[context.hedged_count]``, which TimeML does not mark (TimeBank
    wsj_1006); "months ago", "for months" and "a matter of three weeks" stay lengths."""
    expr = item.value
    while isinstance(expr, Approx):
        expr = expr.expr
    if not (isinstance(expr, Duration) and expr.amount.vague):
        return False
    words = [t.text for t in tokens[max(0, item.start - 4):item.start] if t.kind == "word"]
    return any(words[-len(p):] == p for p in (phrase.split() for phrase in lexicon.word_set("hedged_count")))


def _a_fraction(tokens: list[Any], item: Item) -> bool:
    """"about three-quarters of its food", "more than a quarter of the shares": a share of
    something, not a length of quarters."""
    expr = item.value
    while isinstance(expr, (Approx, Bound)):
        expr = expr.expr
    if not (isinstance(expr, Duration) and expr.unit is Granularity.QUARTER and item.end + 1 < len(tokens)
            and tokens[item.end].text == "of"):
        return False
    after = tokens[item.end + 1]
    return not (after.kind == "num" and len(after.text) == 4)  # "three quarters of 1998" is a time


def in_a_name(tokens: list[Any], item: Item) -> bool:
    """A time word inside a capitalised name: "the Fortnight in Review", "the Sunday Times",
    "the Summer Olympics", "the Daily Telegraph" (month names are left to the grammar)."""
    first = item.start + (1 if tokens[item.start].text == "the" else 0)
    if item.end - first != 1:
        return False
    word = tokens[first]
    if word.kind != "word" or not word.cap:
        return False
    before = tokens[first - 1] if first > 0 else None
    expr = item.value
    if isinstance(expr, (Duration, Recurrence)) and before is not None and before.kind == "word":
        return True  # lengths and sets are not capitalised after a word (but after '"' or ':')
    after = tokens[item.end] if item.end < len(tokens) else None
    month = isinstance(expr, Cyclic) and expr.unit is Granularity.MONTH or isinstance(expr, Date)
    return (not month and before is not None and before.text == "the" and after is not None
            and after.kind == "word" and after.cap)


def trim_bound(chart: Chart, item: Item) -> Item:
    """"since March": TimeML marks "March" (the preposition is a signal), so report the inner time."""
    value = item.value
    if isinstance(value, Bound) and value.mod in BOUND_WORD_MOD:
        for k in (1, 2, 3):  # "since March", "prior to March", "no later than March"
            p = item.start + k
            if p >= item.end:
                break
            for inner in chart.items[p]:
                if inner.end == item.end and inner.value is value.expr:
                    return inner
    return item


def trim_verb_last(chart: Chart, item: Item, lexicon: Lexicon) -> Item:
    """"expected to last a week": the verb "last" and a length, not "the last week"."""
    tokens = chart.tokens
    if (item.end - item.start >= 3 and tokens[item.start].text == "last" and (
            tokens[item.start + 1].text in ("a", "an")
            or (item.start > 0 and tokens[item.start - 1].text in lexicon.word_set("before_verb_last")))):
        for inner in chart.items[item.start + 1]:
            if inner.end == item.end and isinstance(inner.value, Duration):
                return inner
    return item


def widen_article(chart: Chart, item: Item, lexicon: Lexicon) -> Item:
    """"over the six months", "in the first nine months", "the first hours of the war", "the
    early years": TimeML marks a length with its article (and "first", "early": the lexicon's
    ``[context.length_opening]``); a hyphenated length describes a noun ("the five-year plan")
    and does not."""
    tokens = chart.tokens
    value = item.value
    if not (isinstance(value, Duration) and value.anchored == 0) or any(
            tokens[p].text == "-" for p in range(item.start, item.end)):
        return item
    start = item.start
    opening = lexicon.word_set("length_opening")
    if start > 1 and tokens[start - 1].text in opening and tokens[start - 2].text == "the":
        return item._replace(start=start - 2)
    if start > 0 and tokens[start - 1].text == "the":
        return item._replace(start=start - 1)
    return item


def trim_article(chart: Chart, item: Item, lexicon: Lexicon) -> Item:
    """"the third-quarter results", "the year-earlier figures": a hyphenated time describing a
    noun; the article belongs to the noun phrase, so TimeML leaves it out. A year across two
    ("the 1998-99 season") is itself the noun and keeps it, and so does a time followed by a
    word no adjective describes ("the mid-1990s and then", "the mid-1990s when": the lexicon's
    ``[not_a_noun]`` and ``[context.year_follow]``), unless another hyphenated word follows
    that one ("the third-quarter and nine-month results": both describe the noun)."""
    tokens = chart.tokens
    if (tokens[item.start].text != "the" or item.end >= len(tokens)
            or not any(tokens[p].text == "-" for p in range(item.start, item.end))):
        return item
    value = item.value
    if type(value) is Period and value.unit is Granularity.YEAR:
        return item
    after = tokens[item.end]
    if after.kind != "word" or after.cap or lexicon.classes_of(after.text):
        return item  # "the third-quarter." or "the year-ago quarter": the time is the noun
    if (after.text in lexicon.word_set("not_a_noun") or after.text in lexicon.word_set("year_follow")) and not (
            item.end + 2 < len(tokens) and tokens[item.end + 2].text == "-"):
        return item  # "the mid-1990s and then": no noun follows (but "the third-quarter and nine-month results")
    for inner in chart.items[item.start + 1]:
        if inner.end == item.end and inner.cat == item.cat:
            return inner
    return item

"""Resolve temporal expressions against an anchor: words → :class:`~chronology.Span`.

>>> span = resolve("approximately two years ago", anchor="1999-11-09")
>>> span.likely
Interval('1997-01-01', '1998-01-01')
>>> span.possible
Interval('1996-01-01', '1999-01-01')
>>> (span.timex.type.value, span.timex.value, span.timex.mod.value)
('DATE', '1997', 'APPROX')
>>> resolve("November 5, 6 and 7", anchor="1999-11-09").likely
Interval('1999-11-05', '1999-11-08')
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache
from typing import Any, cast

import pendulum
from pendulum import DateTime

from chronology.errors import ChronologyError, ResolutionError, quote
from chronology.expression import Clock, Date, Expr, Range, Ref
from chronology.grammar.lexicon import Lexicon, load_lexicon
from chronology.grammar.matcher import (
    TOP_CATEGORIES,
    Item,
    Replay,
    Veto,
    analyse,
    prepare_shaped,
)
from chronology.grammar.rules import RuleSet, load_rules
from chronology.model.anchor import Anchor, to_anchor
from chronology.model.granularity import Granularity, just_before
from chronology.model.interval import Interval
from chronology.model.span import PartsMode, Span
from chronology.model.timex import TimexType
from chronology.options import DEFAULT_OPTIONS, Prefer, ResolveOptions
from chronology.resolve.resolver import Context, NoPlaceInTime, Resolved, Resolver
from chronology.resolve.to_timex import containing_value, date_value

__all__ = ["MAX_EXPRESSION_CHARS", "NoPlaceInTime", "parse", "resolve", "resolve_expression"]

#: longer input is not one temporal expression; ``resolve`` refuses it at once
MAX_EXPRESSION_CHARS = 200

_EXPECTED = ("a temporal expression such as 'November 5, 1999', 'last month', "
             "'approximately two years ago' or 'the third quarter of 1998'")
#: marks that may open a quoted or bracketed expression (curly quotes and guillemets are
#: normalised to ASCII quotes by the scanner); closing marks are trailing punctuation
_OPENING = frozenset({'"', "'", "(", "[", "{", "\u2039"})
_RESOLVER = Resolver()


#: parses by token shape (see chronology.grammar.matcher.shape): a text of a known shape is
#: rebuilt from the remembered derivation instead of re-running every rule
_SHAPES: dict[tuple[Any, ...], Replay] = {}
_SHAPES_MAX = 1 << 14


@lru_cache(maxsize=1 << 16)
def _parse_cached(text: str, language: str) -> Expr:
    digits = text.strip()
    if len(digits) == 8 and digits.isascii() and digits.isdigit():
        return _compact_date(text, digits)
    lexicon = load_lexicon(language)
    rules = load_rules(language)
    tokens, classes, preds, token_shape = prepare_shaped(text, lexicon, rules)
    prepared = tokens, classes, preds
    key = (language, token_shape)
    known = _SHAPES.get(key)
    if known is not None:
        value = known.run(tokens, classes, preds, lexicon)
        if value is not None:
            return cast(Expr, value)  # the item is a whole top-category match: its value is an Expr
    vetoes: list[Veto] = []
    chart = analyse(text, language, rules, lexicon, vetoes=vetoes, prepared=prepared)
    n = len(tokens)
    while n and tokens[n - 1].kind == "punct":
        n -= 1
    first = 0
    while first < n and tokens[first].kind == "punct" and tokens[first].text in _OPENING:
        first += 1
    opening = first
    leading = lexicon.word_set("leading")
    while first < n and tokens[first].text in leading:
        found = _whole(chart, first, n)
        if found is not None:
            return _remember(key, found, vetoes, rules)
        first += 1
    found = _whole(chart, first, n)
    if found is not None:
        return _remember(key, found, vetoes, rules)
    found = _after_lead_in(chart, tokens, opening, n, lexicon)
    if found is not None:
        # not remembered by shape: a lead-in's words may look alike to the grammar ("long",
        # "lengthy") though only the lexicon's phrase is a lead-in
        return cast(Expr, found.value)  # a whole top-category match: its value is an Expr
    if not tokens:
        raise ResolutionError(f"{quote(text)} holds no words", text=text, position=0, expected=_EXPECTED)
    covered = chart.select()
    if covered:
        item = covered[0]
        start, end = chart.offsets(item)
        where = end if start == tokens[first].start else tokens[first].start
        raise ResolutionError(
            f"{quote(text)} is not one temporal expression: only {chart.text_of(item)!r} is; "
            f"expected {_EXPECTED}", text=text, position=where, expected=_EXPECTED)
    raise ResolutionError(f"{quote(text)} is not a temporal expression; expected {_EXPECTED}",
                          text=text, position=tokens[first].start if first < len(tokens) else 0,
                          expected=_EXPECTED)


def _remember(key: tuple[Any, ...], item: Item, vetoes: list[Veto], rules: RuleSet) -> Expr:
    if len(_SHAPES) >= _SHAPES_MAX:
        _SHAPES.clear()
    _SHAPES[key] = Replay(item, vetoes, rules)
    return cast(Expr, item.value)  # a whole top-category match: its value is an Expr


@lru_cache(maxsize=16)
def _phrases(words: frozenset[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(w.split()) for w in words), key=len, reverse=True))


def _phrase_at(tokens: list[Any], first: int, n: int, words: frozenset[str]) -> int:
    """How many tokens one of the phrases ``words`` takes at ``first`` (0: none), leaving at
    least one token after it."""
    for phrase in _phrases(words):
        k = len(phrase)
        if first + k < n and all(tokens[first + i].text == w for i, w in enumerate(phrase)):
            return k
    return 0


def _after_lead_in(chart: Any, tokens: list[Any], first: int, n: int, lexicon: Lexicon) -> Item | None:
    """The whole expression after lead-in words that are not part of it, as [context.leading]
    words are not: "as long ago as 1962", "way back in 1985", "back in the 1970s", "in a
    matter of days" (lexicon ``[context.leading_phrase]``, with any [context.leading] words
    before or after it); "until now", "up to now",
    "until recently" ([context.leading_reference]: before a reference word only, since
    "until March" is a bound). The span is the expression's own."""
    leading = lexicon.word_set("leading")
    k = _phrase_at(tokens, first, n, lexicon.word_set("leading_reference"))
    if k:
        found = _whole(chart, first + k, n)
        return found if found is not None and type(found.value) is Ref else None
    phrases = lexicon.word_set("leading_phrase")
    k = _phrase_at(tokens, first, n, phrases)
    while not k and first < n and tokens[first].text in leading:  # "in a matter of days"
        first += 1
        k = _phrase_at(tokens, first, n, phrases)
    if not k:
        return None
    first += k
    while first < n:
        found = _whole(chart, first, n)
        if found is not None or tokens[first].text not in leading:
            return found
        first += 1
    return None


def _whole(chart: Any, first: int, n: int) -> Item | None:
    if first >= n:
        return None
    best = None
    for item in chart.items[first]:
        if item.end == n and item.cat in TOP_CATEGORIES and (best is None or item.priority > best.priority):
            best = item
    return best


def parse(text: str, language: str = "en") -> Expr:
    """Parse one temporal expression into its anchor-free expression tree (cached).

    Raises:
        ResolutionError: the text is empty, too long, or not (wholly) a temporal expression.

    >>> parse("three weeks later")
    Offset(amount=Quantity(low=3, value=3, high=3, vague=False), unit=<Granularity.WEEK: 'week'>, sign=1, base=None, narrative=True)
    """
    if not isinstance(text, str):
        raise ResolutionError(f"expected text, got {type(text).__name__}", expected=_EXPECTED)
    if len(text) > MAX_EXPRESSION_CHARS:
        raise ResolutionError(
            f"{quote(text)} is {len(text):,} characters long; one temporal expression is at most "
            f"{MAX_EXPRESSION_CHARS} (use chronology.extract for documents)",
            text=text, position=MAX_EXPRESSION_CHARS, expected=_EXPECTED)
    if not text.strip():
        raise ResolutionError("empty text is not a temporal expression; expected " + _EXPECTED,
                              text=text, position=0, expected=_EXPECTED)
    return _parse_cached(text, language)


def _compact_date(text: str, digits: str) -> Date:
    """"19991105": ISO 8601's basic form of a date, YYYYMMDD. Only the whole text given to
    :func:`resolve` is read so: in running text eight digits are as often an ID, a count or a
    reference number, so extraction never reads them as a date.

    >>> parse("19991105")
    Date(year=1999, month=11, day=5, weekday=None, short_year=False, nth=None, easter=None, orthodox=False, since=None)

    Raises:
        ResolutionError: the digits name no month or no day of it ("19991305", "19990230").
    """
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if year >= 1 and 1 <= month <= 12 and 1 <= day <= 31:
        date = pendulum.date(year, month, 1)
        if day <= date.days_in_month:
            return Date(year, month, day)
    raise ResolutionError(f"{quote(text)} is not a temporal expression: eight digits are read as a date "
                          f"YYYYMMDD (ISO 8601), and {digits[:4]}-{digits[4:6]}-{digits[6:]} is not a day of the calendar",
                          text=text, position=0, expected="a date written YYYYMMDD, such as 19991105")


#: the last anchor seen and its reference points: one anchor usually serves many expressions
#: in a row, and recomputing the points cost 2 us of each (an Anchor hashes slowly, so it is
#: matched by identity; it is frozen, so its points cannot change)
_LAST_POINTS: tuple[Anchor | None, list[DateTime] | None] = (None, None)


def _reference_points(anchor: Anchor) -> list[DateTime] | None:
    """The instants an uncertain anchor is resolved at (None: the anchor is one point)."""
    global _LAST_POINTS
    last, points = _LAST_POINTS
    if anchor is not last:
        points = _points(anchor)
        _LAST_POINTS = (anchor, points)
    return points


def _points(anchor: Anchor) -> list[DateTime] | None:
    g = anchor.granularity
    likely, possible = anchor.likely, anchor.possible
    if likely == possible and (g <= Granularity.DAY) and (
            g < Granularity.DAY or likely.end == Granularity.DAY.add(likely.start, 1)):
        return None
    step = min(Granularity.DAY, g)

    def last(i: Interval) -> DateTime:
        return step.floor(just_before(i.end))

    return [step.floor(likely.start), last(likely), step.floor(possible.start), last(possible)]


#: granularities finer than a day, as a set: an enum's ``<`` runs in Python
_FINER_THAN_DAY = frozenset(g for g in Granularity if g < Granularity.DAY)


def _absolute(expr: Expr) -> bool:
    """Whether ``expr`` is resolved without reading the reference instant (only its zone):
    a date with a four-digit year ("March 4, 1980"), a time of day on one ("9 p.m. on March
    4, 1980") and a range of such. Resolving one from another instant of the same zone gives
    the same result, so a second reading can be skipped."""
    if type(expr) is Date:
        return expr.year is not None and not expr.short_year and expr.nth is None and expr.easter is None
    if type(expr) is Clock:
        return expr.base is not None and _absolute(expr.base)
    if type(expr) is Range:
        return _absolute(expr.start) and _absolute(expr.end)
    return False


_LAST_CONTEXT: tuple[DateTime, ResolveOptions, str | None, Context] | None = None


def _remember_context(start: DateTime, options: ResolveOptions, prefer: str | None) -> Context:
    global _LAST_CONTEXT
    ctx = Context(start, None, options, prefer)
    _LAST_CONTEXT = (start, options, prefer, ctx)
    return ctx


def resolve_expression(expr: Expr, anchor: Anchor, options: ResolveOptions = DEFAULT_OPTIONS, *,
                       focus: Span | None = None, prefer: str | None = None) -> Span:
    """Resolve a parsed expression against an anchor (and an optional narrative focus).

    An uncertain anchor is resolved at the first and last day of its likely and possible
    intervals; the result's likely and possible cover those results. A one-day anchor is one
    point for wording of a day or coarser; wording finer than a day ("three hours ago") is
    read from the day's first and last instants too, since the hour it was said is unknown. When those readings
    differ, the TIMEX3 value names the unit that contains all likely readings (as for a
    range: "yesterday" seen from "1999-11" is ``1999``), but never a unit coarser than a year
    (or than the expression's own unit): beyond that it keeps the reading at the anchor's middle.
    """
    last_anchor, points = _LAST_POINTS  # _reference_points(anchor), its common case inline
    if anchor is not last_anchor:
        points = _reference_points(anchor)
    focus_t: DateTime | None = None
    focus_g: Granularity | None = None
    focus_e: DateTime | None = None
    if focus is not None:
        focus_t, focus_g, focus_e = focus.likely.start, focus.granularity, focus.likely.end
    if points is None:
        start = anchor.likely.start
        if focus is None:
            # the context of the previous call when it was built from the same objects (one
            # anchor and options usually serve many expressions; a Context is never changed)
            known = _LAST_CONTEXT
            if known is not None and known[0] is start and known[1] is options and known[2] is prefer:
                ctx = known[3]
            else:
                ctx = _remember_context(start, options, prefer)
        else:
            ctx = Context(start, focus_t, options, prefer, focus_g, focus_e)
        first = _RESOLVER.resolve(expr, ctx)
        if first.g not in _FINER_THAN_DAY or anchor.granularity in _FINER_THAN_DAY:
            return first.span()
        # wording finer than the anchor's day ("three hours ago" from a publication date): the
        # hour of publication is unknown, so read it from the day's first and last instants
        end = just_before(anchor.likely.end)
        if end.tzinfo is start.tzinfo and _absolute(expr):
            return first.span()  # read from any instant of the zone, it is the same
        last = _RESOLVER.resolve(expr, Context(end, focus_t, options, prefer, focus_g, focus_e))
        if last.likely == first.likely and last.possible == first.possible:
            return first.span()
        first.likely, first.possible = first.likely.hull(last.likely), first.possible.hull(last.possible)
        # the readings' parts are not the hull's: it is one continuous span ("two hours ago
        # or three hours ago"), whose parts mode is a Span's default
        first.approximate, first.parts, first.mode = True, (), PartsMode.ALL
        if first.type in (TimexType.DATE, TimexType.TIME) and first.value[:1].isdigit():
            # a date value names the day holding most of the readings (the reading at noon);
            # a length ("the last 24 hours" is PT24H) keeps its value
            first.value = date_value(Granularity.DAY.floor(first.likely.midpoint), Granularity.DAY)
            first.value_g, first.type = Granularity.DAY, TimexType.DATE
        return first.span()
    results: list[Resolved] = [_RESOLVER.resolve(expr, Context(t, focus_t, options, prefer, focus_g, focus_e))
                               for t in points]
    middle = _RESOLVER.resolve(expr, Context(Granularity.DAY.floor(anchor.likely.midpoint)
                                             if anchor.granularity >= Granularity.DAY else anchor.likely.start,
                                             focus_t, options, prefer, focus_g, focus_e))
    likely = results[0].likely.hull(results[1].likely)
    possible = likely
    for r in results:
        possible = possible.hull(r.possible).hull(r.likely)
    differ = likely != results[0].likely
    if differ and middle.type in (TimexType.DATE, TimexType.TIME) and middle.value[:1].isdigit():
        value, vg = containing_value(likely, middle.value_g)
        if vg <= max(Granularity.YEAR, middle.value_g):
            middle.value, middle.value_g = value, vg
            if vg >= Granularity.DAY:
                middle.type = TimexType.DATE
    middle.likely, middle.possible = likely, possible
    if any(r.likely != likely or r.parts != middle.parts for r in results[:2]):
        # the readings disagree: their parts are not the result's, one continuous span
        # ("Monday or Tuesday" said in 1999-11), whose parts mode is a Span's default
        middle.parts, middle.mode = (), PartsMode.ALL
    middle.approximate = middle.approximate or differ
    return middle.span()


def resolve(text: str, anchor: Any = None, *, prefer: str | None = None, day_first: bool | None = None,
            options: ResolveOptions | None = None, tz: str | None = None, language: str = "en") -> Span:
    """Resolve a temporal expression to an uncertain :class:`~chronology.Span`.

    Args:
        text: one temporal expression ("last month", "November 5-7", "circa 1850").
        anchor: what relative wording is resolved against: an ISO string (a partial one such
            as ``"1999-11"`` is an uncertain anchor), a date/datetime, a pendulum value, or a
            Span/Anchor. ``None`` means today (UTC) — pass the publication date for news.
        prefer: "past" (default), "future" or "nearest": how to place "Monday", "December 20".
        day_first: read ``05/11/1999`` as 5 November.
        options: a full :class:`~chronology.ResolveOptions` (keywords above override it).
        tz: time zone for naive anchors (UTC by default).

    Returns:
        A Span whose ``timex`` is the TimeML TIMEX3 rendering.

    Raises:
        ResolutionError: the text is not a temporal expression (the message quotes it and says
            what was expected), or it is a bare length/set ("three weeks", "every Tuesday")
            that has no place in time (:class:`NoPlaceInTime`).
        InvalidAnchor: the anchor is not a date.

    >>> resolve("last month", anchor="1999-11-09").timex.value
    '1999-10'
    >>> resolve("in March", anchor="1999-11-09", prefer="future").likely
    Interval('2000-03-01', '2000-04-01')
    """
    known = None
    if options is None and day_first is None and (prefer is None or type(prefer) is str):
        known = _PREFERRED.get(prefer)
    if known is not None:
        opts, number = known  # the common call: no options, a prefer given as text (or none)
    else:
        opts = options or DEFAULT_OPTIONS
        if prefer is not None or day_first is not None:
            opts = _with(opts, prefer, day_first)
        number = -1  # numbered below, only for the cache
    if anchor is None:
        anchor = pendulum.today("UTC").date()
    if isinstance(anchor, (str, _dt.date, Span)) and isinstance(text, str):
        return _resolve_cached(text, anchor, number if number >= 0 else _options_number(opts), tz, language)
    return _resolve_uncached(text, anchor, opts, tz, language)


@lru_cache(maxsize=256)
def _with(opts: ResolveOptions, prefer: str | None, day_first: bool | None) -> ResolveOptions:
    return ResolveOptions(prefer=prefer if prefer is not None else opts.prefer,
                          day_first=day_first if day_first is not None else opts.day_first,
                          week_start=opts.week_start, policy=opts.policy)


#: _resolve_cached's key names the options by a number. A key of texts, a date and numbers
#: holds nothing the garbage collector tracks, so CPython stops tracking the key tuple at its
#: first collection (an attrs ResolveOptions kept every one of the cache's keys tracked, and
#: walked at each full collection); it also hashes in C, not in attrs' Python ``__hash__``.
#: Equal options share a number (as they shared a cache entry), and a number is never given
#: to other options: when the table is full (a program making many distinct options), its
#: older half is dropped and numbering goes on, so a cached entry keyed by a dropped number
#: is simply never found again. The options ``_PREFERRED`` holds are never dropped.
_OPTIONS_BY_NUMBER: dict[int, ResolveOptions] = {}
_NUMBERS: dict[ResolveOptions, int] = {}
_NEXT_NUMBER = [0]
_OPTIONS_MAX = 1024
_PINNED = 0


def _options_number(opts: ResolveOptions) -> int:
    number = _NUMBERS.get(opts)
    if number is None:
        if len(_OPTIONS_BY_NUMBER) >= _OPTIONS_MAX:
            for old in list(_OPTIONS_BY_NUMBER)[_PINNED:_OPTIONS_MAX // 2]:  # the oldest, in order
                del _NUMBERS[_OPTIONS_BY_NUMBER.pop(old)]
        number = _NEXT_NUMBER[0]
        _NEXT_NUMBER[0] = number + 1
        _NUMBERS[opts] = number
        _OPTIONS_BY_NUMBER[number] = opts
    return number


#: what ``resolve`` uses for each ``prefer`` given as text (or None) with no options and no
#: day_first: exactly ``_with``'s options, and their number, found with one dict lookup (a
#: Prefer member takes the general path: it hashes like its text, but it is no ``str``)
_PREFERRED: dict[str | None, tuple[ResolveOptions, int]] = {
    p: (o, _options_number(o)) for p, o in
    [(None, DEFAULT_OPTIONS)] + [(p.value, _with(DEFAULT_OPTIONS, p.value, None)) for p in Prefer]}
_PINNED = len(_OPTIONS_BY_NUMBER)  # numbered first, so they lead the table's order


@lru_cache(maxsize=1024)
def _anchor(value: str | _dt.date, tz: str | None) -> Anchor:
    return to_anchor(value, tz=tz)


@lru_cache(maxsize=1 << 15)
def _resolve_cached(text: str, anchor: Any, number: int, tz: str | None, language: str) -> Span:
    return _resolve_uncached(text, anchor, _OPTIONS_BY_NUMBER[number], tz, language)


#: the last (anchor value, tz) given and its Anchor: one anchor object usually serves many
#: texts in a row, and an identical value (a date or str: immutable) makes an equal Anchor
_LAST_ANCHOR: tuple[Any, str | None, Anchor | None] = (None, None, None)


def _resolve_uncached(text: str, anchor: Any, opts: ResolveOptions, tz: str | None, language: str) -> Span:
    global _LAST_ANCHOR
    if type(text) is str and 0 < len(text) <= MAX_EXPRESSION_CHARS and not text[0].isspace():
        # parse()'s checks all pass (a text whose first character is not blank is not blank
        # when stripped: str.strip and str.isspace know the same blanks), so skip to its cache
        expr = _parse_cached(text, language)
    else:
        expr = parse(text, language)
    last_value, last_tz, a = _LAST_ANCHOR
    if anchor is not last_value or tz is not last_tz or a is None:
        if isinstance(anchor, (str, _dt.date)):
            a = _anchor(anchor, tz)
            _LAST_ANCHOR = (anchor, tz, a)
        else:
            a = to_anchor(anchor, tz=tz)
    try:
        return resolve_expression(expr, a, opts)
    except NoPlaceInTime:
        raise
    except ResolutionError as exc:
        raise ResolutionError(f"{quote(text)}: {exc}", text=text, position=0, expected=exc.expected) from exc
    except ChronologyError:
        raise
    except (OverflowError, ValueError) as exc:  # the anchor's neighbourhood leaves years 1-9999
        raise ResolutionError(f"{quote(text)}: the time lies outside the years 1-9999 that chronology can "
                              f"represent ({exc})", text=text, position=0, expected=_EXPECTED) from exc


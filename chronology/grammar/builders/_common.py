"""Helpers and constants the builder modules share (not builders themselves)."""

from __future__ import annotations

from typing import Any

from chronology.expression import (
    Approx,
    Bound,
    Cyclic,
    Date,
    Duration,
    Expr,
    Offset,
    Period,
    Relative,
)
from chronology.grammar.matcher import Slots
from chronology.model.granularity import Granularity

G = Granularity
_MAX_DAY = {1: 31, 2: 29, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}
_UNIT_ALIASES = {"fortnight": ("week", 2)}


#: the Granularity members by value
_G_BY_VALUE: dict[str, Granularity] = {g.value: g for g in G}


def _g(value: Any) -> Granularity:
    """``G(value)``: the same member, found without the Enum call machinery (a third of the
    cost of "three weeks" went to it); any other value goes to ``G`` to be refused as it was."""
    found = _G_BY_VALUE.get(value) if type(value) is str else None
    return found if found is not None else G(value)


def _unit(value: str) -> tuple[Granularity, float]:
    if value in _UNIT_ALIASES:
        name, factor = _UNIT_ALIASES[value]
        return _g(name), factor
    return _g(value), 1


def _valid(month: int | None, day: int | None) -> bool:
    if day is not None and day < 1:
        return False
    return month is None or day is None or day <= _MAX_DAY[month]


def _is_year(e: Expr) -> bool:
    return (isinstance(e, Date) and e.year is not None and e.month is None and e.weekday is None) or (
        isinstance(e, Relative) and e.unit is G.YEAR)


def _is_long(e: Expr) -> bool:
    """A decade, century or millennium: "the 1990s", "the 20th century", "the decade"."""
    return isinstance(e, (Period, Relative)) and e.unit in (G.DECADE, G.CENTURY, G.MILLENNIUM) and (
        not isinstance(e, Period) or e.base is None)


def _part_word(s: Slots) -> str:
    """The part of a time slot ``w`` names: "the early part of", "the first days of" START,
    "the middle part of" MID, "the latter part of", "the closing months of" END (lexicon
    [context.part_start] and [context.part_middle]; the rule lists the words)."""
    word = s.token("w").text
    if word in s.lexicon.word_set("part_start"):
        return "START"
    return "MID" if word in s.lexicon.word_set("part_middle") else "END"


def _is_weekday(e: Expr) -> bool:
    return (isinstance(e, Cyclic) and e.unit is G.DAY) or (
        isinstance(e, Date) and e.weekday is not None and e.month is None)


def _share_fields(a: Expr, b: Expr) -> tuple[Expr, Expr]:
    """"between March and May 1998": the first date borrows the year of the second."""
    if isinstance(a, Cyclic) and a.unit is G.MONTH and isinstance(b, Date) and b.year is not None \
            and b.day is None and a.which is None:
        return Date(year=b.year, month=int(a.index)), b
    if isinstance(a, Date) and isinstance(b, Date) and a.year is None and b.year is not None:
        return Date(b.year, a.month, a.day, a.weekday, b.short_year), b
    return a, b


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
    if not isinstance(inner, Duration) or inner.anchored or inner.vague_unit:
        return None  # "a while ago" is no count of units back (see the rule "a-while-ago")
    return _rewrap(Offset(inner.amount, inner.unit, sign, base, narrative), wrappers)

"""Numbers and quantities: "twenty-four", "two hundred", "a few", "two or three", "2 1/2"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.expression import (
    Quantity,
)
from chronology.grammar.matcher import Slots


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


def quantity_fraction(s: Slots) -> Quantity | None:
    """"2 1/2" (years): a count with a written fraction, the digits of "1/2" side by side."""
    n, a, b = s["n"], s["a"], s["b"]
    toks = s.tokens[s.end - 3:s.end]
    if not (toks[0].end == toks[1].start and toks[1].end == toks[2].start):
        return None  # "2 1 / 2" is no fraction
    if b not in (2, 3, 4) or not 1 <= a < b or n > 10000:
        return None
    return Quantity.exact(n + a / b)


def quantity_quarters(s: Slots) -> Quantity | None:
    """"a quarter (of a) century", "three quarters of a century", "a quarter of an hour": a
    count of quarters of the unit that follows. Only before a unit (see the rules): "a
    quarter" alone is three months, "a quarter of the year" is none."""
    n = s.get("n", 1)
    if not isinstance(n, int) or not 1 <= n <= 3:
        return None
    return Quantity.exact(n / 4)


BUILDERS: tuple[Callable[[Slots], Any], ...] = (
    number, number_compound, number_multiply, quantity, quantity_one, quantity_half, quantity_and_half,
    quantity_vague, quantity_or, quantity_fraction, quantity_quarters,
)

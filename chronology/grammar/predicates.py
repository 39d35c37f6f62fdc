"""Predicates on number-like tokens, referred to in rule patterns as ``#name``.

Each takes a Token and returns the slot value, or ``None`` when the token does not qualify.

>>> from chronology.grammar.scanner import scan
>>> [PREDICATES["day"](t) for t in scan("5th 31 32 1999")]
[5, 31, None, None]
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.grammar.scanner import Token

__all__ = ["PREDICATES"]


def _int(t: Token) -> int | None:
    if t.kind == "num" and not t.suffix and isinstance(t.value, int) and "," not in t.text:
        return t.value
    return None


def _num(t: Token) -> float | None:
    if t.kind == "num" and not t.suffix:
        return t.value
    return None


def _day(t: Token) -> int | None:
    if t.kind == "num" and (not t.suffix or t.ordinal) and isinstance(t.value, int) and 1 <= t.value <= 31 \
            and len(t.text) - len(t.suffix) <= 2:
        return t.value
    return None


def _ordinal(t: Token) -> int | None:
    if t.kind == "num" and t.ordinal and isinstance(t.value, int):
        return t.value
    return None


def _year(t: Token) -> int | None:
    if t.kind == "num" and not t.suffix and len(t.text) == 4 and isinstance(t.value, int) \
            and 1000 <= t.value <= 2999:
        return t.value
    return None


def _short_year(t: Token) -> int | None:
    if t.kind == "apos" and not t.suffix:
        return int(t.value or 0)
    return None


def _decade(t: Token) -> int | None:
    """"1990s" → 1990; "'90s" → 90 (century from context)."""
    if t.suffix != "s" or not isinstance(t.value, int) or t.value % 10:
        return None
    if t.kind == "num" and len(t.text) == 5:
        return t.value
    if t.kind == "apos":
        return t.value
    return None


def _tens(t: Token) -> int | None:
    """"60s" → 60: a decade written as its two digits with no apostrophe (the twenties to the
    nineties; "the 10s" and "the 00s" are rarely written so). Rules ask for "the" before it:
    alone ("in his 60s") it is an age or a reading."""
    if t.kind == "num" and t.suffix == "s" and len(t.text) == 3 and isinstance(t.value, int) \
            and t.value % 10 == 0 and 20 <= t.value <= 90:
        return t.value
    return None


def _hour(t: Token) -> int | None:
    v = _int(t)
    return v if v is not None and 0 <= v <= 24 and len(t.text) <= 2 else None


def _month_num(t: Token) -> int | None:
    v = _int(t)
    return v if v is not None and 1 <= v <= 12 and len(t.text) <= 2 else None


def _clock(t: Token) -> tuple[int, int, int] | None:
    if t.kind != "clock":
        return None
    parts = [int(p) for p in t.text.split(":")]
    h, m = parts[0], parts[1]
    s = parts[2] if len(parts) > 2 else 0
    if h > 24 or m > 59 or s > 59:
        return None
    return (h, m, s)


def _military(t: Token) -> tuple[int, int, int] | None:
    """"1430" as a 24-hour clock (only valid hours and minutes)."""
    if t.kind == "num" and not t.suffix and len(t.text) == 4 and isinstance(t.value, int):
        h, m = divmod(t.value, 100)
        if h <= 23 and m <= 59:
            return (h, m, 0)
    return None


def _dot_clock(t: Token) -> tuple[int, int, int] | None:
    """"2.30" as a clock time written with a dot (British usage: "2.30 pm"); only valid hours of
    the 12-hour clock and minutes, and only before a.m./p.m. (the rules say so)."""
    text = t.text
    if t.kind == "num" and not t.suffix and len(text) in (4, 5) and text[-3] == "." and text.replace(".", "").isdigit():
        h, m = int(text[:-3]), int(text[-2:])
        if 1 <= h <= 12 and m <= 59:
            return (h, m, 0)
    return None


def _iso(t: Token) -> str | None:
    return t.text if t.kind == "iso" else None


def _slash(t: Token) -> str | None:
    return t.text if t.kind == "slash" else None


def _ymd(t: Token) -> str | None:
    return t.text if t.kind == "ymd" else None


def _dot_date(t: Token) -> str | None:
    return t.text if t.kind == "dotdate" else None


PREDICATES: dict[str, Callable[[Token], Any]] = {
    "int": _int, "num": _num, "day": _day, "ordinal": _ordinal, "year": _year,
    "shortyear": _short_year, "decade": _decade, "tens": _tens, "hour": _hour,
    "monthnum": _month_num, "clock": _clock, "military": _military,
    "dotclock": _dot_clock, "iso": _iso, "slash": _slash, "ymd": _ymd, "dotdate": _dot_date,
}

#: which predicates can hold for each token kind (so words skip them all)
BY_KIND: dict[str, tuple[str, ...]] = {
    "num": ("int", "num", "day", "ordinal", "year", "decade", "tens", "hour", "monthnum", "military",
            "dotclock"),
    "apos": ("shortyear", "decade"),
    "clock": ("clock",),
    "iso": ("iso",),
    "slash": ("slash",),
    "ymd": ("ymd",),
    "dotdate": ("dotdate",),
}

"""Single-pass tokenizer: words, numbers, ordinals, numeric dates, clock times, punctuation.

One compiled regular expression, applied once with ``finditer``; every branch is a bounded or
unambiguous sequence (no nested quantifiers over the same characters), so scanning is linear
in the input. Token texts are lower-cased; ``cap`` remembers whether the original started with
a capital letter (the grammar uses it to tell the month "May" from the verb "may").

>>> [(t.kind, t.text) for t in scan("Nov. 5th, '97 at 3:30")]
[('word', 'nov'), ('punct', '.'), ('num', '5th'), ('punct', ','), ('apos', "'97"), ('word', 'at'), ('clock', '3:30')]
"""

from __future__ import annotations

import re
from typing import NamedTuple

from chronology.grammar.normalize import normalize

__all__ = ["Token", "scan", "scan_single"]

_TOKEN = re.compile(
    r"""
     (?P<iso>\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?)(?![\d])
    |(?P<slash>\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))(?![\d/])
    |(?<![\w/.])(?P<ymd>\d{4}/\d{1,2}/\d{1,2})(?![\d/]|\.\d)
    |(?<![\w.])(?P<dotdate>\d{1,2}\.\d{1,2}\.\d{4})(?![\d]|\.\d)
    |(?P<clock>\d{1,2}:\d\d(?::\d\d)?)(?![\d:])
    |(?P<apos>'\d\d(?:s(?![a-z]))?)(?![\d])
    |(?P<num>\d{1,3}(?:,\d{3})+(?![\d])|\d+(?:\.\d+)?)(?:(?P<suf>st|nd|rd|th|s)(?![a-z]))?
    |(?P<dotted>[a-z](?:\.[a-z])+\.?)
    |(?P<word>[a-z]+)
    |(?P<punct>\S)
    """,
    re.IGNORECASE | re.VERBOSE,
)


#: numbers longer than this are kept as one huge count (their digits mean nothing to a calendar)
_MAX_DIGITS = 18
_HUGE = 10**18


class Token(NamedTuple):
    """One token: ``kind`` is word, num, apos ('97), iso (1999-11-05), slash (11/05/99),
    ymd (1999/11/05), dotdate (5.11.1999), clock (3:30), dotted (a.m.) or punct. ``value`` is the number for num/apos tokens."""

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    cap: bool = False
    suffix: str = ""

    @property
    def ordinal(self) -> bool:
        """Whether this is a numeral with an ordinal suffix (5th, 21st)."""
        return self.suffix in ("st", "nd", "rd", "th")


def scan(text: str) -> list[Token]:
    """Tokenize ``text`` (normalised first); offsets index the original string."""
    return [_token(m) for m in _TOKEN.finditer(normalize(text))]


def scan_single(text: str) -> Token | None:
    """The token that ``text`` (normalised, no white space) is, when it is one token: what
    :func:`scan` makes of it, without the list (``match`` at 0 finds what ``finditer`` does
    first; when it ends where the text ends it is the only token)."""
    m = _TOKEN.match(text)
    return _token(m) if m is not None and m.end() == len(text) else None


def _token(m: re.Match[str]) -> Token:
    kind = m.lastgroup or "punct"
    raw = m.group()
    start, end = m.span()
    if kind == "word":
        return Token("word", raw.lower(), start, end, None, raw[0].isupper())
    if kind == "punct":
        return Token("punct", raw, start, end)
    if kind in ("num", "suf"):
        digits = m.group("num")
        suffix = (m.group("suf") or "").lower()
        value: float
        if len(digits) > _MAX_DIGITS:
            value = _HUGE  # no calendar use; and int() refuses over 4,300 digits
        else:
            value = float(digits.replace(",", "")) if ("." in digits or "," in digits) else int(digits)
        return Token("num", raw.lower(), start, end, value, False, suffix)
    if kind == "apos":
        return Token("apos", raw.lower(), start, end, int(raw[1:3]), False,
                     "s" if raw.lower().endswith("s") else "")
    if kind == "dotted":
        return Token("word", raw.lower().replace(".", ""), start, end, None, raw[0].isupper(), ".")
    # iso, slash, ymd, dotdate, clock
    return Token(kind, raw.upper() if kind == "iso" else raw, start, end)

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

__all__ = ["Token", "scan"]

_TOKEN = re.compile(
    r"""
     (?P<iso>\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?)(?![\d])
    |(?P<slash>\d{1,2}/\d{1,2}/(?:\d{4}|\d\d))(?![\d/])
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
    clock (3:30), dotted (a.m.) or punct. ``value`` is the number for num/apos tokens."""

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
    tokens: list[Token] = []
    append = tokens.append
    for m in _TOKEN.finditer(normalize(text)):
        kind = m.lastgroup or "punct"
        raw = m.group()
        start, end = m.span()
        if kind == "word":
            append(Token("word", raw.lower(), start, end, None, raw[0].isupper()))
        elif kind == "punct":
            append(Token("punct", raw, start, end))
        elif kind in ("num", "suf"):
            digits = m.group("num")
            suffix = (m.group("suf") or "").lower()
            value: float
            if len(digits) > _MAX_DIGITS:
                value = _HUGE  # no calendar use; and int() refuses over 4,300 digits
            else:
                value = float(digits.replace(",", "")) if ("." in digits or "," in digits) else int(digits)
            append(Token("num", raw.lower(), start, end, value, False, suffix))
        elif kind == "apos":
            append(Token("apos", raw.lower(), start, end, int(raw[1:3]), False,
                         "s" if raw.lower().endswith("s") else ""))
        elif kind == "dotted":
            append(Token("word", raw.lower().replace(".", ""), start, end, None, raw[0].isupper(), "."))
        else:  # iso, slash, clock
            append(Token(kind, raw.upper() if kind == "iso" else raw, start, end))
    return tokens

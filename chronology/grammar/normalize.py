"""Unicode clean-up that keeps offsets: every character maps to exactly one character.

Non-breaking and thin spaces become spaces; curly quotes and primes become ASCII quotes;
hyphens, en and em dashes and the minus sign become ``-``. Because the mapping is one
character to one character, an offset into the normalised text is an offset into the
original, and mentions can quote the user's own wording.

>>> normalize("5\u20137 November\u00a01999 \u201csoon\u201d")
'5-7 November 1999 "soon"'
"""

from __future__ import annotations

__all__ = ["normalize"]

_SPACES = "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\n\x0b\x0c"
_SINGLE_QUOTES = "\u2018\u2019\u201a\u201b\u2032\u0060\u00b4"
_DOUBLE_QUOTES = "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"

_TABLE = str.maketrans(
    {**{c: " " for c in _SPACES}, **{c: "'" for c in _SINGLE_QUOTES},
     **{c: '"' for c in _DOUBLE_QUOTES}, **{c: "-" for c in _DASHES}}
)


def normalize(text: str) -> str:
    """Map typographic variants to ASCII, one character for one character (offsets are kept).

    Printable ASCII holds no character of the table but the backtick, so such text (most
    text) is returned as it is without a translation pass."""
    if text.isascii() and text.isprintable() and "`" not in text:
        return text
    return text.translate(_TABLE)

"""Sentence boundaries, found in one linear pass (no model, no download).

A sentence ends at ``.``, ``!`` or ``?`` (plus closing quotes or brackets) followed by white
space and a capital, digit or quote — unless the word before the dot is a known abbreviation
("Nov.", "Mr.", "U.S.") — and at every blank line.

>>> text = "Talks began on Nov. 5. They ended Friday.\\n\\nNew part"
>>> [text[a:b] for a, b in sentences(text)]
['Talks began on Nov. 5.', 'They ended Friday.', 'New part']
"""

from __future__ import annotations

import re
from bisect import bisect_right

__all__ = ["ABBREVIATIONS", "sentence_at", "sentences"]

#: words that end with a dot without ending the sentence
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
    "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "nos", "vol", "pp", "fig",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "approx", "ca", "c", "cf",
    "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "mt", "ft", "ave", "blvd", "dept", "univ",
})

_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+|\n[ \t]*\n")
_WORD_BEFORE = re.compile(r"[A-Za-z.]{1,12}$")


def sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of each sentence, leading/trailing blanks excluded."""
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _END.finditer(text):
        end = m.end()
        if text[m.start()] == ".":
            before = _WORD_BEFORE.search(text, max(0, m.start() - 12), m.start())
            word = before.group().lower().lstrip(".") if before else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        if text[m.start()] != "\n" and end < n and not (text[end].isupper() or text[end].isdigit()
                                                          or text[end] in "\"'\u201c\u2018(["):
            continue
        # keep closing quotes/brackets that followed the full stop with their sentence
        _add(out, text, start, m.end() if text[m.start()] != "\n" else m.start())  # _add trims the blanks
        start = end
    _add(out, text, start, n)
    return out


def _add(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        # keep closing quotes/brackets that followed the full stop with their sentence
        out.append((start, end))


def sentence_at(bounds: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The sentence containing ``offset`` (bounds as returned by :func:`sentences`)."""
    i = bisect_right(bounds, (offset, float("inf"))) - 1
    if i >= 0 and bounds[i][0] <= offset < bounds[i][1]:
        return bounds[i]
    return None

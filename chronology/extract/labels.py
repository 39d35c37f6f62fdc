"""Short, readable event labels cut from the clause around a mention (no NLP model).

The label is the clause that holds the mention — the stretch of its sentence between
clause breaks (; : — and commas before a conjunction) — with the mention itself and the
prepositions that introduced it removed, trimmed to :data:`MAX_WORDS` words.

>>> s = "Rebels left their camps on November 5, 6 and 7, a spokesman said."
>>> label_for(s, s.index("November"), s.index(", a spokesman"))
'Rebels left their camps'
"""

from __future__ import annotations

import re

__all__ = ["MAX_WORDS", "label_for"]

#: the longest label, in words (the full sentence stays in the event's provenance)
MAX_WORDS = 10

_BREAK = re.compile(r";|:|\s[\u2014\u2013]\s|\s--\s|\(|\)|,\s(?:and|but|while|when|after|before|as)\s|,\s(?=[a-z]+\s+said\b)")
_EDGE = frozenset({
    "on", "in", "at", "during", "since", "by", "from", "until", "till", "to", "for", "of", "and",
    "or", "but", "the", "a", "an", "as", "after", "before", "between", "around", "about", "that",
    "which", "when", "while", "with", "through", "throughout", "early", "late", "mid", "this",
    "last", "next", "ago", "later", "earlier", "then", "also", "so", "said", "says", "-", "--",
})
_STRIP = ",.;:!?\"'()[]\u201c\u201d\u2018\u2019 "


def _clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The clause text before and after the mention (offsets relative to ``sentence``)."""
    left_break = 0
    for m in _BREAK.finditer(sentence, 0, start):
        left_break = m.end()
    right = _BREAK.search(sentence, end)
    right_break = right.start() if right else len(sentence)
    return sentence[left_break:start], sentence[end:right_break]


_ARTICLES = frozenset({"the", "a", "an"})


def _trim(words: list[str]) -> list[str]:
    # a leading article stays with its noun ("The army pushed them back")
    while words and words[0].lower().strip(_STRIP) in (_EDGE - _ARTICLES) | {""}:
        words = words[1:]
    while words and words[-1].lower().strip(_STRIP) in _EDGE | {""}:
        words = words[:-1]
    return words


def label_for(sentence: str, start: int, end: int, fallback: str = "", after_offset: int = 0) -> str:
    """A short label for the event dated by ``sentence[start:end]``; words before
    ``after_offset`` (the end of an earlier date in the same sentence) belong to that date."""
    before, after = _clause(sentence, start, end)
    if after_offset:
        cut = start - after_offset
        before = before[-cut:] if 0 < cut < len(before) else before
    left = _trim(before.split())
    right = _trim(after.split())
    words = left if len(left) >= 2 else (left + right if left else right)
    if len(words) < 2:
        # "… on November 6 and again three days later": the sentence says what happened
        words = _trim((sentence[:start] + " " + sentence[end:]).split())
    if not words:
        return fallback or sentence.strip()[:80]
    if len(words) > MAX_WORDS:
        words = _trim(words[:MAX_WORDS]) or words[:MAX_WORDS]  # no "… their camps in…"
        text = " ".join(words).rstrip(_STRIP) + "\u2026"
    else:
        text = " ".join(words).strip(_STRIP)
    return text[:1].upper() + text[1:] if text else (fallback or sentence.strip()[:80])

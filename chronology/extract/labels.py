"""Short, readable event labels cut from the clause around a mention (no NLP model).

The label is the clause that holds the mention — the stretch of its sentence between
clause breaks (; : — and commas before a conjunction) — with the mention itself and the
prepositions that introduced it removed, trimmed to :data:`MAX_WORDS` words. Two readings
make it say what happened rather than who spoke or what was named first: what was said
("officials warned that troops might enter the valleys next month" → "Troops might enter the
valleys"), and relative clauses told about their noun ("Merin, which the army recaptured in
the spring" → "The army recaptured Merin"; "talks that opened in Lusk" → "Talks opened in Lusk").

>>> s = "Rebels left their camps on November 5, 6 and 7, a spokesman said."
>>> label_for(s, s.index("November"), s.index(", a spokesman"))
'Rebels left their camps'
"""

from __future__ import annotations

import re

__all__ = ["MAX_WORDS", "label_for"]

#: the longest label, in words (the full sentence stays in the event's provenance)
MAX_WORDS = 10

_BREAK = re.compile(
    r";|:|\s[\u2014\u2013]\s|\s--\s|\(|\)|,\s(?:and|but|while|when|after|before|as)\s|,\s(?=[a-z]+\s+said\b)"
    # reported speech: what was said is the event ("warned that troops might enter …")
    r"|\b(?:said|says|say|told\s+\w+|warned|warns|predicted|predicts|announced|announces|insisted|insists"
    r"|argued|argues|claimed|added|agreed|agrees|reported|believes|believed)"
    r"(?:\s+only)?\s+that\s|\band\s+that\s")
#: a relative clause after a comma: ", which the army recaptured in the spring"
_RELATIVE = re.compile(r",\s(?:which|who|whom)\s")
#: a restrictive relative whose verb is in the past: "talks that opened in Lusk on October 12"
_THAT_VERB = re.compile(r"\b([A-Za-z]+)\s+that\s+(?=[a-z]+ed\b)")
#: words that open a clause with its own subject ("which the army recaptured": an object relative)
_SUBJECT_START = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "it", "he", "she", "they",
                            "we", "i", "you", "this", "that", "these", "those"})
_EDGE = frozenset({
    "on", "in", "at", "during", "since", "by", "from", "until", "till", "to", "for", "of", "and",
    "or", "but", "the", "a", "an", "as", "after", "before", "between", "around", "about", "that",
    "which", "when", "while", "with", "through", "throughout", "early", "late", "mid", "this",
    "last", "next", "ago", "later", "earlier", "then", "also", "so", "said", "says", "-", "--",
    "over",
})
_STRIP = ",.;:!?\"'()[]\u201c\u201d\u2018\u2019 "


def _clause(sentence: str, start: int, end: int) -> tuple[str, str, bool]:
    """The clause text before and after the mention (offsets relative to ``sentence``), and
    whether the text before is only a subject whose verb follows the mention ("Mr. Doyle, who
    yesterday trimmed …")."""
    left_break = 0
    for m in _BREAK.finditer(sentence, 0, start):
        left_break = m.end()
    right = _BREAK.search(sentence, end)
    right_break = right.start() if right else len(sentence)
    before, after = sentence[left_break:start], sentence[end:right_break]
    relative = None
    for m in _RELATIVE.finditer(before):
        relative = m
    if relative is not None:
        antecedent = _antecedent(before[:relative.start()])
        clause = before[relative.end():]
        if antecedent is None:
            return before, after, False
        if not clause.strip():
            return antecedent, after, True
        return _relative_clause(antecedent, clause), after, False
    restrictive = None
    for m in _THAT_VERB.finditer(before):
        restrictive = m
    if restrictive is not None and restrictive.group(1).lower() not in _EDGE:
        before = f"{restrictive.group(1)} {before[restrictive.end():]}"  # "talks opened in Lusk on"
    return before, after, False


def _antecedent(head: str) -> str | None:
    """The noun phrase a relative clause is told about: what follows the last comma ("the
    district capital, Merin"), else the noun phrase ending ``head``: one starting with an
    article ("… at the bridge") or a name ("James A. Taylor", "Kellogg stock"); None if unsure."""
    if "," in head:
        found = head[head.rfind(",") + 1:].strip()
        return found if found and len(found.split()) <= 6 else None
    tail: list[str] = []
    for w in reversed(head.split()):
        low = w.lower()
        if low in _ARTICLES:
            tail.insert(0, w)
            return " ".join(tail)
        if low in _EDGE or len(tail) == 4 or (tail and not w[:1].isupper() and tail[0][:1].isupper()):
            break
        tail.insert(0, w)
    return " ".join(tail) if tail and tail[0][:1].isupper() else None


def _relative_clause(antecedent: str, clause: str) -> str:
    """"the army recaptured in" about "Merin" → "the army recaptured Merin in"; "fell in" about
    "Merin" → "Merin fell in"."""
    words = clause.split()
    if words[0].lower() in _SUBJECT_START:  # an object relative: the clause has its subject
        verb_end = len(words) - 1 if len(words) > 1 and words[-1].lower() in _EDGE else len(words)
        return " ".join([*words[:verb_end], antecedent, *words[verb_end:]])
    return f"{antecedent} {clause}"  # a subject relative


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
    before, after, subject_only = _clause(sentence, start, end)
    if after_offset:
        cut = start - after_offset
        before = before[-cut:] if 0 < cut < len(before) else before
    left = _trim(before.split())
    right = _trim(after.split())
    words = left if len(left) >= 2 and not subject_only else (left + right if left else right)
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

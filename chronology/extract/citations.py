"""Citations: dates inside parenthesised source references are the sources' dates.

"(Itar-Tass, November 5-7; see the Monitor, October 4-5, 27)" dates two reports, not events.

>>> text = "Talks failed (Interfax, November 5)."
>>> spans = paren_spans(text)
>>> from chronology.grammar.lexicon import load_lexicon
>>> in_citation(text, spans, text.index("November"), text.index(")"), load_lexicon("en"))
True
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

__all__ = ["in_citation", "paren_spans"]

def paren_spans(text: str) -> list[tuple[int, int]]:
    """Top-level (…) spans, found in one pass; an unclosed "(" closes at the paragraph end."""
    spans: list[tuple[int, int]] = []
    depth, start = 0, -1
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
        elif ch == "\n" and depth and text.startswith("\n", i + 1):
            depth = 0
    return spans


def in_citation(text: str, parens: list[tuple[int, int]], start: int, end: int, lexicon: Any) -> bool:
    """Whether a mention sits in a parenthesised source reference: "(Itar-Tass, November 5-7)"."""
    i = bisect_right(parens, (start, len(text) + 1)) - 1
    if i < 0:
        return False
    a, b = parens[i]
    if not (a < start and end < b):
        return False
    inside = text[a + 1:b - 1]
    words = inside.replace(";", ",").split(",")
    markers = lexicon.words("citation_marker") if "citation_marker" in lexicon.class_names else {}
    head = words[0].strip()
    if head.startswith("according to "):  # "(according to Interfax, November 5)"
        head = head[len("according to "):].lstrip()
    lowered = inside.lower()
    if any(f"{w} " in lowered or lowered.startswith(w) for w in markers):
        return True
    # "Source, date": the part before the first comma is a capitalised name, not a date
    return bool(head) and head[0].isupper() and len(words) >= 2 and len(head) <= 60 and not any(
        ch.isdigit() for ch in head)

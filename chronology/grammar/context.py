"""Context checks builders use to veto readings: "may" the verb, "1500" the count.

Each check looks only at the tokens next to a match, so it costs O(1) per match.

>>> from chronology.grammar.matcher import analyse
>>> [i.rule for i in analyse("You may go in May.").select()]
['month-alone']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronology.grammar.lexicon import load_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from chronology.grammar.matcher import Slots

__all__ = ["day_list_closes", "month_word_is_date", "season_word_is_date", "year_is_date"]

# words after which a bare month or year reads as a date
_DATE_INTRO = frozenset({
    "in", "since", "until", "till", "by", "during", "of", "from", "to", "through", "throughout",
    "before", "after", "between", "and", "or", "early", "late", "mid", "last", "next", "this", "that",
    "fiscal", "around", "about", "circa", "c", "ca", "-", "(", ",", "on", "for", "spring", "summer",
    "autumn", "fall", "winter", "year", "end", "beginning", "start", "middle", "the", "as",
    "at", "year-end", "into", "ending", "past", "every", "each", "latter", "'",
})
# words after which a bare year can still be a date (the 1998 budget, 1998 was...)
_YEAR_FOLLOW = frozenset({
    "and", "or", "to", "when", "as", "was", "were", "is", "had", "has", "will", "would", "through",
    "until", "till", "the", "in", "on", "after", "before", "but", "because", "while", "with",
})
_NOT_YEAR_BEFORE = frozenset({"$", "#", "no", "number", "nos", "flight", "route", "room", "page", "pp", "p",
                              "version", "model", "type", "boeing", "airbus", "article", "section"})
_NOT_YEAR_AFTER = frozenset({"%", "percent", "people", "troops", "soldiers", "men", "women", "persons",
                             "dollars", "yen", "pounds", "tons", "tonnes", "miles", "kilometers", "feet",
                             "meters", "barrels", "shares", "votes", "cases", "points", "units", "hours",
                             "minutes", "seconds", "cars", "jobs", "workers", "employees", "members",
                             "deaths", "acres", "copies", "homes", "students", "children", "refugees"})


def _prev(s: Slots) -> str | None:
    return s.tokens[s.start - 1].text if s.start > 0 else None


def _next(s: Slots) -> str | None:
    return s.tokens[s.end].text if s.end < len(s.tokens) else None


def month_word_is_date(s: Slots, slot: str, alone: bool = False) -> bool:
    """Whether the month word in ``slot`` is a month ("May 5", "in March") and not a verb or a
    name ("you may", "the March of Dimes")."""
    tok = s.token(slot)
    ambiguous = load_lexicon("en").value("month_ambiguous", tok.text) is not None
    if not ambiguous:
        return True if not alone else _next(s) not in ("of",) or s.end - s.start > 1
    if not tok.cap:
        return False
    if not alone:
        return True
    before = _prev(s) if s.token(slot) is s.tokens[s.start] else "in"
    after = _next(s)
    if after in ("of",) and before in ("the", None):
        return False
    return before in _DATE_INTRO and before != "the"


def year_is_date(s: Slots, slot: str) -> bool:
    """Whether a bare four-digit number reads as a year ("in 1998", "the 1998 budget") and not
    as a count ("1500 soldiers", "$1999", "flight 1998")."""
    before, after = _prev(s), _next(s)
    if before in _NOT_YEAR_BEFORE or after in _NOT_YEAR_AFTER:
        return False
    if before in _DATE_INTRO:
        return True
    if after is None or not after[0].isalnum():
        return True
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    if tok is not None and tok.kind == "word" and tok.cap:
        return True
    return after in _YEAR_FOLLOW or load_lexicon("en").value("month", after) is not None


def day_list_closes(s: Slots, parts: int) -> bool:
    """A list of days after a month must end cleanly: "November 5, 6 and 7" or "October 12, 20
    and …", but not "on March 3, 12 people died" (a day and a count)."""
    words = s.words()
    if parts < 2 or "and" in words or "or" in words or "y" in s:
        return True
    after = _next(s)
    return after is None or after in ("and", "or", ";", ".", ")", "(", ":") or (
        not after[0].isalnum() and after != "-")


def season_word_is_date(s: Slots, slot: str) -> bool:
    """A bare season word is a time only after a word that introduces one ("in the spring",
    "by fall"); "prices fall" and "spring into action" are not."""
    before = _prev(s) if s.token(slot) is s.tokens[s.start] else "the"
    if s.token(slot).text == "fall":
        return before in ("the", "this", "last", "next", "in", "by", "early", "late", "mid", "until", "since")
    return before in _DATE_INTRO

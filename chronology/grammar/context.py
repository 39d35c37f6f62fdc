"""Context checks builders use to veto readings: "may" the verb, "1500" the count.

Each check looks only at the tokens next to a match, so it costs O(1) per match.

>>> from chronology.grammar.matcher import analyse
>>> [i.rule for i in analyse("You may go in May.").select()]
['month-alone']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from chronology.grammar.matcher import Slots

__all__ = ["clause_follows", "count_follows", "day_list_closes", "event_follows", "fall_is_a_verb",
           "frequency_is_adverb", "month_word_is_date", "pronoun_ends", "season_word_is_date",
           "that_is_a_conjunction", "year_is_date"]

# words after which a bare month or year reads as a date
_DATE_INTRO = frozenset({
    "in", "since", "until", "till", "by", "during", "of", "from", "to", "through", "throughout",
    "before", "after", "between", "and", "or", "early", "late", "mid", "last", "next", "this", "that",
    "fiscal", "around", "about", "circa", "c", "ca", "-", "(", ",", "on", "for", "spring", "summer",
    "autumn", "fall", "winter", "year", "end", "beginning", "start", "middle", "the", "as",
    "at", "year-end", "into", "ending", "past", "every", "each", "latter", "'",
})
# what may follow a capitalised month word that opens the text ("May", "March or April"):
# nothing (the caller asked about the word alone), "or"/"to", or a closing mark
_ALONE_FOLLOW = frozenset({None, "or", "to", "-", ".", ";", ")", '"', "'"})
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
    ambiguous = s.lexicon.value("month_ambiguous", tok.text) is not None
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
    if before is None and after in _ALONE_FOLLOW:
        return True  # the text is the month ("March"), or opens with months ("March or April")
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
    return after in _YEAR_FOLLOW or s.lexicon.value("month", after) is not None


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


def count_follows(s: Slots) -> bool:
    """Whether the number ending a match counts something after it ("between May 12 and 20
    people", "20 percent"), so it is no day."""
    after = _next(s)
    return after is not None and (after in _NOT_YEAR_AFTER or after in ("%", "percent", "per"))


def frequency_is_adverb(s: Slots) -> bool:
    """Whether a frequency word stands as an adverb ("patrols run daily along the river",
    "reports weekly to the board") and not before the noun it describes ("daily volume"):
    the word after it is one that no adjective describes (lexicon ``[not_a_noun]``)."""
    after = _next(s)
    return after is not None and s.lexicon.value("not_a_noun", after) is not None


def that_is_a_conjunction(s: Slots) -> bool:
    """"said that night patrols…": after a verb of saying, "that" starts a clause, so "that
    night" is no time (lexicon ``[says_that]``)."""
    before = _prev(s)
    return before is not None and s.lexicon.value("says_that", before) is not None


#: words after which "fall" is the verb: "the shares each fall 5%", "they each fall behind"
_AFTER_VERB_FALL = frozenset({"by", "to", "from", "short", "behind", "back", "apart", "off", "into", "below",
                              "under", "over", "out", "down", "%", "percent", "sharply", "slightly"})


def fall_is_a_verb(s: Slots) -> bool:
    """Whether "each fall" is a subject's "each" and the verb ("they each fall short"), not
    the season ("the flocks come down each fall")."""
    before, after = _prev(s), _next(s)
    if before in ("they", "we", "you", "both", "which", "who", "all"):
        return True
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    return after in _AFTER_VERB_FALL or (tok is not None and tok.kind == "num")


def clause_follows(s: Slots) -> bool:
    """Whether a clause follows the match: a verb in -ing ("before signing", "after leaving"),
    not a noun phrase ("before the election") nor a time word in -ing ("before spring")."""
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    if tok is None or tok.kind != "word" or tok.cap or len(tok.text) < 5 or not tok.text.endswith("ing"):
        return False
    return not s.lexicon.classes_of(tok.text)


#: words that open a noun phrase: "before the plunge", "after his arrival"
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "these", "those"})


def event_follows(s: Slots) -> bool:
    """Whether "before"/"after" ending the match introduces an event ("the day before the
    vote", "the day after signing") rather than ending the phrase ("The day before, …"): the
    time is then counted from that event, not from the story's focus."""
    return _next(s) in _DETERMINERS or clause_follows(s)


_SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def pronoun_ends(s: Slots) -> bool:
    """Whether the word ending the match ("the week before that") stands for a time of its
    own: nothing follows it but punctuation or a new clause's subject ("… before that they hid")."""
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    return tok is None or tok.kind != "word" or tok.text in _SUBJECTS

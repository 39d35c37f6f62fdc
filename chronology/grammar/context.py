"""Context checks builders use to veto readings: "may" the verb, "1500" the count.

Each check looks only at the tokens next to a match, so it costs O(1) per match. The words a
check looks for come from the lexicon of the parse (``Slots.lexicon``): its ``[context.*]``
lists ("in", "since" before a date; "soldiers", "percent" after a count) and a few classes
(``[month_ambiguous]``, ``[not_a_noun]``, ``[says_that]``), so another language brings its own
words in ``lang/<code>/lexicon.toml``. Only punctuation and structural words of the logic
("the March of Dimes", "fall" the verb) are written here.

>>> from chronology.grammar.matcher import analyse
>>> [i.rule for i in analyse("You may go in May.").select()]
['month-alone']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from chronology.grammar.matcher import Slots

__all__ = [
    "clause_follows",
    "count_follows",
    "day_list_closes",
    "event_follows",
    "fall_is_a_verb",
    "feast_is_a_name",
    "frequency_is_adverb",
    "game_near",
    "led_season_is_date",
    "measure_near",
    "month_word_is_date",
    "pronoun_ends",
    "season_word_is_date",
    "spoken_year_ends",
    "stretch_ahead",
    "that_is_a_conjunction",
    "year_is_date",
]

# Punctuation playing the part of a [context.*] word; alike in every language, so it is code.
#: marks after which a bare month or year reads as a date ("mid-1998", "(1998", "'98")
_DATE_INTRO_MARKS = frozenset({"-", "(", ",", "'"})
#: what may follow a capitalised month word that opens the text ("May.", "March)") besides
#: [context.alone_follow] words; None: nothing follows (the caller asked about the word alone)
_ALONE_FOLLOW_MARKS = frozenset({None, "-", ".", ";", ")", '"', "'"})
#: marks before a number that make it no year ("$1999", "#1998")
_NOT_YEAR_BEFORE_MARKS = frozenset({"$", "#"})
#: marks after a number that make it a count ("20%")
_COUNT_MARKS = frozenset({"%"})


def _prev(s: Slots) -> str | None:
    return s.tokens[s.start - 1].text if s.start > 0 else None


def _next(s: Slots) -> str | None:
    return s.tokens[s.end].text if s.end < len(s.tokens) else None


def month_word_is_date(s: Slots, slot: str, alone: bool = False) -> bool:
    """Whether the month word in ``slot`` is a month ("May 5", "in March") and not a verb or a
    name ("you may", "the March of Dimes")."""
    tok = s.token(slot)
    if tok.text not in s.lexicon.word_set("month_ambiguous"):
        return True if not alone else _next(s) != "of" or s.end - s.start > 1
    if not tok.cap:
        return False
    if not alone or tok is not s.tokens[s.start]:
        return True  # a word of the match stands before the month ("last May")
    before, after = _prev(s), _next(s)
    if after == "of" and before in ("the", None):
        return False
    if before is None and (after in _ALONE_FOLLOW_MARKS or after in s.lexicon.word_set("alone_follow")):
        return True  # the text is the month ("March"), or opens with months ("March or April")
    return before != "the" and _introduces_date(s, before)


def _introduces_date(s: Slots, word: str | None) -> bool:
    """Whether a bare month, season or year after ``word`` (the word before the match) reads as
    a time ("in May", "no later than March", "no sooner than spring"; not "more than May")."""
    lexicon = s.lexicon
    return word in _DATE_INTRO_MARKS or word in lexicon.word_set("date_intro") or (
        word in lexicon.word_set("comparison_word") and s.start > 1
        and s.tokens[s.start - 2].text in lexicon.word_set("deadline_comparison"))


def _counted(s: Slots, word: str | None) -> bool:
    """Whether ``word`` after a number makes it a count ("1500 soldiers", "20%")."""
    return word in _COUNT_MARKS or word in s.lexicon.word_set("not_year_after")


def year_is_date(s: Slots, slot: str) -> bool:
    """Whether a bare four-digit number reads as a year ("in 1998", "the 1998 budget") and not
    as a count ("1500 soldiers", "$1999", "flight 1998")."""
    before, after = _prev(s), _next(s)
    if before in _NOT_YEAR_BEFORE_MARKS or before in s.lexicon.word_set("not_year_before") or _counted(s, after):
        return False
    if _introduces_date(s, before):
        return True
    value = s.token(slot).value
    if before in s.lexicon.word_set("year_possessive") and isinstance(value, int) and value % 100:
        return True  # "its 1990 invasion", "the company's 1989 results" (not "its 1500 stores")
    if after is None or not after[0].isalnum():
        return True
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    if tok is not None and tok.kind == "word" and tok.cap:
        return True
    return after in s.lexicon.word_set("year_follow") or after in s.lexicon.word_set("month")


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
    tok = s.token(slot)
    if tok is not s.tokens[s.start]:
        return True  # a word of the match stands before the season ("the spring")
    before = _prev(s)
    if tok.text == "fall":
        return before in s.lexicon.word_set("fall_intro")
    return _introduces_date(s, before)


def led_season_is_date(s: Slots) -> bool:
    """Whether a season led by an adjective ("high summer") is a time: after a word that
    introduces one ("in high summer") or standing alone; "High summer demand lifted sales"
    speaks of demand."""
    before = _prev(s)
    return _next(s) is None if before is None else _introduces_date(s, before)


def count_follows(s: Slots) -> bool:
    """Whether the number ending a match counts something after it ("between May 12 and 20
    people", "20 percent"), so it is no day."""
    after = _next(s)
    return after is not None and (_counted(s, after) or after == "per")


def feast_is_a_name(s: Slots) -> bool:
    """Whether a feast's name is part of another name ("Easter Island", "an Easter egg";
    lexicon ``[context.feast_not_before]``)."""
    return _next(s) in s.lexicon.word_set("feast_not_before")


def frequency_is_adverb(s: Slots) -> bool:
    """Whether a frequency word stands as an adverb ("patrols run daily along the river",
    "reports weekly to the board") and not before the noun it describes ("daily volume"):
    the word after it is one that no adjective describes (lexicon ``[not_a_noun]``)."""
    after = _next(s)
    return after is not None and after in s.lexicon.word_set("not_a_noun")


def that_is_a_conjunction(s: Slots) -> bool:
    """"said that night patrols…": after a verb of saying, "that" starts a clause, so "that
    night" is no time (lexicon ``[says_that]``)."""
    before = _prev(s)
    return before is not None and before in s.lexicon.word_set("says_that")


def fall_is_a_verb(s: Slots) -> bool:
    """Whether "each fall" is a subject's "each" and the verb ("they each fall short"), not
    the season ("the flocks come down each fall")."""
    before, after = _prev(s), _next(s)
    if before in s.lexicon.word_set("each_subject"):
        return True
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    return (after in _COUNT_MARKS or after in s.lexicon.word_set("after_verb_fall")
            or (tok is not None and tok.kind == "num"))


def clause_follows(s: Slots) -> bool:
    """Whether a clause follows the match: a verb in -ing ("before signing", "after leaving"),
    not a noun phrase ("before the election") nor a time word in -ing ("before spring")."""
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    if tok is None or tok.kind != "word" or tok.cap or len(tok.text) < 5 or not tok.text.endswith("ing"):
        return False
    return not s.lexicon.classes_of(tok.text)


def event_follows(s: Slots) -> bool:
    """Whether "before"/"after" ending the match introduces an event ("the day before the
    vote", "the day after signing") rather than ending the phrase ("The day before, …"): the
    time is then counted from that event, not from the story's focus."""
    return _next(s) in s.lexicon.word_set("determiner") or clause_follows(s)


def pronoun_ends(s: Slots) -> bool:
    """Whether the word ending the match ("the week before that") stands for a time of its
    own: nothing follows it but punctuation or a new clause's subject ("… before that they hid")."""
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    return tok is None or tok.kind != "word" or tok.text in s.lexicon.word_set("subject_pronoun")


def stretch_ahead(s: Slots) -> bool:
    """Whether "the next month", "the coming year" is a stretch from the reference: a forward
    ``rel`` after a [context.stretch_intro] word ("within the next month", "over the coming
    year"), not the unit after the story's ("The next month, talks failed")."""
    return bool(s.get("rel", 0) > 0) and _prev(s) in s.lexicon.word_set("stretch_intro")


def spoken_year_ends(s: Slots) -> bool:
    """Whether a year said in words ("two thousand and three", "nineteen ninety-seven") ends
    its phrase: nothing, punctuation, a capitalised word, a [context.year_follow] word or a
    subject pronoun ("… and three they left") comes next. "In May two thousand troops arrived"
    counts troops."""
    tok = s.tokens[s.end] if s.end < len(s.tokens) else None
    if tok is None or tok.kind != "word" or tok.cap:
        return True
    return tok.text in s.lexicon.word_set("year_follow") or tok.text in s.lexicon.word_set("subject_pronoun")


#: how many tokens on each side of a match :func:`game_near` looks at
GAME_WINDOW = 12


def game_near(s: Slots) -> bool:
    """Whether words of a game ([context.game_word]: "scored", "goal", "striker" …) stand within
    :data:`GAME_WINDOW` tokens of the match, in its sentence: "the first half" is then half of a
    match ("In the first half, their striker scored twice"), not of a year."""
    game = s.lexicon.word_set("game_word")
    return _in_sentence_before(s, game, GAME_WINDOW) or _in_sentence_after(s, game, GAME_WINDOW)


_SENTENCE_MARKS = frozenset(".;!?")


def _in_sentence_before(s: Slots, words: frozenset[str], window: int) -> bool:
    """Whether one of ``words`` stands up to ``window`` tokens before the match, in its sentence."""
    return _in_sentence(s, words, range(s.start - 1, max(-1, s.start - 1 - window), -1))


def _in_sentence_after(s: Slots, words: frozenset[str], window: int) -> bool:
    """Whether one of ``words`` stands up to ``window`` tokens after the match, in its sentence."""
    return _in_sentence(s, words, range(s.end, min(len(s.tokens), s.end + window)))


def _in_sentence(s: Slots, words: frozenset[str], positions: range) -> bool:
    """Whether one of ``words`` stands at ``positions`` (walked from the match outward) before
    a sentence mark."""
    for i in positions:
        t = s.tokens[i]
        if t.kind == "punct" and t.text in _SENTENCE_MARKS:
            return False
        if t.text in words:
            return True
    return False


#: how many tokens before a match :func:`measure_near` looks back
MEASURE_WINDOW = 4


def measure_near(s: Slots) -> bool:
    """Whether a word of a measured quantity ([context.measure_word]: "temperatures", "highs",
    "aged", "scores" …) stands up to :data:`MEASURE_WINDOW` tokens before the match, in its
    sentence, or right after it: "the 60s" is then a range of readings ("temperatures in the
    60s", "highs in the mid-60s", "the 90s Fahrenheit"), no decade."""
    measure = s.lexicon.word_set("measure_word")
    return _next(s) in measure or _in_sentence_before(s, measure, MEASURE_WINDOW)

"""Tense around a mention, from the words just before (and after) it, in one sentence.

"will meet on Monday" puts Monday in the future; "met on Monday" in the past. The marker words
are language data: ``[future_marker]``, ``[past_marker]``, ``[not_past]`` (words in -ed that
are not past forms) and ``[past_auxiliary]`` (before a future marker: a plan told in the past,
"had been due to expire Friday") in ``chronology/lang/<code>/lexicon.toml``.

>>> from chronology.grammar.lexicon import load_lexicon
>>> from chronology.grammar.scanner import scan
>>> tokens = scan("The envoys will meet on Monday")
>>> tense_near(tokens, 5, 6, load_lexicon("en"))
'future'

After a deadline word ("by", "until", "not until", "no later than") the clause's verb
decides, before or (when the deadline opens the sentence) after the time:

>>> tense_near(scan("By March the roads closed"), 1, 2, load_lexicon("en"))
'past'
>>> tense_near(scan("The roads will close by March"), 5, 6, load_lexicon("en"))
'future'
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronology.grammar.lexicon import Lexicon

__all__ = ["TENSE_WINDOW", "past_verb_before", "tense_near"]

#: how many tokens before a mention are searched for tense ("will meet on Monday", "met Monday")
TENSE_WINDOW = 6


def tense_near(tokens: list[Any], start: int, end: int, lexicon: Lexicon) -> str | None:
    """"future" or "past" from the words just before (and after) a mention, else None."""
    future, _, _, auxiliary = _markers(lexicon)
    is_past, is_past_at = _past_forms(tokens, lexicon)

    lo = max(0, start - TENSE_WINDOW)
    phrase = _deadline_start(tokens, start, lexicon)
    if phrase is not None:
        # "closed by March", "By March the roads closed", "did not reopen until March", "will
        # close by March": the verb of the clause decides, not the deadline word
        clause = _Clause(tokens, lexicon, is_past_at)
        verb = clause.verb_before(phrase)
        if verb == "past" and clause.future_after(end):
            verb = "future"  # "the money raised by March will fund": "raised" describes the money
        elif verb is None and _opens_clause(tokens, phrase, lexicon):
            verb = clause.verb_after(end)
        if verb is not None:
            return verb
    found: str | None = None
    deadline = start > 0 and tokens[start - 1].text == "by"  # "by May": usually ahead
    told_in_past = False
    nouns, determiners = lexicon.word_set("future_noun"), lexicon.word_set("determiner")
    until, through = lexicon.word_set("until_word"), lexicon.word_set("through_word")
    opening = True  # whether only a few intro words stand between the sentence start and here
    bounded = lo == 0  # whether that start lies inside the window
    auxiliary_seen = False  # "had", "was", "were": a clause told in the past ("had filed")
    for i in range(lo, start):
        t = tokens[i]
        if t.kind == "punct" and t.text in _SENTENCE_ENDS:
            found, told_in_past, opening, bounded = None, False, True, True  # another sentence
            auxiliary_seen = False
            continue
        auxiliary_seen = auxiliary_seen or t.text in auxiliary
        opening = opening and t.text in lexicon.word_set("date_intro")
        if t.text in nouns and i > 0 and tokens[i - 1].text in determiners:
            continue  # "announced the plan Aug. 21": a noun, no plan for the future
        if t.text in future or t.text == "would":  # "said they would return in the spring"
            # a plan told in the past tense ("had been due to expire Friday", "was scheduled
            # to begin Monday") is one whose day has usually passed
            told_in_past = told_in_past or _after_past_auxiliary(tokens, i, lo, auxiliary, lexicon) or (
                t.text in until and _after_past_verb(tokens, i, lo, is_past, lexicon))
            found = "past" if told_in_past else "future"
        elif t.text in through and _after_present_state(tokens, i, lo, lexicon):
            found = "future"  # "the curfew stays in force through the weekend"
        elif is_past_at(i):
            found = "past" if found != "future" else found
    if deadline:
        # "by the end of the year" is a deadline ahead, unless the clause is told in the past
        # with an auxiliary ("had filed reports by Wednesday"; not "are supposed to end by May"),
        # also when the deadline opens the sentence ("By the weekend, shelling had resumed")
        if found is None and opening and bounded and _past_perfect_after(tokens, end, auxiliary, is_past):
            return "past"
        return "past" if found == "past" and auxiliary_seen else "future"
    if found is None:
        # the words after: the verb next to it ("Monday saw heavy fighting"), or, when the
        # mention opens its sentence ("In January, the firm hired a chief"), the main clause
        # after the comma; a comma otherwise ends the search ("is on Monday, officials said")
        opening = opening and bounded  # a sentence that began before the window is not opened here
        reach = 6 if opening else 3
        seen = 0
        for k in range(end, min(len(tokens), end + reach + 1)):
            t = tokens[k]
            if t.kind == "punct":
                if t.text == "," and opening and k == end:
                    continue
                break
            seen += 1
            if seen > reach:
                break
            if t.text in ("will", "shall"):
                return "future"
            if is_past(t):
                return "past"
    return found


def past_verb_before(tokens: list[Any], start: int, lexicon: Lexicon) -> bool:
    """Whether a past verb stands right before a mention, or before ``[context.day_preposition]``
    ("on") just before it: "The roads closed Dec. 25", "closed on December 25", "was on Christmas".

    A past verb is a regular -ed form not after a determiner or a present copula ("the revised
    date", "is closed Dec. 25": a state now), an irregular ``[past_marker]`` form other than a
    reporting verb ("said Dec. 25 would"), or a ``[past_auxiliary]`` (had, was, were, did).
    Not past here: a present perfect ``[context.present_perfect]`` ("has set Nov. 10") and a
    ``[context.date_object_verb]`` whose object is the day ("set Dec. 26 as the deadline"). A
    preposition that points ahead ("extended to Nov. 20", "until") is no such gap.

    >>> from chronology.grammar.lexicon import load_lexicon
    >>> from chronology.grammar.scanner import scan
    >>> past_verb_before(scan("The roads closed on December 25"), 4, load_lexicon("en"))
    True
    >>> past_verb_before(scan("The offer expires Dec. 25"), 3, load_lexicon("en"))
    False
    >>> past_verb_before(scan("The bid was extended to Dec. 25"), 5, load_lexicon("en"))
    False
    >>> past_verb_before(scan("The board has set Dec. 25 as the deadline"), 4, load_lexicon("en"))
    False
    """
    i = start - 1
    if i >= 0 and tokens[i].text in lexicon.word_set("day_preposition"):
        i -= 1
    if i < 0 or tokens[i].kind != "word":
        return False
    _, _, _, auxiliary = _markers(lexicon)
    if tokens[i].text in auxiliary:
        return True
    _, is_past_at = _past_forms(tokens, lexicon)
    words = lexicon.word_set
    before = tokens[i - 1].text if i > 0 else None
    return (is_past_at(i) and tokens[i].text not in words("says_that") and tokens[i].text not in words("date_object_verb")
            and before not in words("determiner") and before not in words("present_copula")
            and before not in words("present_perfect"))


#: punctuation that ends a sentence (or a clause as good as one)
_SENTENCE_ENDS = frozenset(".;!?")
#: punctuation that ends a clause: a verb beyond it is another clause's
_CLAUSE_ENDS = frozenset(".;!?,:()\"")


def _deadline_start(tokens: list[Any], start: int, lexicon: Lexicon) -> int | None:
    """Where the deadline words before a mention begin ("by", "until", "before", "not until",
    "no later than": ``[context.deadline_word]``, ``[context.deadline_comparison]`` and
    ``[context.deadline_negation]``), or None when the mention follows none."""
    i = start - 1
    if i < 0:
        return None
    if tokens[i].text in lexicon.word_set("deadline_word"):
        phrase = i
    elif (i > 0 and tokens[i].text in lexicon.word_set("comparison_word")
          and tokens[i - 1].text in lexicon.word_set("deadline_comparison")):
        phrase = i - 1  # "later than March"
    else:
        return None
    if phrase > 0 and tokens[phrase - 1].text in lexicon.word_set("deadline_negation"):
        phrase -= 1  # "not until March", "no later than March"
    return phrase


def _opens_clause(tokens: list[Any], i: int, lexicon: Lexicon) -> bool:
    """Whether only a few intro words ("and", "in") stand between ``i`` and the start of its
    sentence or of a clause after a comma ("The talks stalled in May, and by August the
    mission had left")."""
    intro, conjunctions = lexicon.word_set("date_intro"), lexicon.word_set("clause_conjunction")
    for j in range(i - 1, max(-1, i - 1 - TENSE_WINDOW), -1):
        t = tokens[j]
        if t.kind == "punct" and (t.text in _SENTENCE_ENDS or t.text in ",:"):
            return True
        if t.text not in intro and t.text not in conjunctions:
            return False
    return i <= TENSE_WINDOW


class _Clause:
    """The verb of the clause a deadline belongs to: the nearest one before the deadline words
    ("the roads closed by March", "will close by March", "did not reopen until March"), or,
    when they open the sentence, the first one after the time ("By March, the roads closed").

    A past form counts unless it follows a determiner ("the revised plan": an adjective) or a
    present copula ("is closed until Friday": a state now, which ends the search); a future
    marker counts as future unless a past auxiliary stands just before it ("did not reopen").
    A clause ends at punctuation, at a reporting verb ("said the sale closes by March") and at
    ``[context.clause_break]`` words ("asked it to respond by", "that", "if"); then the verb is
    unknown (None) and the usual rules apply."""

    def __init__(self, tokens: list[Any], lexicon: Lexicon, is_past_at: Any) -> None:
        self.tokens, self.lexicon, self.is_past_at = tokens, lexicon, is_past_at
        self.future, _, _, self.auxiliary = _markers(lexicon)
        words = lexicon.word_set
        self.breaks = words("clause_break") | words("says_that")
        self.present, self.determiners, self.nouns = words("present_copula"), words("determiner"), words("future_noun")
        self.contraction = words("future_contraction")

    def verb_before(self, phrase: int) -> str | None:
        return self._verb(range(phrase - 1, max(-1, phrase - 1 - TENSE_WINDOW), -1))

    def verb_after(self, end: int) -> str | None:
        tokens = self.tokens
        first = end + 1 if end < len(tokens) and tokens[end].text == "," else end  # "By March, the"
        return self._verb(range(first, min(len(tokens), end + TENSE_WINDOW + 1)), forward=True)

    def future_after(self, end: int) -> bool:
        """Whether the main verb after the time is future ("Applications received by Friday will
        be read first"); a ``[context.clause_conjunction]`` word ends the search ("finished by
        Friday and will rest": another verb)."""
        conjunctions = self.lexicon.word_set("clause_conjunction")
        for i in range(end, min(len(self.tokens), end + TENSE_WINDOW + 1)):
            if self.tokens[i].text in conjunctions:
                return False
            verb = self._verb_at(i)
            if verb is not None and verb != "":
                return verb == "future"
            if verb is None:
                return False
        return False

    def _verb(self, positions: range, forward: bool = False) -> str | None:
        """The tense of the clause over ``positions`` (walked from the deadline outwards): a
        future verb anywhere in it wins ("will talk with armed groups by March": "armed" is
        no past act), else a past one. Read forwards, a verb after a past auxiliary is past
        ("Not until March did the pass reopen")."""
        past = auxiliary = False
        for i in positions:
            verb = self._verb_at(i)
            if verb == "future":
                return "past" if auxiliary else verb
            if verb is None:
                break
            past = past or verb == "past"
            auxiliary = auxiliary or (forward and self.tokens[i].text in self.auxiliary)
        return "past" if past else None

    def _verb_at(self, i: int) -> str | None:
        """"past", "future", None (the clause ends here) or "" (no verb here: search on); a
        future marker told in the past ("did not reopen") is "past"."""
        tokens = self.tokens
        t = tokens[i]
        if t.kind == "punct":
            return None if t.text in _CLAUSE_ENDS else ""
        before = tokens[i - 1].text if i > 0 else None
        if t.text in self.breaks or t.text in self.present:
            return None
        if t.text in self.contraction and i + 1 < len(tokens) and tokens[i + 1].text == "'":
            return "future"  # "won't", "wouldn't"
        if t.text in self.nouns and before in self.determiners:
            return ""  # "the plan"
        if t.text in self.future or t.text == "would":
            if i > 0 and self.is_past_at(i - 1) and tokens[i - 1].text not in self.breaks:
                return ""  # "stayed open until March": a state after the past verb, which decides
            return "past" if _after_past_auxiliary(tokens, i, 0, self.auxiliary, self.lexicon) else "future"
        if self.is_past_at(i) and before not in self.determiners:
            return None if before in self.present else "past"  # "is closed until Friday": now
        return ""


def _after_past_auxiliary(tokens: list[Any], i: int, lo: int, auxiliary: Any, lexicon: Lexicon) -> bool:
    """Whether the word at ``i`` follows a past auxiliary ("had been due", "was expected",
    "did not reopen", "didn't meet"); ``[context.negation]`` words between are passed over."""
    negation = lexicon.word_set("negation")
    while i > lo and (tokens[i - 1].text in negation or tokens[i - 1].text == "'"):
        i -= 1
    for t in tokens[max(lo, i - 2):i]:
        if t.text in auxiliary:
            return True
    return False


def _past_perfect_after(tokens: list[Any], end: int, auxiliary: Any, is_past: Any) -> bool:
    """Whether the main clause after a sentence-opening mention is told in the past with an
    auxiliary ("By the weekend, shelling had resumed"), within a few words of it."""
    seen_auxiliary = False
    for t in tokens[end:end + 7]:
        if t.kind == "punct" and t.text != ",":
            return False
        seen_auxiliary = seen_auxiliary or t.text in auxiliary
        if seen_auxiliary and is_past(t):
            return True
    return False


def _after_past_verb(tokens: list[Any], i: int, lo: int, is_past: Any, lexicon: Lexicon) -> bool:
    """Whether the bound word at ``i`` ("until") ends a clause told in the past: a past verb
    just before it ("fighting continued until Wednesday", "sales fell sharply until March"),
    not a participle after a present verb ("the embassy is closed until Wednesday")."""
    present = lexicon.word_set("present_copula")
    for j in range(max(lo, i - 2), i):
        if is_past(tokens[j]):
            return not (j > 0 and tokens[j - 1].text in present)
    return False


def _after_present_state(tokens: list[Any], i: int, lo: int, lexicon: Lexicon) -> bool:
    """Whether a present copula ("is", "stays", "remains") stands within three words before
    the bound word at ``i``: "is open through", "stays in force through"."""
    present = lexicon.word_set("present_copula")
    return any(t.text in present for t in tokens[max(lo, i - 3):i])


def _past_forms(tokens: list[Any], lexicon: Lexicon) -> tuple[Callable[[Any], bool], Callable[[int], bool]]:
    """Tests for a past form: of a token (regular -ed not in ``[not_past]``, or ``[past_marker]``),
    and of the token at an index, which also passes over a noun ("no rate cut")."""
    _, past, not_past, _ = _markers(lexicon)
    noun_forms, before_noun = lexicon.word_set("noun_past_form"), lexicon.word_set("before_noun_past_form")

    def is_past(t: Any) -> bool:
        return bool(t.kind == "word" and (t.text in past or (
            len(t.text) > 4 and t.text.endswith("ed") and t.text not in not_past)))

    def is_past_at(i: int) -> bool:  # "no rate cut": a noun, not a past act
        return is_past(tokens[i]) and not (tokens[i].text in noun_forms and i > 0
                                           and tokens[i - 1].text in before_noun)

    return is_past, is_past_at


def _markers(lexicon: Lexicon) -> tuple[Any, Any, Any, Any]:
    names = lexicon.class_names

    def words(cls: str) -> Any:
        return lexicon.words(cls) if cls in names else {}

    return words("future_marker"), words("past_marker"), words("not_past"), words("past_auxiliary")

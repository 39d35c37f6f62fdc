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
"""

from __future__ import annotations

from typing import Any

from chronology.grammar.lexicon import Lexicon

__all__ = ["TENSE_WINDOW", "tense_near"]

#: how many tokens before a mention are searched for tense ("will meet on Monday", "met Monday")
TENSE_WINDOW = 6


def tense_near(tokens: list[Any], start: int, end: int, lexicon: Lexicon) -> str | None:
    """"future" or "past" from the words just before (and after) a mention, else None."""
    future, past, not_past, auxiliary = _markers(lexicon)

    noun_forms, before_noun = lexicon.word_set("noun_past_form"), lexicon.word_set("before_noun_past_form")

    def is_past(t: Any) -> bool:
        return t.kind == "word" and (t.text in past or (
            len(t.text) > 4 and t.text.endswith("ed") and t.text not in not_past))

    def is_past_at(i: int) -> bool:  # "no rate cut": a noun, not a past act
        return is_past(tokens[i]) and not (tokens[i].text in noun_forms and i > 0
                                           and tokens[i - 1].text in before_noun)

    lo = max(0, start - TENSE_WINDOW)
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
            told_in_past = told_in_past or _after_past_auxiliary(tokens, i, lo, auxiliary) or (
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


#: punctuation that ends a sentence (or a clause as good as one)
_SENTENCE_ENDS = frozenset(".;!?")


def _after_past_auxiliary(tokens: list[Any], i: int, lo: int, auxiliary: Any) -> bool:
    """Whether the word at ``i`` follows a past auxiliary ("had been due", "was expected")."""
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


def _markers(lexicon: Lexicon) -> tuple[Any, Any, Any, Any]:
    names = lexicon.class_names

    def words(cls: str) -> Any:
        return lexicon.words(cls) if cls in names else {}

    return words("future_marker"), words("past_marker"), words("not_past"), words("past_auxiliary")

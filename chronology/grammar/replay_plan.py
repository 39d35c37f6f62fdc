"""Refused matches that a token shape alone refuses, so a :class:`~chronology.grammar.matcher.Replay`
need not build them again.

A replay re-runs, over a new text of the same :func:`~chronology.grammar.matcher.shape`, the
builders of the parse and of every match a builder refused, and gives up when one of those
now accepts. Most refusals, though, are decided by what every text of the shape shares: "5"
alone after "February" is one day, which ``month_days`` leaves to ``calendar_date`` whatever
the day; "40 years" before "ago" is no vague length, whatever the count. Such a refusal is
refused again by every text of the shape, so building it again proves nothing.

:func:`plan_steps` turns a replay's recorded steps into the steps it runs: it drops each
refused match for which a proof below shows the refusal holds for every text of the shape,
then the parts only those matches used. A proof must only use what the shape fixes: the
structure of the derivation (which builders made the inputs, which slots matched), token
kinds, capitals and suffixes, the lexicon classes of words, and the texts of the tokens the
shape spells out (punctuation, and words a rule names or that belong to no class). It reads
the texts of a representative text of the shape only through :meth:`ShapeView.fixed_text`
and :meth:`ShapeView.may_read`, which know which texts the shape fixes.

A dropped step is never run, so a builder that might raise on some text of the shape must
not be dropped: only builders listed in ``_TOTAL`` (checked never to raise on values their
rules' patterns admit) are dropped as unused parts.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from typing import Any

from chronology.grammar.builders import dates, lengths, numbers, periods
from chronology.grammar.context import month_word_is_date, season_word_is_date, year_is_date
from chronology.grammar.lexicon import Lexicon
from chronology.grammar.matcher import Slots, _PlanStep, _Step
from chronology.grammar.scanner import Token

__all__ = ["ShapeView", "plan_steps"]


class ShapeView:
    """One recorded step seen through the shape: its slots, the steps that made them, and
    the tokens of a text of the shape, read only where the shape fixes them."""

    __slots__ = ("_classes", "_literal", "_steps", "end", "index", "inputs", "lexicon", "start", "tokens")

    def __init__(self, steps: tuple[_Step, ...], index: int, tokens: list[Token],
                 classes: list[Mapping[str, Any]], lexicon: Lexicon, literal: frozenset[str]) -> None:
        self._steps = steps
        self.index = index
        _, self.start, self.end, ins, _ = steps[index]
        #: slot name -> (kind, arg, start, end), as in the recorded step
        self.inputs = {name: (kind, arg, s, e) for name, s, e, kind, arg in ins}
        self.tokens = tokens
        self._classes = classes
        self.lexicon = lexicon
        self._literal = literal

    @property
    def build(self) -> Callable[[Slots], Any]:
        """The step's builder."""
        return self._steps[self.index][0]

    def producer(self, name: str) -> ShapeView | None:
        """The step that made slot ``name`` (None when a token filled it or it is absent)."""
        found = self.inputs.get(name)
        if found is None or found[0] != 0:
            return None
        return ShapeView(self._steps, found[1], self.tokens, self._classes, self.lexicon, self._literal)

    def fixed_text(self, p: int) -> str | None:
        """The text of token ``p`` when the shape spells it out (punctuation, and words that a
        rule names or that have no lexicon class); None when texts of the shape may differ
        there (other words, numbers and dates)."""
        t = self.tokens[p]
        if t.kind == "punct":
            return t.text
        if t.kind == "word" and (not self._classes[p] or t.text in self._literal):
            return t.text
        return None

    def may_read(self, p: int, words: Collection[str]) -> bool:
        """Whether token ``p`` may be one of ``words`` in some text of the shape. A word the
        shape does not spell out is a lexicon word no rule names (so none of ``words`` that
        a rule names); the other tokens whose text varies hold a digit."""
        fixed = self.fixed_text(p)
        if fixed is not None:
            return fixed in words
        if self.tokens[p].kind == "word":
            return any(w not in self._literal for w in words)
        return any(any(c.isdigit() for c in w) for w in words)

    def decided(self, p: int) -> bool:
        """Whether every check reads token ``p`` alike in all texts of the shape, when the
        checks read its text only by comparing it with words and marks or by the kind of its
        first character: there is no such token (the text ends), the shape spells it out, or
        it is a number or date (its text holds a digit, so it equals no word of the lexicon,
        whose words are letters, and no mark; it opens with a digit, or with the apostrophe
        of "'98", as its kind, which the shape holds, says)."""
        if p < 0 or p >= len(self.tokens):
            return True
        return self.fixed_text(p) is not None or self.tokens[p].kind != "word"

    def spellings(self, p: int) -> tuple[str, ...] | None:
        """The texts token ``p`` may have in texts of the shape, as far as checks that compare
        it with words and marks can tell: its own text when :meth:`decided`, else (a word of
        the lexicon that no rule names) every word with its classes that no rule names.
        None when there is no token ``p``."""
        if p < 0 or p >= len(self.tokens):
            return None
        if self.decided(p):
            return (self.tokens[p].text,)
        classes = tuple(self._classes[p])
        key = (self.lexicon.language, classes)
        found = _SPELLINGS.get(key)
        if found is None:
            found = _SPELLINGS[key] = tuple(sorted(w for w in self.lexicon.words_with_classes(classes)
                                                   if w not in self._literal))
        return found

    def outcomes(self, check: Callable[[Slots], Any], positions: tuple[int, ...]) -> set[Any]:
        """What ``check`` gives over every spelling (:meth:`spellings`) of the tokens at
        ``positions``, the other tokens as they are: one outcome means the shape decides it,
        if the check reads those tokens only by comparing their texts with words and marks
        (and the other tokens only where the shape fixes them). An empty set: too many
        spellings to try, or the check failed on one (planning must never fail a parse)."""
        options = [(p, self.spellings(p)) for p in positions if 0 <= p < len(self.tokens)]
        combos = 1
        for _, texts in options:
            combos *= len(texts or ())
        if combos > _MAX_SPELLINGS:
            return set()
        results: set[Any] = set()
        tokens = list(self.tokens)
        spans = tuple((name, None, s, e, None) for name, (_, _, s, e) in self.inputs.items())

        def run(k: int) -> None:
            if k == len(options):
                results.add(check(Slots(spans, tokens, self.start, self.end, self.lexicon)))
                return
            p, texts = options[k]
            for text in texts or ():
                tokens[p] = self.tokens[p]._replace(text=text)
                run(k + 1)
            tokens[p] = self.tokens[p]

        try:
            run(0)
        except Exception:  # noqa: BLE001 - a check that fails on some spelling decides nothing
            return set()
        return results

    def classes(self, p: int) -> Mapping[str, Any]:
        """The lexicon classes of token ``p`` (the shape holds them)."""
        return self._classes[p]

    def slots(self) -> Slots:
        """A Slots with the step's place, tokens and slot spans, every value None (a proof
        may only read what the shape fixes: the tokens, through the checks above)."""
        return Slots(tuple((name, None, s, e, None) for name, (_, _, s, e) in self.inputs.items()),
                     self.tokens, self.start, self.end, self.lexicon)


def _single_day(v: ShapeView) -> bool:
    """``month_days`` refuses one day first ("February 22" is ``calendar_date``'s): its days
    come from ``day_list`` over "a:#day" alone, which makes ``[(a, a)]`` (or nothing)."""
    days = v.producer("days")
    return days is not None and days.build is dates.day_list and set(days.inputs) == {"a"}


def _may_be_vague(v: ShapeView | None) -> bool:
    """Whether the step may make a length whose unit is not said (``vague_unit``), bare or
    under the Approx/Bound wrappers ``_unwrap`` peels."""
    if v is None:
        return True
    if v.build in _NEVER_VAGUE:
        return False
    if v.build in _AS_VAGUE_AS_D:
        return _may_be_vague(v.producer("d")) if "d" in v.inputs else v.build is not lengths.duration_more
    return True


#: builders whose value is never a vague-unit length, bare or wrapped
_NEVER_VAGUE = frozenset({
    lengths.duration, lengths.duration_one, lengths.duration_unit_and_half, lengths.duration_bare_plural,
    lengths.duration_units_or, lengths.duration_anchored, lengths.duration_anchored_unit,
    lengths.recent_units, lengths.units_ahead,
})
#: builders whose value is slot "d" or a wrapper of it (``duration_more`` without "d" makes
#: ``duration_one``'s length)
_AS_VAGUE_AS_D = frozenset({
    lengths.duration_approx, lengths.duration_bound, lengths.duration_or_so, lengths.duration_more,
})


def _not_vague(v: ShapeView) -> bool:
    """``vague_ago`` ("a while ago") refuses a length whose unit is said ("40 years ago")."""
    return not _may_be_vague(v.producer("d"))


def _no_more_word(v: ShapeView) -> bool:
    """``duration_more`` first refuses a match whose first two words hold no "another",
    "additional", "extra" or "further" ("40 years" before "ago")."""
    return not any(v.may_read(p, lengths._MORE_WORDS) for p in range(v.start, min(v.start + 2, v.end)))


def _counted(v: ShapeView) -> bool:
    """``duration_bare_plural`` ("for years") first refuses a plural unit after a count
    ("40 years"). ``_counted_before`` reads the kinds of the two tokens before the match and
    their lexicon classes, which the shape fixes (a word's classes are in its shape; the
    words of the lexicon are letters, so tokens with digits have none)."""
    return lengths._counted_before(v.slots())


def _around(v: ShapeView, *slots: str) -> tuple[int, ...]:
    """The tokens a context check reads: those of ``slots`` and those just before and after
    the match."""
    return (*(v.inputs[name][2] for name in slots), v.start - 1, v.end)


def _month_alone(s: Slots) -> bool:
    return month_word_is_date(s, "m", alone=True)


def _month_not_date(v: ShapeView) -> bool:
    """``month_cyclic`` without "rel" ("Aug." before "4, 1963") refuses a month word that
    ``month_word_is_date`` (alone) reads as no date. That check reads the month word's text
    (against ``[month_ambiguous]``), its capital and place, and the texts of the tokens
    around the match, which it compares with words and marks only."""
    if "rel" in v.inputs or "m" not in v.inputs:
        return False
    return v.outcomes(_month_alone, _around(v, "m")) == {False}


def _season_is_date(s: Slots) -> bool:
    return season_word_is_date(s, "se")


def _season_not_date(v: ShapeView) -> bool:
    """``season`` with neither "base", "y" nor "rel" ("spring" before "1923") refuses a season
    word that ``season_word_is_date`` reads as no date. That check reads the season word's
    text ("fall"?) and place, and the text before the match, compared with words and marks."""
    if any(name in v.inputs for name in ("base", "y", "rel")) or "se" not in v.inputs:
        return False
    return v.outcomes(_season_is_date, _around(v, "se")) == {False}


#: for a builder, proofs that the shape alone makes it refuse (any one suffices)
PROOFS: dict[Callable[[Slots], Any], tuple[Callable[[ShapeView], bool], ...]] = {
    dates.month_days: (_single_day,),
    dates.month_cyclic: (_month_not_date,),
    periods.season: (_season_not_date,),
    lengths.vague_ago: (_not_vague,),
    lengths.duration_more: (_no_more_word,),
    lengths.duration_bare_plural: (_counted,),
}

#: builders that never raise on the values their rules' patterns admit: an unused step of
#: theirs may be dropped
_TOTAL = frozenset({
    dates.day_list, lengths.duration_approx, lengths.duration, numbers.number, numbers.quantity,
})


def _calendar_date(v: ShapeView) -> Callable[[Slots], Any] | None:
    """``calendar_date`` first checks its month word with ``month_word_is_date`` (not alone):
    true unless the word is in ``[month_ambiguous]`` and has no capital. The shape holds the
    capital, and, ``[month_ambiguous]`` being a class, whether the word is in it (a word's
    classes are in its shape), so no spellings need trying."""
    if "m" not in v.inputs:
        return dates.calendar_date_of_month
    p = v.inputs["m"][2]
    if "month_ambiguous" not in v.lexicon.class_names:
        return None
    if "month_ambiguous" not in v.classes(p) or v.tokens[p].cap:
        return dates.calendar_date_of_month
    return None


def _year_is_date(s: Slots) -> bool | None:
    if s.start > 0 and s.tokens[s.start - 1].text in s.lexicon.word_set("year_possessive"):
        return None  # then year_is_date reads the year's value, which texts of the shape do not share
    return year_is_date(s, "y")


def _year(v: ShapeView) -> Callable[[Slots], Any] | None:
    """``year`` first checks ``year_is_date``, which compares the texts around the match with
    words and marks, reads the first character of the text after (a letter or digit for
    words and numbers; the apostrophe of "'98": the kind tells), the kind and capital of the
    token after, and the year's value only after a possessive ("its 1990 invasion")."""
    return dates.year_of_date if v.outcomes(_year_is_date, _around(v)) == {True} else None


#: for a builder, a function giving the builder to run instead for texts of the shape, or
#: None (the builder as it is): the same builder with the checks the shape decides left out
SPECIAL: dict[Callable[[Slots], Any], Callable[[ShapeView], Callable[[Slots], Any] | None]] = {
    dates.calendar_date: _calendar_date,
    dates.year: _year,
}


#: spellings of a class tuple no rule names, per language (see ShapeView.spellings)
_SPELLINGS: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
#: the most combinations of spellings ShapeView.outcomes tries
_MAX_SPELLINGS = 256


#: builders that return their one slot's value as it is (``number``: "18" is 18): a step of
#: theirs is skipped, its users reading that slot's source directly
_IDENTITY: dict[Callable[[Slots], Any], str] = {numbers.number: "n"}


def plan_steps(steps: tuple[_Step, ...], tokens: list[Token], classes: list[Mapping[str, Any]],
               lexicon: Lexicon, literal: frozenset[str]) -> tuple[_PlanStep, ...]:
    """The steps a replay runs for texts of the shape of ``tokens`` (see the module doc)."""
    n = len(steps)
    keep = [True] * n
    for i, (build, _, _, _, role) in enumerate(steps):
        if role == 2:
            proofs = PROOFS.get(build, ())
            if proofs:
                view = ShapeView(steps, i, tokens, classes, lexicon, literal)
                if any(proof(view) for proof in proofs):
                    keep[i] = False
    # the source (kind, arg, start) each identity step passes on
    forward: dict[int, tuple[int, Any, int]] = {}
    for i, (build, _, _, ins, role) in enumerate(steps):
        if role == 0 and len(ins) == 1 and ins[0][0] == _IDENTITY.get(build):
            _, s, _, kind, arg = ins[0]
            forward[i] = forward.get(arg, (0, arg, s)) if kind == 0 else (kind, arg, s)
    sources: list[list[tuple[str, int, int, int, Any]]] = []
    for _, _, _, ins, _ in steps:
        row = []
        for name, s, e, kind, arg in ins:
            if kind == 0 and arg in forward:
                kind, arg, s_from = forward[arg]
            else:
                s_from = s
            row.append((name, s_from, e, kind, arg))
        sources.append(row)
    used = [False] * n
    for i in range(n - 1, -1, -1):
        build, _, _, _, role = steps[i]
        if role == 0 and not used[i] and (build in _TOTAL or i in forward):
            keep[i] = False
        if keep[i]:
            for _, _, _, kind, arg in sources[i]:
                if kind == 0:
                    used[arg] = True
    renumber: dict[int, int] = {}
    plan: list[_PlanStep] = []
    for i, (build, start, end, ins, role) in enumerate(steps):
        if not keep[i]:
            continue
        renumber[i] = len(plan)
        special = SPECIAL.get(build)
        if special is not None:
            build = special(ShapeView(steps, i, tokens, classes, lexicon, literal)) or build
        plan.append((build, start, end,
                     tuple((name, kind, renumber[arg] if kind == 0 else arg, s) for name, s, _, kind, arg in sources[i]),
                     role, {name: (s, e) for name, s, e, _, _ in ins}))
    return tuple(plan)

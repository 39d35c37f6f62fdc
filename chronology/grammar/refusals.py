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

from chronology.grammar.builders import dates, lengths, numbers
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

    def slots(self) -> Slots:
        """A Slots with the step's place and tokens but no values (for checks that read only
        tokens whose reading the shape fixes)."""
        return Slots((), self.tokens, self.start, self.end, self.lexicon)


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


#: for a builder, proofs that the shape alone makes it refuse (any one suffices)
PROOFS: dict[Callable[[Slots], Any], tuple[Callable[[ShapeView], bool], ...]] = {
    dates.month_days: (_single_day,),
    lengths.vague_ago: (_not_vague,),
    lengths.duration_more: (_no_more_word,),
    lengths.duration_bare_plural: (_counted,),
}

#: builders that never raise on the values their rules' patterns admit: an unused step of
#: theirs may be dropped
_TOTAL = frozenset({
    dates.day_list, lengths.duration_approx, lengths.duration, numbers.number, numbers.quantity,
})


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
    used = [False] * n
    for i in range(n - 1, -1, -1):
        build, _, _, ins, role = steps[i]
        if role == 0 and not used[i] and build in _TOTAL:
            keep[i] = False
        if keep[i]:
            for _, _, _, kind, arg in ins:
                if kind == 0:
                    used[arg] = True
    renumber: dict[int, int] = {}
    plan: list[_PlanStep] = []
    for i, (build, start, end, ins, role) in enumerate(steps):
        if not keep[i]:
            continue
        renumber[i] = len(plan)
        plan.append((build, start, end,
                     tuple((name, kind, renumber[arg] if kind == 0 else arg, s) for name, s, _, kind, arg in ins),
                     role, {name: (s, e) for name, s, e, _, _ in ins}))
    return tuple(plan)

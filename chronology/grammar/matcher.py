"""Runs the compiled rules over a token sequence and picks the best non-overlapping matches.

The chart is filled right to left: everything that starts at token ``p`` can only use items
starting at ``p`` or later, so one backwards pass with a small fixed point per position
finds every match. Items are capped in length (``MAX_ITEM_TOKENS``) and number per position
(``MAX_ITEMS_AT``), which keeps the work linear in the length of the text whatever it holds.

>>> chart = analyse("We met on November 5, 1999 and again three weeks later.")
>>> [(chart.text_of(i), i.cat) for i in chart.select()]
[('November 5, 1999', 'date'), ('three weeks later', 'date')]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Mapping
from typing import Any, NamedTuple

from chronology.grammar.lexicon import Lexicon, load_lexicon
from chronology.grammar.normalize import normalize
from chronology.grammar.predicates import BY_KIND, PREDICATES
from chronology.grammar.rules import Rule, RuleSet, load_rules
from chronology.grammar.scanner import Token, scan, scan_single

__all__ = ["MAX_ITEMS_AT", "MAX_ITEM_TOKENS", "TOP_CATEGORIES", "Chart", "Item", "Replay", "Slots", "analyse",
           "prepare", "prepare_shaped", "replay", "shape", "still_vetoed"]

#: the longest match, in tokens ("from mid-October to early November 1999" is 9)
MAX_ITEM_TOKENS = 40
#: the most items kept per start position (pathological lists cannot grow the chart without bound)
MAX_ITEMS_AT = 64
#: categories that are temporal expressions in their own right (the others are building blocks)
TOP_CATEGORIES = frozenset({"date", "time", "duration", "set"})

_EMPTY: Mapping[str, Any] = {}

#: one slot of a derivation: (name, value, start, end, source), the source being the sub-Item
#: for a category element or (kind, arg) for a token element
SlotEntry = tuple[str, Any, int, int, Any]
#: a match the builder refused: (rule, start, end, slots), kept for :func:`still_vetoed`
Veto = tuple[Rule, int, int, tuple[SlotEntry, ...]]


class Item(NamedTuple):
    """A match: category, token range ``[start, end)``, the built value and the rule.

    ``slots`` is the derivation: for each named slot (name, value, start, end, source), where
    the source is the sub-Item for a category element or (kind, arg) for a token element.
    """

    cat: str
    start: int
    end: int
    value: Any
    rule: str
    priority: int
    slots: tuple[SlotEntry, ...] = ()


class Slots(dict[str, Any]):
    """What a builder sees: slot values by name, the tokens they came from, and the lexicon
    of the parse (context checks read their word lists from it, so they hold no language).

    The values are the dict itself, so ``s["m"]``, ``"y" in s`` and ``s.get("y")`` — what
    builders do most — run at C speed; ``_spans`` gives each slot's token range."""

    __slots__ = ("_spans", "end", "lexicon", "start", "tokens")

    _spans: Mapping[str, tuple[int, int]]

    def __init__(self, slots: tuple[SlotEntry, ...], tokens: list[Token],
                 start: int, end: int, lexicon: Lexicon) -> None:
        super().__init__((name, value) for name, value, _, _, _ in slots)
        self._spans = {name: (s, e) for name, _, s, e, _ in slots}
        self.tokens = tokens
        self.start = start
        self.end = end
        self.lexicon = lexicon

    def token(self, name: str) -> Token:
        """The first token of a slot."""
        return self.tokens[self._spans[name][0]]

    def extent(self, name: str) -> tuple[int, int]:
        """The token range of a slot: its first token and the one after its last."""
        return self._spans[name]

    def words(self) -> list[str]:
        """The texts of all tokens of the match."""
        return [t.text for t in self.tokens[self.start:self.end]]


class Chart:
    """Tokens plus every item found; ``select()`` picks the expressions to report."""

    __slots__ = ("items", "text", "tokens")

    def __init__(self, text: str, tokens: list[Token], items: list[list[Item]]) -> None:
        self.text = text
        self.tokens = tokens
        self.items = items

    def offsets(self, item: Item) -> tuple[int, int]:
        """Character offsets of an item in the original text."""
        return self.tokens[item.start].start, self.tokens[item.end - 1].end

    def text_of(self, item: Item) -> str:
        """The original wording of an item."""
        start, end = self.offsets(item)
        return self.text[start:end]

    def select(self, categories: frozenset[str] = TOP_CATEGORIES) -> list[Item]:
        """The best non-overlapping items: most tokens covered, then fewest items, then the
        highest rule priority (weighted interval scheduling, right to left, linear)."""
        n = len(self.tokens)
        score: list[tuple[int, int, int]] = [(0, 0, 0)] * (n + 1)
        choice: list[Item | None] = [None] * (n + 1)
        for p in range(n - 1, -1, -1):
            best, pick = score[p + 1], None
            for item in self.items[p]:
                if item.cat not in categories:
                    continue
                rest = score[item.end]
                candidate = (rest[0] + item.end - p, rest[1] - 1, rest[2] + item.priority)
                if candidate > best:
                    best, pick = candidate, item
            score[p], choice[p] = best, pick
        chosen: list[Item] = []
        p = 0
        while p < n:
            picked = choice[p]
            if picked is None:
                p += 1
            else:
                chosen.append(picked)
                p = picked.end
        return chosen


def _merge_abbreviations(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """Fold the dot of a known abbreviation into its word ("Nov." is one token)."""
    out: list[Token] = []
    i, n = 0, len(tokens)
    abbreviations = lexicon.abbreviations
    while i < n:
        t = tokens[i]
        if (t.kind == "word" and i + 1 < n and t.text in abbreviations and tokens[i + 1].text == "."
                and tokens[i + 1].start == t.end):
            out.append(t._replace(end=tokens[i + 1].end, suffix="."))
            i += 2
            continue
        out.append(t)
        i += 1
    return out


def _match(rule: Rule, p: int, tokens: list[Token], classes: list[Mapping[str, Any]],
           preds: list[Mapping[str, Any]], items: list[list[Item]], n: int
           ) -> list[tuple[int, tuple[SlotEntry, ...]]]:
    """Every way ``rule`` matches starting at token ``p``: (end, slots)."""
    elements = rule.elements
    size = len(elements)
    limit = min(n, p + MAX_ITEM_TOKENS)
    results: list[tuple[int, tuple[SlotEntry, ...]]] = []
    stack: list[tuple[int, int, tuple[SlotEntry, ...]]] = [(0, p, ())]
    while stack:
        ei, pos, slots = stack.pop()
        if ei == size:
            if pos > p:
                results.append((pos, slots))
            continue
        el = elements[ei]
        if el.optional:
            stack.append((ei + 1, pos, slots))
        if pos >= limit:
            continue
        kind = el.kind
        if kind == "lit":
            text = tokens[pos].text
            if text in el.arg:
                stack.append((ei + 1, pos + 1, slots + ((el.slot, text, pos, pos + 1, ("lit", None)),)
                              if el.slot else slots))
        elif kind == "class":
            table = classes[pos]
            if el.arg in table:
                value = table[el.arg]
                stack.append((ei + 1, pos + 1, slots + ((el.slot, value, pos, pos + 1, ("class", el.arg)),)
                              if el.slot else slots))
        elif kind == "pred":
            found = preds[pos].get(el.arg)
            if found is not None:
                stack.append((ei + 1, pos + 1, slots + ((el.slot, found, pos, pos + 1, ("pred", el.arg)),)
                              if el.slot else slots))
        else:
            for item in items[pos]:
                if item.cat == el.arg and item.end <= limit:
                    stack.append((ei + 1, item.end,
                                  slots + ((el.slot, item.value, pos, item.end, item),) if el.slot else slots))
    return results


def _token_keys(token: Token, table: Mapping[str, Any], pred: Mapping[str, Any]) -> Iterable[tuple[str, Any]]:
    yield ("lit", token.text)
    for cls in table:
        yield ("class", cls)
    for name in pred:
        yield ("pred", name)


def prepare(text: str, lexicon: Lexicon) -> tuple[list[Token], list[Mapping[str, Any]], list[Mapping[str, Any]]]:
    """Tokens of ``text`` with, per token, its lexicon classes and the predicates it meets."""
    tokens = _merge_abbreviations(scan(text), lexicon)
    classes = [lexicon.classes_of(t.text) if t.kind == "word" else _EMPTY for t in tokens]
    return tokens, classes, [_predicates(t) for t in tokens]


#: predicates depend only on a token's kind, text and suffix: computed once per spelling
_PREDICATE_MEMO: dict[tuple[str, str, str], dict[str, Any]] = {}


def analyse(text: str, language: str = "en", rules: RuleSet | None = None,
            lexicon: Lexicon | None = None, vetoes: list[Veto] | None = None,
            prepared: Any = None) -> Chart:
    """Scan ``text`` and run every rule over it. ``vetoes``, when given, collects the matches
    whose builder refused them (for :func:`replay`).

    >>> analyse("last month").select()[0].rule
    'relative-unit'
    """
    lexicon = lexicon or load_lexicon(language)
    rules = rules or load_rules(language)
    tokens, classes, preds = prepared if prepared is not None else prepare(text, lexicon)
    n = len(tokens)
    items: list[list[Item]] = [[] for _ in range(n + 1)]
    by_trigger = rules.by_trigger
    quick = _second_elements(rules)
    for p in range(n - 1, -1, -1):
        agenda: list[Rule] = []
        for key in _token_keys(tokens[p], classes[p], preds[p]):
            agenda.extend(by_trigger.get(key, ()))
        if not agenda:
            continue
        here = items[p]
        seen: set[tuple[str, int, str]] = set()
        # a rule waits in the agenda at most once; a new item re-queues the rules it can start
        pending = {rule.name for rule in agenda}
        # first in, first out: rules a new item re-queues run after the token's own rules have
        # built everything they can, so each usually runs once
        queue = deque({rule.name: rule for rule in agenda}.values())
        while queue and len(here) < MAX_ITEMS_AT:
            rule = queue.popleft()
            pending.discard(rule.name)
            second = quick.get(rule.name)
            if second is not None:
                first_cat, kind, arg = second
                # where the second element must start: after the one-token first element, or
                # after any item of the first element's category
                starts = (p + 1,) if first_cat is None else {i.end for i in here if i.cat == first_cat}
                if not any(_fits(kind, arg, q, tokens, classes, preds, items, n) for q in starts):
                    continue
            for end, slots in _match(rule, p, tokens, classes, preds, items, n):
                done = (rule.makes, end, rule.name)
                if done in seen:
                    continue
                value = rule.build(Slots(slots, tokens, p, end, lexicon))
                if value is None:
                    if vetoes is not None:
                        vetoes.append((rule, p, end, slots))
                    continue
                seen.add(done)
                here.append(Item(rule.makes, p, end, value, rule.name, rule.priority, slots))
                for follower in by_trigger.get(("cat", rule.makes), ()):
                    if follower.name not in pending:
                        pending.add(follower.name)
                        queue.append(follower)
                if len(here) >= MAX_ITEMS_AT:
                    break
    return Chart(text, tokens, items)


def shape(tokens: list[Token], classes: list[Mapping[str, Any]], preds: list[Mapping[str, Any]],
          rules: RuleSet) -> tuple[Any, ...]:
    """What matching can see of a token sequence. Numbers count only by the predicates they
    meet; a word that no rule names literally, only by its lexicon classes ("January" and
    "February" look alike); other words and punctuation as written — always with capital and
    abbreviation dot. Two texts of one shape match the same rules at the same places; only
    builder values (and so builder refusals, which :func:`still_vetoed` re-checks) can differ."""
    literal = _literal_words(rules)
    return tuple(_shape_of(t, classes[i], preds[i], literal) for i, t in enumerate(tokens))


def _shape_of(t: Token, cls: Mapping[str, Any], pred: Mapping[str, Any], literal: frozenset[str]) -> Any:
    if t.kind in ("word", "dotted"):
        if cls and t.text not in literal:
            return ("w", tuple(cls), t.cap, t.suffix)
        return (t.kind, t.text, t.cap, t.suffix)
    if t.kind == "punct":
        return t.text
    return (t.kind, tuple(pred), t.suffix)


def _predicates(t: Token) -> Mapping[str, Any]:
    kinds = BY_KIND.get(t.kind)
    if not kinds:
        return _EMPTY
    key = (t.kind, t.text, t.suffix)
    found = _PREDICATE_MEMO.get(key)
    if found is None:
        found = {}
        for name in kinds:
            value = PREDICATES[name](t)
            if value is not None:
                found[name] = value
        if len(_PREDICATE_MEMO) > 50_000:
            _PREDICATE_MEMO.clear()
        _PREDICATE_MEMO[key] = found
    return found


#: the tokens of a chunk (see :func:`prepare_shaped`): its Tokens by the offset the chunk
#: starts at (remembered for a few offsets), their fields (offsets in the chunk) to make
#: them at others, and per token its lexicon classes, the predicates it meets and its
#: shape element
_Chunk = tuple[dict[int, tuple[Token, ...]], tuple[tuple[Any, ...], ...], tuple[Mapping[str, Any], ...],
               tuple[Mapping[str, Any], ...], tuple[Any, ...]]
#: per language, the tokens of each chunk (a run of text between white space) seen
_CHUNKS: dict[str, dict[str, _Chunk]] = {}
_CHUNKS_MAX = 50_000
#: the most offsets a chunk remembers its Tokens at (texts to resolve are short)
_OFFSETS_MAX = 16


def prepare_shaped(text: str, lexicon: Lexicon, rules: RuleSet
                   ) -> tuple[list[Token], list[Mapping[str, Any]], list[Mapping[str, Any]], tuple[Any, ...]]:
    """:func:`prepare` and :func:`shape` in one pass (``rules`` and ``lexicon`` of one language),
    chunk by chunk. No token spans white space, the scanner's lookaheads (no digit, letter,
    slash or colon next) read white space as they read the end of the text, and an
    abbreviation takes only a dot that touches it: so a run of text between white space
    ("25," "Jan." "1999-11-05") always yields the same tokens. Each chunk is tokenised once
    (scanned, classed, shaped); after that it costs a lookup, and its Tokens are those made
    for the same chunk at the same offset before (Tokens are immutable; a chunk is at one
    offset only once in a text). When single spaces part the chunks, as they mostly do, the
    offsets are counted instead of searched for."""
    table = _CHUNKS.get(rules.language)
    if table is None:
        table = _CHUNKS[rules.language] = {}
    tokens: list[Token] = []
    classes: list[Mapping[str, Any]] = []
    preds: list[Mapping[str, Any]] = []
    out: list[Any] = []
    # the chunks and their offsets are those of the normalised text: in ASCII, normalize()
    # changes only white space (which split() reads as it reads a space) and the backtick
    normal = text if text.isascii() and "`" not in text else normalize(text)
    chunks = normal.split()
    spaced = " ".join(chunks) == normal
    pos = 0  # where the next chunk starts, or where to search for it
    for chunk in chunks:
        start = pos if spaced else normal.find(chunk, pos)
        pos = start + len(chunk) + spaced
        known = table.get(chunk)
        if known is None:
            if len(table) >= _CHUNKS_MAX:
                table.clear()
            known = table[chunk] = _chunk_tokens(chunk, lexicon, rules)
        by_offset = known[0]
        made = by_offset.get(start)
        if made is None:
            made = tuple(tuple.__new__(Token, (kind, word, start + s, start + e, value, cap, suffix))
                         for kind, word, s, e, value, cap, suffix in known[1])
            if len(by_offset) < _OFFSETS_MAX:
                by_offset[start] = made
        tokens.extend(made)
        classes.extend(known[2])
        preds.extend(known[3])
        out.extend(known[4])
    return tokens, classes, preds, tuple(out)


def _chunk_tokens(chunk: str, lexicon: Lexicon, rules: RuleSet) -> _Chunk:
    literal = _literal_words(rules)
    single = scan_single(chunk)
    if single is not None:  # one token: there is no dot to fold into an abbreviation
        cls = lexicon.classes_of(single.text) if single.kind == "word" else _EMPTY
        pred = _predicates(single)
        return {0: (single,)}, (tuple(single),), (cls,), (pred,), (_shape_of(single, cls, pred, literal),)
    tokens, classes, preds = prepare(chunk, lexicon)
    return ({0: tuple(tokens)}, tuple(tuple(t) for t in tokens), tuple(classes), tuple(preds),
            tuple(_shape_of(t, classes[i], preds[i], literal) for i, t in enumerate(tokens)))


_LITERALS: dict[str, frozenset[str]] = {}


def _literal_words(rules: RuleSet) -> frozenset[str]:
    found = _LITERALS.get(rules.language)
    if found is None:
        words: set[str] = set()
        for rule in rules.rules:
            for el in rule.elements:
                if el.kind == "lit":
                    words.update(el.arg)
        found = _LITERALS[rules.language] = frozenset(words)
    return found


def _rebuild(slots: tuple[SlotEntry, ...], tokens: list[Token],
             classes: list[Mapping[str, Any]], preds: list[Mapping[str, Any]],
             rules: RuleSet, lexicon: Lexicon) -> tuple[SlotEntry, ...] | None:
    out: list[SlotEntry] = []
    for name, _, s, e, src in slots:
        if isinstance(src, Item):
            value = replay(src, tokens, classes, preds, rules, lexicon)
        elif src[0] == "lit":
            value = tokens[s].text
        elif src[0] == "class":
            value = classes[s].get(src[1])
        else:
            value = preds[s].get(src[1])
        if value is None:
            return None
        out.append((name, value, s, e, src))
    return tuple(out)


def replay(item: Item, tokens: list[Token], classes: list[Mapping[str, Any]],
           preds: list[Mapping[str, Any]], rules: RuleSet | None = None,
           lexicon: Lexicon | None = None) -> Any:
    """Rebuild ``item``'s value over other tokens of the same :func:`shape`; None if a builder
    now refuses. ``rules`` (English by default) and ``lexicon`` (that of the rules' language
    by default) must be those of the parse that made ``item``."""
    rules = rules or load_rules("en")
    lexicon = lexicon or load_lexicon(rules.language)
    slots = _rebuild(item.slots, tokens, classes, preds, rules, lexicon)
    if slots is None:
        return None
    return rules.by_name[item.rule].build(Slots(slots, tokens, item.start, item.end, lexicon))


def still_vetoed(vetoes: list[Veto], tokens: list[Token],
                 classes: list[Mapping[str, Any]], preds: list[Mapping[str, Any]],
                 rules: RuleSet | None = None, lexicon: Lexicon | None = None) -> bool:
    """Whether every refused match of the original text is refused over the new tokens too
    (``rules`` and ``lexicon`` as for :func:`replay`)."""
    rules = rules or load_rules("en")
    lexicon = lexicon or load_lexicon(rules.language)
    for rule, p, end, slots in vetoes:
        rebuilt = _rebuild(slots, tokens, classes, preds, rules, lexicon)
        if rebuilt is not None and rule.build(Slots(rebuilt, tokens, p, end, lexicon)) is not None:
            return False
    return True


_QUICK: dict[int, dict[str, tuple[str | None, str, Any]]] = {}


def _second_elements(rules: RuleSet) -> dict[str, tuple[str | None, str, Any]]:
    """For rules whose first element is one required token, their required second element:
    a cheap test on the next token before the full match is tried."""
    found = _QUICK.get(id(rules))
    if found is None:
        found = {}
        for rule in rules.rules:
            els = rule.elements
            if len(els) >= 2 and not els[0].optional and not els[1].optional:
                if els[0].kind in ("lit", "class", "pred"):
                    found[rule.name] = (None, els[1].kind, els[1].arg)
                elif els[1].kind != "cat":
                    found[rule.name] = (els[0].arg, els[1].kind, els[1].arg)
        _QUICK[id(rules)] = found
    return found


def _fits(kind: str, arg: Any, q: int, tokens: list[Token], classes: list[Mapping[str, Any]],
          preds: list[Mapping[str, Any]], items: list[list[Item]], n: int) -> bool:
    """Whether a pattern element can start at token ``q`` (items there are already complete)."""
    if q >= n:
        return False
    if kind == "lit":
        return tokens[q].text in arg
    if kind == "class":
        return arg in classes[q]
    if kind == "pred":
        return arg in preds[q]
    return any(i.cat == arg for i in items[q])


#: a step of a :class:`Replay`: (builder, start, end, inputs, role); an input is (slot name,
#: start, end, kind, arg): kind 0 = the value of step ``arg``, 1 = the token's text, 2 =
#: lexicon class ``arg``, 3 = predicate ``arg``; role 0 = a part, 1 = the parse, 2 = a match
#: the builder refused (and must refuse again)
_Step = tuple[Callable[[Slots], Any], int, int, tuple[tuple[str, int, int, int, Any], ...], int]
#: a step as :meth:`Replay.run` executes it: (builder, start, end, inputs, role, spans); an
#: input is (slot name, kind, arg, start) and ``spans`` the slots' token ranges
_PlanStep = tuple[Callable[[Slots], Any], int, int, tuple[tuple[str, int, Any, int], ...], int,
                  Mapping[str, tuple[int, int]]]
_KIND = {"lit": 1, "class": 2, "pred": 3}
_new_slots = dict.__new__


class Replay:
    """A remembered parse compiled for texts of its :func:`shape`: what :func:`replay` and
    :func:`still_vetoed` do, as one list of builder calls. Each sub-derivation is built once
    (the refused matches share the parse's sub-items: "October 9, 1994" refuses three
    day-list matches over one day), without re-reading the Items' slot tuples.

    :meth:`run` must only be given texts of the shape the parse was made from (that is what
    makes a replay exact). Its first call plans the steps over those tokens: it drops the
    refused matches the shape alone refuses, and the parts only they used (see
    :mod:`chronology.grammar.replay_plan`)."""

    __slots__ = ("_literal", "_plan", "_steps")

    def __init__(self, item: Item, vetoes: list[Veto], rules: RuleSet) -> None:
        steps: list[_Step] = []
        index: dict[int, int] = {}  # id(Item) -> its step (all Items are alive meanwhile)

        def inputs(slots: tuple[SlotEntry, ...]) -> tuple[tuple[str, int, int, int, Any], ...]:
            out = []
            for name, _, s, e, src in slots:
                if isinstance(src, Item):
                    out.append((name, s, e, 0, add(src)))
                else:
                    out.append((name, s, e, _KIND[src[0]], src[1]))
            return tuple(out)

        def add(it: Item, role: int = 0) -> int:
            found = index.get(id(it))
            if found is None:
                ins = inputs(it.slots)
                found = index[id(it)] = len(steps)
                steps.append((rules.by_name[it.rule].build, it.start, it.end, ins, role))
            return found

        add(item, 1)
        for rule, p, end, slots in vetoes:
            steps.append((rule.build, p, end, inputs(slots), 2))
        self._steps = tuple(steps)
        self._literal = _literal_words(rules)
        self._plan: tuple[_PlanStep, ...] | None = None

    def run(self, tokens: list[Token], classes: list[Mapping[str, Any]], preds: list[Mapping[str, Any]],
            lexicon: Lexicon) -> Any:
        """The parse's value over ``tokens``; None when a builder now refuses the parse or
        accepts a match it refused (then the text needs a full :func:`analyse`)."""
        plan = self._plan
        if plan is None:
            from chronology.grammar.replay_plan import plan_steps  # it reads the builders, which import this
            plan = self._plan = plan_steps(self._steps, tokens, classes, lexicon, self._literal)
        values: list[Any] = []
        result = None
        for build, start, end, ins, role, spans in plan:
            slots = _new_slots(Slots)
            for name, kind, arg, s in ins:
                if kind == 0:
                    value = values[arg]
                elif kind == 1:
                    value = tokens[s].text
                elif kind == 2:
                    value = classes[s].get(arg)
                else:
                    value = preds[s].get(arg)
                if value is None:
                    break
                slots[name] = value
            else:
                slots._spans = spans
                slots.tokens = tokens
                slots.start = start
                slots.end = end
                slots.lexicon = lexicon
                value = build(slots)
            if role:
                if role == 1:
                    if value is None:
                        return None
                    result = value
                elif value is not None:
                    return None  # a refused match is accepted now
            values.append(value)
        return result

"""Loads ``rules.toml`` into compiled Rule records with named slots.

A rule reads::

    [[rule]]
    name = "month-day-year"                 # kebab-case, unique
    makes = "date"                          # the category it produces
    pattern = "m:@month d:#day ','? y:#year"
    build = "calendar_date"                 # a function in grammar/builders/ (dates.py)
    examples = ["November 5, 1999"]         # each must be matched by this very rule

Pattern elements, separated by spaces, each optionally ``slot:``-named and ``?``-optional:

- ``'word'`` or ``'a'|'b'``: literal token texts (lower case; punctuation too: ``','``);
- ``@class``: a word of that lexicon class (the slot value is the word's lexicon value);
- ``#predicate``: a number-like token (``#day``, ``#year``, ``#int``… see PREDICATES);
- ``<category>``: something another rule made (``<number>``, ``<date>``…).

>>> rules = load_rules("en")
>>> r = rules.by_name["month-day-year"]
>>> [e.kind for e in r.elements]
['class', 'pred', 'lit', 'pred']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any, NamedTuple

from chronology.errors import RuleError
from chronology.grammar.lexicon import load_lexicon, read_language_file
from chronology.grammar.predicates import PREDICATES

__all__ = ["Element", "Rule", "RuleSet", "load_rules"]


class Element(NamedTuple):
    """One pattern element: ``kind`` is lit, class, pred or cat."""

    kind: str
    arg: Any  # frozenset[str] for lit, the name otherwise
    optional: bool
    slot: str | None


class Rule(NamedTuple):
    """A compiled rule."""

    name: str
    makes: str
    elements: tuple[Element, ...]
    build: Callable[..., Any]
    build_name: str
    priority: int
    examples: tuple[str, ...]
    triggers: tuple[tuple[str, Any], ...]


class RuleSet(NamedTuple):
    """All rules of a language, indexed by what can start them."""

    language: str
    rules: tuple[Rule, ...]
    by_name: Mapping[str, Rule]
    by_trigger: Mapping[tuple[str, Any], tuple[Rule, ...]]
    categories: frozenset[str]


def _parse_element(text: str, where: str, classes: frozenset[str]) -> Element:
    slot = None
    optional = text.endswith("?") and len(text) > 1
    if optional:
        text = text[:-1]
    if ":" in text and not text.startswith("'"):
        slot, text = text.split(":", 1)
        if not slot.isidentifier():
            raise RuleError(f"{where}: slot name {slot!r} is not an identifier")
    if text.startswith("'"):
        words = []
        for alt in text.split("|"):
            if len(alt) < 3 or not (alt.startswith("'") and alt.endswith("'")):
                raise RuleError(f"{where}: malformed literal {alt!r} (write 'word' or 'a'|'b')")
            words.append(alt[1:-1])
        return Element("lit", frozenset(words), optional, slot)
    if text.startswith("@"):
        if text[1:] not in classes:
            raise RuleError(f"{where}: unknown lexicon class {text!r}")
        return Element("class", text[1:], optional, slot)
    if text.startswith("#"):
        if text[1:] not in PREDICATES:
            raise RuleError(f"{where}: unknown predicate {text!r}; known: {', '.join(sorted(PREDICATES))}")
        return Element("pred", text[1:], optional, slot)
    if text.startswith("<") and text.endswith(">"):
        return Element("cat", text[1:-1], optional, slot)
    raise RuleError(f"{where}: cannot read pattern element {text!r}")


def _triggers(elements: tuple[Element, ...]) -> tuple[tuple[str, Any], ...]:
    keys: list[tuple[str, Any]] = []
    for element in elements:
        if element.kind == "lit":
            keys.extend(("lit", w) for w in element.arg)
        else:
            keys.append((element.kind, element.arg))
        if not element.optional:
            break
    else:
        raise RuleError("a pattern must have at least one element that is not optional")
    return tuple(keys)


@lru_cache(maxsize=8)
def load_rules(language: str = "en") -> RuleSet:
    """Load, compile and validate ``lang/<language>/rules.toml``.

    Raises:
        RuleError: unknown builder, class, predicate or category; duplicate names; a rule
            with no examples.
    """
    from chronology.grammar.builders import BUILDERS  # the builder table is code, the rules data

    lexicon = load_lexicon(language)
    data = read_language_file(language, "rules.toml")
    raw_rules = data.get("rule", [])
    rules: list[Rule] = []
    seen: set[str] = set()
    for raw in raw_rules:
        name = raw.get("name", "?")
        where = f"lang/{language}/rules.toml rule {name!r}"
        for key in ("name", "makes", "pattern", "build", "examples"):
            if key not in raw:
                raise RuleError(f"{where}: missing {key!r}")
        unknown = set(raw) - {"name", "makes", "pattern", "build", "examples", "priority", "note"}
        if unknown:
            raise RuleError(f"{where}: unknown keys {sorted(unknown)}")
        if name in seen:
            raise RuleError(f"{where}: duplicate rule name")
        seen.add(name)
        if raw["build"] not in BUILDERS:
            raise RuleError(f"{where}: unknown builder {raw['build']!r}")
        elements = tuple(_parse_element(e, where, lexicon.class_names) for e in raw["pattern"].split())
        if not elements:
            raise RuleError(f"{where}: empty pattern")
        try:
            triggers = _triggers(elements)
        except RuleError as exc:
            raise RuleError(f"{where}: {exc}") from None
        examples = tuple(raw["examples"])
        if not examples:
            raise RuleError(f"{where}: give at least one example phrasing")
        rules.append(Rule(name, raw["makes"], elements, BUILDERS[raw["build"]], raw["build"],
                          int(raw.get("priority", 0)), examples, triggers))
    categories = frozenset(r.makes for r in rules)
    for rule in rules:
        for element in rule.elements:
            if element.kind == "cat" and element.arg not in categories:
                raise RuleError(f"lang/{language}/rules.toml rule {rule.name!r}: no rule makes <{element.arg}>")
    index: dict[tuple[str, Any], list[Rule]] = {}
    for rule in rules:
        for trigger in rule.triggers:
            index.setdefault(trigger, []).append(rule)
    return RuleSet(language, tuple(rules), {r.name: r for r in rules},
                   {k: tuple(v) for k, v in index.items()}, categories)

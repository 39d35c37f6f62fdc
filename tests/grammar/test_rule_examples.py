"""Every example a rule lists in rules.toml is matched, as a whole, by that very rule (or,
for an example written "will [one day]", the bracketed words in that context)."""

from __future__ import annotations

import pytest

from chronology.grammar.matcher import analyse
from chronology.grammar.rules import load_rules

RULES = load_rules("en")
EXAMPLES = [(rule.name, example) for rule in RULES.rules for example in rule.examples]
#: examples known not to match yet (not strict: fixing them must not break this test)
KNOWN_BROKEN: dict[tuple[str, str], str] = {}


def _params() -> list[object]:
    out = []
    for rule, text in EXAMPLES:
        reason = KNOWN_BROKEN.get((rule, text))
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        out.append(pytest.param(rule, text, id=f"{rule}:{text}", marks=marks))
    return out


def test_every_rule_has_examples() -> None:
    missing = [rule.name for rule in RULES.rules if not rule.examples]
    assert not missing, f"rules without examples: {missing}"


@pytest.mark.parametrize(("rule", "text"), _params())
def test_rule_matches_its_example(rule: str, text: str) -> None:
    if "[" in text:  # "will [one day]": the rule matches the bracketed words in that context
        before, _, rest = text.partition("[")
        inner, _, after = rest.partition("]")
        chart = analyse(before + inner + after, "en")
        spans = {chart.offsets(i) for items in chart.items for i in items if i.rule == rule}
        assert (len(before), len(before) + len(inner)) in spans, (
            f"rule {rule!r} does not match {inner!r} in {text!r}; it matched {sorted(spans)}")
        return
    chart = analyse(text, "en")
    n = len(chart.tokens)
    assert n > 0
    found = [item for item in chart.items[0] if item.rule == rule and item.end == n]
    assert found, (f"rule {rule!r} does not match all of {text!r}; it matched "
                   f"{sorted({(i.rule, i.start, i.end) for items in chart.items for i in items})}")

"""The word lists the code reads by name exist in the English lexicon, and stay out of classes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import chronology
from chronology.errors import RuleError
from chronology.grammar.lexicon import _context_lists, load_lexicon

SOURCE = Path(chronology.__file__).parent
#: every ``word_set("<name>")`` in the package: a misspelt name would read as an empty list
NAMES = sorted({m for path in SOURCE.rglob("*.py")
                for m in re.findall(r'word_set\("(\w+)"\)', path.read_text("utf-8"))})


def test_english_gives_every_list_the_code_reads() -> None:
    assert "date_intro" in NAMES and "leading" in NAMES
    lex = load_lexicon("en")
    assert [name for name in NAMES if not lex.word_set(name)] == []


def test_context_lists_are_not_classes() -> None:
    lex = load_lexicon("en")
    assert "during" in lex.word_set("date_intro")
    assert "date_intro" not in lex.class_names
    assert not lex.classes_of("during")  # "before during…" is no clause
    assert lex.word_set("no_such_list") == frozenset()


def test_malformed_context_lists_are_refused() -> None:
    for data in ({"x": {"words": ["In"]}}, {"x": {"words": "in"}}, {"x": {"words": ["in"], "note": "?"}},
                 {"x": ["in"]}):
        with pytest.raises(RuleError, match=r"\[context\.x\]"):
            _context_lists("xx", data)


def test_month_names_that_are_also_words_share_their_classes() -> None:
    """"May" and "March" are months and ordinary words alike: a lexicon class on one alone (a
    holiday table holding "may" for May Day did this) gives every "May …" text token shapes
    apart from March's, each chart-parsed afresh once. "May Day" is a rule of its own."""
    lex = load_lexicon("en")
    assert set(lex.classes_of("may")) == set(lex.classes_of("march"))

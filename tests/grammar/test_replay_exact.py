"""The replay path is exact: prepare_shaped gives what prepare and shape give, and a parse
replayed over a text of a known shape is the parse a full analysis makes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronology.grammar import matcher
from chronology.grammar.lexicon import load_lexicon
from chronology.grammar.normalize import normalize
from chronology.grammar.rules import load_rules
from chronology.grammar.scanner import scan, scan_single

_PIECES = ["May", "may", "March", "Aug.", "fall", "spring", "5", "22,", "1998", "'97", "1999-11-05",
           "3/4/98", "3:30", "p.m.", "ago", "years", "another", "about", "the", "of", "in", "its", "-",
           ",", ".", "`", "\u2013", "\u00a0", "\t", " ", "  ", "\n", "x", "Jan", "5th", "2.30", "1,000"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8), st.sampled_from(["", " ", "\t"]))
def test_prepare_shaped_is_prepare_and_shape(pieces: list[str], sep: str) -> None:
    lexicon, rules = load_lexicon("en"), load_rules("en")
    text = sep.join(pieces)
    tokens, classes, preds = matcher.prepare(text, lexicon)
    expected = (tokens, classes, preds, matcher.shape(tokens, classes, preds, rules))
    for _ in range(2):  # the first pass fills the chunk table, the second reads it
        got = matcher.prepare_shaped(text, lexicon, rules)
        assert got[:3] == expected[:3]
        assert got[3] == expected[3]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_PIECES).filter(lambda p: not p.isspace()))
def test_scan_single_is_scan(chunk: str) -> None:
    tokens = scan(chunk)
    single = scan_single(normalize(chunk))
    assert (single is not None) == (len(tokens) == 1)
    if single is not None:
        assert single == tokens[0]


_TEXTS = ["February 22, 1978", "November 5, 1980", "May 5, 1980", "Summer 1923", "Fall 1923", "Spring 1923", "Aug. 4, 1963", "spring 1923", "fall 1923", "in fall 1923",
          "12 days ago", "about 40 years ago", "another 40 years ago", "March 5-7, 1980", "early 1980",
          "from 1911 to 1915", "its 1990", "9 p.m. on March 4, 1980", "in May", "may 5", "May 12 and 20"]


def test_replay_is_the_full_parse() -> None:
    lexicon, rules = load_lexicon("en"), load_rules("en")
    checked = 0
    for first in _TEXTS:
        for second in _TEXTS:
            tokens, classes, preds, key = matcher.prepare_shaped(first, lexicon, rules)
            chart = matcher.analyse(first, "en", rules, lexicon, vetoes=(vetoes := []),
                                    prepared=(tokens, classes, preds))
            whole = [i for i in chart.items[0] if i.end == len(tokens) and i.cat in matcher.TOP_CATEGORIES]
            if not whole:
                continue
            replay = matcher.Replay(max(whole, key=lambda i: i.priority), vetoes, rules)
            other = matcher.prepare_shaped(second, lexicon, rules)
            if other[3] != key:
                continue
            got = replay.run(other[0], other[1], other[2], lexicon)
            if got is None:
                continue  # the replay gives up: the caller analyses the text in full
            full = matcher.analyse(second, "en", rules, lexicon)
            best = max((i for i in full.items[0] if i.end == len(other[0]) and i.cat in matcher.TOP_CATEGORIES),
                       key=lambda i: i.priority)
            assert got == best.value, (first, second)
            checked += 1
    assert checked >= len(_TEXTS)

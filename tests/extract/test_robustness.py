"""Extraction never breaks on odd input: arbitrary text, binary garbage, HTML-ish markup, and
very long adversarial texts (a hang guard; the real speed numbers live in the benchmarks)."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import chronology
from chronology import ChronologyError, Mention, extract

#: a generous bound: a 200,000-character text must finish, not hang (shared, noisy machines)
HANG_GUARD_SECONDS = 60.0

PUBLISHED = st.sampled_from([None, "1999-11-09", dt.date(2003, 3, 14), "1999-11"])

FRAGMENTS = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "<br/>", "<a href=\"x\">", "</a>", "&amp;", "&nbsp;", "<!-- -->",
    "November 5, 1999", "Nov. 9, 1999 \u2014 ", "last month", "three days later", "(Itar-Tass, November 5-7)",
    "(see the Monitor, October 4-5, 27)", "October 4-5, 27", "November 5, 6 and 7", "every Tuesday",
    "for three weeks", "approximately two years ago", "more than a year ago", "1999", "the 1990s",
    "May", "march", "Will", "Sun", "1500", "$2 a share", "52 years old", "3 p.m.", "this morning",
    "earlier that month", "the next day", "from 1990 to", "between", "and", ",", ".", ";", "(", ")",
    "\u2014", "-", "/", "\n", "\n\n", " ", "  ", "\t", "'97", "5th", "11/05/1999", "1999-11-05",
    "\u00a0", "\u200b", "\ufeff", "\U0001f600",
])


def _check(text: str, published: Any = None) -> list[Mention]:
    """Extract, allowing only ChronologyError, and check the mention invariants."""
    try:
        mentions = extract(text, published=published)
    except ChronologyError:
        return []
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    for a, b in itertools.pairwise(mentions):
        assert a.end <= b.start, f"{a!r} overlaps or precedes {b!r}"
    return mentions


@given(st.text(), PUBLISHED)
def test_arbitrary_text(text: str, published: Any) -> None:
    """Any str gives sorted, non-overlapping mentions whose offsets slice to their text."""
    _check(text, published)


@given(st.binary(max_size=2000), PUBLISHED)
def test_binary_garbage(data: bytes, published: Any) -> None:
    """Bytes decoded with errors="replace" (and as Latin-1) are just more text."""
    _check(data.decode("utf-8", errors="replace"), published)
    _check(data.decode("latin-1"), published)


@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=5)), max_size=60), PUBLISHED)
def test_html_ish_and_date_soup(pieces: list[str], published: Any) -> None:
    """Markup, entities and fragments of dates glued together in any order."""
    _check("".join(pieces), published)
    _check(" ".join(pieces), published)


@given(st.lists(FRAGMENTS, max_size=40))
def test_events_come_from_event_mentions(pieces: list[str]) -> None:
    """Events, when any, come only from dated event-time mentions, with their provenance."""
    text = " ".join(pieces)
    doc = chronology.Document(text, published="1999-11-09", id="soup")
    events = doc.events
    by_start = {m.start: m for m in doc.mentions}
    for e in events:
        assert e.provenance is not None and e.provenance.document_id == "soup"
        m = by_start[e.provenance.start]
        assert m.role is chronology.Role.EVENT_TIME and m.span is not None
        assert e.label and e.label == e.label.strip()


ADVERSARIAL = {
    "dates": "November 5, ",  # one endless list
    "small-numbers": "1 2 3 ",
    "open-brackets": "((((",
    "unclosed-ranges": "from 1990 to ",
    "parts": "the late early mid ",
    "day-lists": "5, 6 and ",
}


def _work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many rule matches the chart tries on ``text`` (a machine-independent cost)."""
    from chronology.grammar import matcher

    calls = 0
    original = matcher._match

    def counting(*args: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args)

    monkeypatch.setattr(matcher, "_match", counting)
    try:
        _check(text, "1999-11-09")
    finally:
        monkeypatch.setattr(matcher, "_match", original)
    return calls


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_extraction_work_is_linear(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four times the text costs four times the rule matches, not sixteen: no blow-up on any
    repetition (time itself is measured in the benchmarks, not here)."""
    unit = ADVERSARIAL[name]
    small = _work(unit * 500, monkeypatch)
    large = _work(unit * 2000, monkeypatch)
    assert small > 0 or large == 0
    assert large <= 4.2 * small + 50, f"{name}: {small} matches for 500 repeats, {large} for 2000"


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_long_adversarial_text_finishes(name: str) -> None:
    """A text of about 200,000 characters finishes (a hang guard only) with valid mentions."""
    unit = ADVERSARIAL[name]
    text = unit * (200_000 // len(unit))
    t0 = time.perf_counter()
    mentions = _check(text, "1999-11-09")
    elapsed = time.perf_counter() - t0
    assert elapsed < HANG_GUARD_SECONDS, f"{name}: {elapsed:.1f} s for {len(text):,} characters"
    assert all(m.end <= len(text) for m in mentions)


@pytest.mark.parametrize("text", [
    "every " + "9" * 400 + " weeks",
    "9" * 400 + " days ago",
    "about " + "9" * 300 + " years ago",
    "November " + "9" * 30,
    "9" * 5000,  # longer than Python will convert with int()
])
def test_huge_numbers(text: str) -> None:
    """Numbers no calendar can hold are not times, and never crash extraction."""
    _check(text, "1999-11-09")
    _check("The rebels left on November 5. " + text + " Then they came back.", None)


@pytest.mark.parametrize("bad", [None, b"November 5, 1999", 1999, ["last month"], 3.5])
def test_non_str_input_raises_chronology_error(bad: Any) -> None:
    """Only text can be read; anything else is a typed error."""
    with pytest.raises(ChronologyError):
        extract(bad)
    with pytest.raises(ChronologyError):
        chronology.Document(bad)


@pytest.mark.parametrize("published", ["not a date", "1999-13-45", object(), 3.5])
def test_bad_publication_date_raises_chronology_error(published: Any) -> None:
    """A publication date that is not a date is a typed error."""
    with pytest.raises(ChronologyError):
        extract("Talks stalled last month.", published=published)

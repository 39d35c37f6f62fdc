"""The Timeline collection: a small immutable sequence with sorted/filter/group_by."""

from __future__ import annotations

import subprocess
import sys

import attrs
import pytest

from chronology.errors import InvalidAnchor, InvalidSpan
from chronology.model import Anchor, Event, Provenance, Span
from chronology.timeline import Timeline


def ev(label: str, when: str, g: str = "day", **kw: object) -> Event:
    return Event(label, Span.of(when, g), **kw)  # type: ignore[arg-type]


@pytest.fixture
def tl() -> Timeline:
    return Timeline([
        ev("c", "1999-12-01", actors=["UN"], tags=["talks"], provenance=Provenance("doc-b")),
        ev("a", "1999-10", "month", actors=["UN", "OSCE"], group="g1", provenance=Provenance("doc-a")),
        ev("b", "1999-11-05", tags=["border"], group="g1"),
    ], published="1999-12-09")


def labels(t: Timeline) -> list[str]:
    return [e.label for e in t]


def test_sequence_protocol(tl: Timeline) -> None:
    """len, iteration, indexing and slicing work; a slice is a Timeline keeping published."""
    assert len(tl) == 3 and tl[0].label == "c" and tl[-1].label == "b"
    part = tl[1:]
    assert isinstance(part, Timeline) and labels(part) == ["a", "b"] and part.published == tl.published
    assert tl[1] in tl


def test_frozen_and_comparable(tl: Timeline) -> None:
    """Timelines are immutable values with equality and a hash."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        tl.events = ()  # type: ignore[misc]
    assert tl == Timeline(list(tl), published="1999-12-09") and hash(tl) == hash(Timeline(tl, published="1999-12-09"))


def test_published_accepts_dates_spans_and_anchors() -> None:
    """published takes an ISO string, a Span or an Anchor and is stored as an Anchor."""
    for value in ("1999-11-09", Span.of("1999-11-09"), Anchor.at("1999-11-09")):
        assert Timeline([], published=value).published == Anchor.at("1999-11-09")
    with pytest.raises(InvalidAnchor):
        Timeline([], published=3.5)


def test_rejects_non_events() -> None:
    """Anything but Events raises InvalidSpan naming the position."""
    with pytest.raises(InvalidSpan, match="item 1"):
        Timeline([ev("a", "1999-01-01"), "b"])  # type: ignore[list-item]


def test_sorted_is_chronological_and_stable(tl: Timeline) -> None:
    """sorted() orders by likely start; reverse and key work."""
    assert labels(tl.sorted()) == ["a", "b", "c"]
    assert labels(tl.sorted(reverse=True)) == ["c", "b", "a"]
    assert labels(tl.sorted(key=lambda e: e.label)) == ["a", "b", "c"]


def test_filter_by_keywords_and_predicate(tl: Timeline) -> None:
    """Each keyword narrows; they combine with AND."""
    assert labels(tl.filter(actor="UN")) == ["c", "a"]
    assert labels(tl.filter(tag="border")) == ["b"]
    assert labels(tl.filter(group="g1")) == ["a", "b"]
    assert labels(tl.filter(document="doc-a")) == ["a"]
    assert labels(tl.filter(overlapping=Span.of("1999-11", "month"))) == ["b"]
    assert labels(tl.filter(lambda e: e.label != "a", actor="UN")) == ["c"]


def test_group_by_fields_and_functions(tl: Timeline) -> None:
    """group_by returns Timelines per key, events with several keys under each, '(none)' for none."""
    assert {k: labels(v) for k, v in tl.group_by("actor").items()} == {
        "UN": ["c", "a"], "OSCE": ["a"], "(none)": ["b"]}
    assert list(tl.group_by("document")) == ["doc-b", "doc-a", "(none)"]
    assert list(tl.group_by("granularity")) == ["day", "month"]
    assert {k: labels(v) for k, v in tl.group_by(lambda e: e.label.upper()).items()} == {
        "C": ["c"], "A": ["a"], "B": ["b"]}
    with pytest.raises(InvalidSpan, match="cannot group"):
        tl.group_by("colour")


def test_extent_and_repr(tl: Timeline) -> None:
    """extent spans all possible intervals; the repr counts events."""
    assert tl.extent is not None and tl.extent.start.month == 10
    assert Timeline([]).extent is None
    assert repr(tl) == "Timeline(3 events, published=[1999-12-09, 1999-12-10))"


def test_import_chronology_does_not_import_plotly() -> None:
    """plotly is loaded only when a figure is drawn."""
    code = ("import sys, chronology, chronology.timeline; assert 'plotly' not in sys.modules; "
            "from chronology.model import Event, Span; "
            "chronology.timeline.Timeline([Event('a', Span.of('1999-01-01'))]).figure(); "
            "assert 'plotly' in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)

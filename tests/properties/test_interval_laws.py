"""Interval algebra: hull and intersection laws, containment, overlap."""

from __future__ import annotations

from hypothesis import given
from strategies import intervals

from chronology import Interval


@given(intervals(), intervals())
def test_hull_and_intersection_commute(a: Interval, b: Interval) -> None:
    """a ∪ b == b ∪ a and a ∩ b == b ∩ a."""
    assert a.hull(b) == b.hull(a)
    assert a.intersection(b) == b.intersection(a)


@given(intervals(), intervals(), intervals())
def test_hull_and_intersection_associate(a: Interval, b: Interval, c: Interval) -> None:
    """(a ∪ b) ∪ c == a ∪ (b ∪ c); likewise ∩ (an empty intersection stays empty)."""
    assert a.hull(b).hull(c) == a.hull(b.hull(c))
    ab, bc = a.intersection(b), b.intersection(c)
    left = None if ab is None else ab.intersection(c)
    right = None if bc is None else a.intersection(bc)
    assert left == right


@given(intervals(), intervals())
def test_hull_contains_both_and_intersection_lies_in_both(a: Interval, b: Interval) -> None:
    """The hull contains both operands; the intersection, when any, lies in both."""
    assert a.hull(b).contains(a) and a.hull(b).contains(b)
    common = a.intersection(b)
    if common is not None:
        assert a.contains(common) and b.contains(common)


@given(intervals(), intervals())
def test_overlap_iff_intersection(a: Interval, b: Interval) -> None:
    """overlaps() is true exactly when the intersection is non-empty."""
    assert a.overlaps(b) == (a.intersection(b) is not None)


@given(intervals())
def test_idempotent_and_reflexive(a: Interval) -> None:
    """a ∪ a == a ∩ a == a; a contains itself and its start but not its end."""
    assert a.hull(a) == a == a.intersection(a)
    assert a.contains(a) and a.contains(a.start) and not a.contains(a.end)

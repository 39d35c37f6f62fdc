"""Laws of compare(): certainty levels agree with the probability, and order is symmetric."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from chronology import Certainty, Span, compare
from chronology.model.interval import instant
from tests.strategies import spans

TOLERANCE = 1e-9


@given(spans(), spans())
def test_levels_agree_with_the_probability(a: Span, b: Span) -> None:
    c = compare(a, b)
    assert 0.0 <= c.p_before <= 1.0
    if c.before is Certainty.CERTAIN:
        assert c.p_before > 1 - TOLERANCE
    if c.before is Certainty.IMPOSSIBLE:
        assert c.p_before < TOLERANCE
    if c.overlap is Certainty.IMPOSSIBLE:  # disjoint: one of the orders is certain
        assert Certainty.CERTAIN in (c.before, c.after)
    assert c.overlap < Certainty.CERTAIN


@given(spans(), spans())
def test_the_two_orders_are_mirror_images(a: Span, b: Span) -> None:
    ab, ba = compare(a, b), compare(b, a)
    assert (ab.before, ab.after, ab.overlap) == (ba.after, ba.before, ba.overlap)
    assert abs(ab.p_before + ba.p_before - 1.0) < 1e-6


@given(spans())
def test_a_time_against_itself_is_even(a: Span) -> None:
    c = compare(a, a)
    assert abs(c.p_before - 0.5) < 1e-6
    assert c.before is Certainty.POSSIBLE and c.overlap is Certainty.LIKELY


@given(spans(), spans(), st.integers(-10_000, 10_000))
def test_moving_both_times_alike_changes_nothing(a: Span, b: Span, minutes: int) -> None:
    delta = dt.timedelta(minutes=minutes)
    moved = compare(a.shift(delta), b.shift(delta))
    c = compare(a, b)
    assert (moved.before, moved.after, moved.overlap) == (c.before, c.after, c.overlap)
    assert abs(moved.p_before - c.p_before) < 1e-6


@given(spans(), spans(), st.integers(1, 10_000))
def test_moving_the_second_later_never_makes_the_first_less_likely_first(a: Span, b: Span, hours: int) -> None:
    later = b.shift(dt.timedelta(hours=hours))
    assert compare(a, later).p_before >= compare(a, b).p_before - 1e-6
    assert compare(a, later).before >= compare(a, b).before


@given(spans(), spans())
def test_likely_before_means_the_likely_intervals_are_in_order(a: Span, b: Span) -> None:
    c = compare(a, b)
    ordered = instant(a.likely.end) <= instant(b.likely.start)
    assert (c.before >= Certainty.LIKELY) == ordered

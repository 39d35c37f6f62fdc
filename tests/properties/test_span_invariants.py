"""Span invariants: likely ⊆ possible everywhere, membership bounds, shifting by whole units."""

from __future__ import annotations

import datetime as dt

import pendulum
from hypothesis import given
from hypothesis import strategies as st
from pendulum import DateTime
from strategies import ZONE_NAMES, granularities, instants, spans, unit_spans

from chronology import Granularity, Span

G = Granularity


def _ok(span: Span) -> None:
    assert span.possible.contains(span.likely)
    for part in span.parts:
        assert span.likely.contains(part)


@given(spans())
def test_likely_inside_possible(span: Span) -> None:
    """Every constructed Span has likely ⊆ possible and parts inside likely."""
    _ok(span)


@given(instants(), granularities)
def test_unit_span_contains_its_instant(t: DateTime, g: Granularity) -> None:
    """Span.of(t, g) is exact, aligned and contains t."""
    span = Span.of(t, g)
    _ok(span)
    assert span.is_exact and span.likely.contains(t) and g.is_aligned(span.likely)


@given(instants(), st.sampled_from([G.DAY, G.MONTH, G.YEAR, G.DECADE]),
       st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=400)))
def test_around_is_valid_and_reaches_the_tolerance(t: DateTime, g: Granularity, tol: dt.timedelta) -> None:
    """Span.around keeps likely ⊆ possible and possible covers the tolerance on both sides."""
    span = Span.around(t, tol, g)
    _ok(span)
    assert span.possible.start <= span.likely.start - tol
    assert span.possible.end >= span.likely.end + tol


@given(st.lists(unit_spans(zone="UTC"), min_size=1, max_size=5), st.sampled_from(["all", "one"]))
def test_from_parts_is_valid(pieces: list[Span], mode: str) -> None:
    """from_parts gives a valid Span covering every piece."""
    span = Span.from_parts([p.likely for p in pieces], mode)
    _ok(span)
    for p in pieces:
        assert span.likely.contains(p.likely)


@given(spans(), spans())
def test_hull_is_valid_and_covers_both(a: Span, b: Span) -> None:
    """Span.hull keeps the invariant and covers both likely and possible intervals."""
    h = a.hull(b)
    _ok(h)
    assert h.likely.contains(a.likely) and h.possible.contains(b.possible)


@given(spans(), instants())
def test_membership_is_a_belief(span: Span, t: DateTime) -> None:
    """Membership is within [0, 1], 1 inside a likely piece, 0 outside possible."""
    m = span.membership(t)
    assert 0.0 <= m <= 1.0
    if any(p.contains(t) for p in span.pieces):
        assert m == 1.0
    if not span.possible.contains(t):
        assert m == 0.0


_UNIT_KEYWORDS = {G.DAY: "days", G.WEEK: "weeks", G.MONTH: "months", G.YEAR: "years"}


# Sao Paulo is left out: where a unit began after a missing midnight, a wall-clock shift
# carries the 01:00 start along (Span.shift moves wall-clock times; it does not re-align).
_midnight_zones = st.sampled_from([z for z in ZONE_NAMES if z != "America/Sao_Paulo"]).flatmap(instants)


@given(_midnight_zones, st.sampled_from(sorted(_UNIT_KEYWORDS, key=lambda g: g.rank)), st.integers(-60, 60))
def test_shifting_commutes_with_construction(t: DateTime, g: Granularity, n: int) -> None:
    """Span.of(t + n units) == Span.of(t).shift(n units) for calendar units (wall-clock shift),
    in zones whose days all start at midnight."""
    moved = g.add(t, n)
    assert Span.of(moved, g) == Span.of(t, g).shift(**{_UNIT_KEYWORDS[g]: n})


@given(instants(), st.sampled_from([G.SECOND, G.MINUTE, G.HOUR]), st.integers(-500, 500))
def test_shifting_commutes_for_clock_units(t: DateTime, g: Granularity, n: int) -> None:
    """For seconds, minutes and hours the shift is elapsed time: Span.of(t + d) == Span.of(t).shift(d)."""
    size = {G.SECOND: 1, G.MINUTE: 60, G.HOUR: 3600}[g]
    d = dt.timedelta(seconds=n * size)
    assert Span.of(t + d, g) == Span.of(t, g).shift(d)


@given(instants(zone="UTC"), st.integers(-30, 30))
def test_shifted_span_keeps_its_shape(t: DateTime, days: int) -> None:
    """Shifting an approximate Span by days moves likely and possible alike."""
    span = Span.around(t, pendulum.duration(days=3))
    moved = span.shift(days=days)
    _ok(moved)
    assert moved.likely.start == span.likely.start.add(days=days)
    assert moved.approximate and moved.granularity is span.granularity

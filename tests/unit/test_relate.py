"""compare(): worked examples, an exact probability checked against sampling, and bad input."""

from __future__ import annotations

import random

import pendulum
import pytest

import chronology
from chronology import Certainty, Event, InvalidSpan, Span, compare

ANCHOR = "1999-11-09"


def test_separate_days_are_certainly_ordered() -> None:
    c = compare(Span.of("1999-11-05"), Span.of("1999-11-08"))
    assert (c.before, c.after, c.overlap, c.p_before) == (
        Certainty.CERTAIN, Certainty.IMPOSSIBLE, Certainty.IMPOSSIBLE, 1.0)


def test_a_day_inside_a_month_leaves_the_order_open() -> None:
    c = compare(Span.of("1999-11", "month"), Span.of("1999-11-08"))
    assert (c.before, c.after, c.overlap) == (Certainty.POSSIBLE, Certainty.POSSIBLE, Certainty.LIKELY)
    assert c.p_before == pytest.approx(7.5 / 30)  # seven whole days before, half of the 8th


def test_two_uniform_times_half_overlapping() -> None:
    # A uniform on days 1-2, B uniform on days 2-3: P(A > B) is half of the shared day squared
    a = Span(("1999-11-01", "1999-11-03"))
    b = Span(("1999-11-02", "1999-11-04"))
    assert compare(a, b).p_before == pytest.approx(1 - 0.5 / 4)


def test_tapers_weigh_less_than_likely_time() -> None:
    # same likely year; the second may also lie in the following year: it is more likely later
    a = Span(("1998-01-01", "1999-01-01"))
    b = Span(("1998-01-01", "1999-01-01"), ("1998-01-01", "2000-01-01"))
    c = compare(a, b)
    assert c.before is Certainty.POSSIBLE and c.overlap is Certainty.LIKELY
    assert c.p_before > 0.5


def test_parts_keep_their_gaps() -> None:
    # November 5 or 27 against November 6: the gap between the parts carries no belief
    parts = Span.from_parts([("1999-11-05", "1999-11-06"), ("1999-11-27", "1999-11-28")], mode="one")
    c = compare(parts, Span.of("1999-11-06"))
    assert c.p_before == pytest.approx(0.5)
    assert compare(parts, Span.of("1999-11-15")).overlap is Certainty.POSSIBLE


@pytest.mark.parametrize(("first", "second"), [
    ("about two years ago", "early 1998"),
    ("around mid-1997", "about 30 months ago"),
    ("October 4-5, 27", "mid-October"),
    ("nearly a decade ago", "the early 1990s"),
])
def test_the_exact_probability_matches_sampling(first: str, second: str) -> None:
    a, b = (chronology.resolve(t, anchor=ANCHOR) for t in (first, second))
    rng = random.Random(7)

    def draw(s: Span) -> float:  # rejection sampling from the membership trapezoid
        lo, hi = s.possible.start.timestamp(), s.possible.end.timestamp()
        while True:
            t = rng.uniform(lo, hi)
            if rng.random() < s.membership(pendulum.from_timestamp(t)):
                return t

    n = 6000
    sampled = sum(draw(a) < draw(b) for _ in range(n)) / n
    assert compare(a, b).p_before == pytest.approx(sampled, abs=0.025)


def test_zones_do_not_matter() -> None:
    ny = Span.of("1999-11-05", tz="America/New_York")
    utc = Span(("1999-11-05T05:00:00+00:00", "1999-11-06T05:00:00+00:00"))
    c = compare(ny, utc)
    assert c.p_before == pytest.approx(0.5) and c.overlap is Certainty.LIKELY


def test_events_are_compared_by_their_spans() -> None:
    a = Event(label="Crossing", span=Span.of("1999-11-05"))
    b = Event(label="Count", span=Span.of("1999-11-06"))
    assert compare(a, b).before is Certainty.CERTAIN


def test_wording_in_words() -> None:
    assert str(compare(Span.of("1999-11-05"), Span.of("1999-11-08"))) == \
        "the first certainly precedes the second (p=1.000)"
    assert str(compare(Span.of("1999-11", "month"), Span.of("1999-11-08"))) == \
        "the order is open (p_before=0.250), and likely overlaps it"


def test_bad_input_is_a_typed_error() -> None:
    with pytest.raises(InvalidSpan, match="Spans or Events"):
        compare("1999-11-05", Span.of("1999-11-05"))  # type: ignore[arg-type]

"""Span: validation errors, defaults, constructors, Anchor.at, Event equality."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest

from chronology import (
    Anchor,
    Event,
    Granularity,
    Interval,
    InvalidAnchor,
    InvalidSpan,
    PartsMode,
    Provenance,
    Span,
    Timex,
)

G = Granularity
DAY5 = Interval("1999-11-05", "1999-11-06")
DAY7 = Interval("1999-11-07", "1999-11-08")


class TestValidation:
    def test_likely_must_lie_inside_possible(self) -> None:
        """A likely interval sticking out of possible raises InvalidSpan naming both."""
        with pytest.raises(InvalidSpan, match="must lie inside possible"):
            Span(("1999-11-05", "1999-11-08"), ("1999-11-06", "1999-11-09"))

    def test_single_part_is_refused(self) -> None:
        """parts, when given, need at least two pieces."""
        with pytest.raises(InvalidSpan, match="at least two parts"):
            Span(DAY5, parts=[DAY5])

    def test_parts_must_be_sorted_and_disjoint(self) -> None:
        """Unsorted or overlapping parts raise InvalidSpan."""
        hull = DAY5.hull(DAY7)
        with pytest.raises(InvalidSpan, match="sorted"):
            Span(hull, parts=[DAY7, DAY5])
        with pytest.raises(InvalidSpan, match="sorted"):
            Span(Interval("1999-11-05", "1999-11-08"), parts=[("1999-11-05", "1999-11-07"), ("1999-11-06", "1999-11-08")])

    def test_likely_must_be_hull_of_parts(self) -> None:
        """likely must start at the first part and end at the last."""
        with pytest.raises(InvalidSpan, match="hull"):
            Span(Interval("1999-11-01", "1999-11-08"), parts=[DAY5, DAY7])

    def test_bad_field_values_raise_invalid_span(self) -> None:
        """Unknown granularity, parts mode, non-interval likely: InvalidSpan, never a bare ValueError."""
        with pytest.raises(InvalidSpan, match="granularity"):
            Span(DAY5, granularity="fortnight")
        with pytest.raises(InvalidSpan, match="parts_mode"):
            Span(DAY5.hull(DAY7), parts=[DAY5, DAY7], parts_mode="some")
        with pytest.raises(InvalidSpan):
            Span("1999-11-05")  # type: ignore[arg-type]
        with pytest.raises(InvalidSpan):
            Span.from_parts([])

    def test_negative_tolerance_is_refused(self) -> None:
        """Span.around with a negative tolerance raises InvalidSpan."""
        with pytest.raises(InvalidSpan, match="negative"):
            Span.around("1999-11-05", -dt.timedelta(days=1))


class TestDefaults:
    def test_granularity_is_inferred_without_parts(self) -> None:
        """Span(likely) alone infers the coarsest unit likely is exactly one of."""
        assert Span(("1999-11-01", "1999-12-01")).granularity is G.MONTH
        assert Span.exact(("1999-11-05", "1999-11-08")).granularity is G.DAY

    @pytest.mark.parametrize(("likely", "g"), [
        (("0001-01-03", "0001-01-04"), G.DAY), (("0150-01-01", "0151-01-01"), G.YEAR),
        (("0001-01-01", "0011-01-01"), G.YEAR), (("0010-01-01", "0020-01-01"), G.DECADE),
        (("0005-03-01", "0005-04-01"), G.MONTH), (("9999-12-30", "9999-12-31"), G.DAY),
        (("9000-01-01", "9001-01-01"), G.YEAR), (("9990-01-01", "9999-01-01"), G.YEAR)])
    def test_granularity_is_inferred_near_the_years_edges(self, likely: tuple[str, str], g: Granularity) -> None:
        """A time in the first or last millennium (whose millennium, century or decade
        starts before year 1 or ends after 9999) infers its own unit, as 'the day after
        next' said on 0001-01-01 does; it raised, so span_from_iso and span_from_edtf of such
        a time did too."""
        assert Span.exact(likely).granularity is g
        assert Span(likely).granularity is g

    def test_granularity_is_inferred_from_the_first_part(self) -> None:
        """With parts, the first part decides the default granularity."""
        span = Span(DAY5.hull(DAY7), parts=[DAY5, DAY7])
        assert span.granularity is G.DAY and span.parts_mode is PartsMode.ALL

    def test_possible_defaults_to_likely(self) -> None:
        """A Span given only likely is exact."""
        assert Span(DAY5).possible == DAY5 and Span(DAY5).is_exact

    def test_timex_is_not_part_of_equality(self) -> None:
        """Two Spans differing only in timex are equal and hash alike."""
        a, b = Span.of("1999-11-05"), Span.of("1999-11-05").with_timex(Timex("DATE", "1999-11-05"))
        assert a == b and hash(a) == hash(b)

    def test_approximate_is_part_of_equality(self) -> None:
        """The approximate flag distinguishes otherwise identical Spans."""
        assert Span(DAY5) != Span(DAY5, approximate=True)


class TestAround:
    def test_possible_reaches_tolerance_on_both_sides(self) -> None:
        """'Around November 1999' ± 2 weeks reaches into October *and* December (rounded out to months)."""
        span = Span.around("1999-11-15", pendulum.duration(weeks=2), "month")
        assert span.possible == Interval("1999-10-01", "2000-01-01")
        assert span.approximate

    def test_aligned_tolerance_is_exact(self) -> None:
        """A whole-unit tolerance widens by exactly that many units."""
        span = Span.around("1997-06-01", pendulum.duration(years=2), "year")
        assert span.possible == Interval("1995-01-01", "2000-01-01")


class TestMembership:
    def test_trapezoid(self) -> None:
        """Membership is 1 on likely, tapers linearly to 0 at the possible edges, 0 in part gaps."""
        span = Span(("1999-11-05", "1999-11-06"), ("1999-11-03", "1999-11-08"))
        assert span.membership("1999-11-05T12:00") == 1.0
        assert span.membership("1999-11-04") == 0.5
        assert span.membership("1999-11-07") == 0.5
        assert span.membership("1999-11-08") == 0.0
        gappy = Span(DAY5.hull(DAY7), parts=[DAY5, DAY7])
        assert gappy.membership("1999-11-06T12:00") == 0.0


class TestAnchorAt:
    @pytest.mark.parametrize("text,g,likely", [
        ("1999", G.YEAR, ("1999-01-01", "2000-01-01")),
        ("1999-11", G.MONTH, ("1999-11-01", "1999-12-01")),
        ("1999-11-09", G.DAY, ("1999-11-09", "1999-11-10")),
        (" 1999-11 ", G.MONTH, ("1999-11-01", "1999-12-01")),
    ])
    def test_partial_iso_strings(self, text: str, g: Granularity, likely: tuple[str, str]) -> None:
        """A partial ISO date is the whole year, month or day it names."""
        anchor = Anchor.at(text)
        assert anchor.granularity is g and anchor.likely == Interval(*likely)

    def test_full_datetime_is_a_second(self) -> None:
        """A datetime string anchors at its second."""
        anchor = Anchor.at("1999-11-09T10:30")
        assert anchor.granularity is G.SECOND and anchor.likely.duration.in_seconds() == 1

    def test_zone_applies_to_partial_strings(self) -> None:
        """tz decides where the month starts."""
        assert Anchor.at("1999-11", tz="Europe/Moscow").likely.start.isoformat() == "1999-11-01T00:00:00+03:00"

    @pytest.mark.parametrize("bad", ["1999-13", "1999-02-30", "garbage", "", 42, None])
    def test_bad_values_raise_invalid_anchor(self, bad: object) -> None:
        """Impossible dates, garbage and non-dates raise InvalidAnchor."""
        with pytest.raises(InvalidAnchor):
            Anchor.at(bad)  # type: ignore[arg-type]

    def test_source_counts_in_equality(self) -> None:
        """Anchors with the same time but different sources differ; to_span drops the source."""
        a, b = Anchor.at("1999"), Anchor.at("1999", source="dateline")
        assert a != b and a.to_span() == b.to_span() == Span.of("1999", "year")


class TestEventEquality:
    def test_provenance_does_not_count(self) -> None:
        """Same label, span, actors, tags and group: equal and same hash, wherever they were read."""
        span = Span.of("1999-11-05")
        a = Event("Talks", span, ["UN"], provenance=Provenance("r1", 0, 5, "Nov 5"))
        b = Event("Talks", span, ("UN",), provenance=Provenance("r2"))
        assert a == b and hash(a) == hash(b) and len({a, b}) == 1

    @pytest.mark.parametrize("field,value", [("label", "Other"), ("span", Span.of("1999-11-06")),
                                             ("actors", ("UN",)), ("tags", ("war",)), ("group", "g")])
    def test_each_other_field_counts(self, field: str, value: object) -> None:
        """Changing label, span, actors, tags or group makes a different event."""
        import attrs
        base = Event("Talks", Span.of("1999-11-05"))
        assert attrs.evolve(base, **{field: value}) != base

    def test_timex_on_the_span_does_not_count(self) -> None:
        """Spans equal but for their timex give equal events."""
        a = Event("Talks", Span.of("1999-11-05"))
        b = Event("Talks", Span.of("1999-11-05").with_timex(Timex("DATE", "1999-11-05")))
        assert a == b and hash(a) == hash(b)

    def test_validation(self) -> None:
        """Non-string labels, non-Span spans, non-string actors and bad offsets raise InvalidSpan."""
        with pytest.raises(InvalidSpan):
            Event(42, Span.of("1999"))  # type: ignore[arg-type]
        with pytest.raises(InvalidSpan):
            Event("x", "1999")  # type: ignore[arg-type]
        with pytest.raises(InvalidSpan):
            Event("x", Span.of("1999"), actors=[1])  # type: ignore[list-item]
        with pytest.raises(InvalidSpan):
            Provenance("r", 5, 2)
        with pytest.raises(InvalidSpan):
            Provenance("r", 5)

"""EDTF and ISO 8601: what each notation reads as, what Spans write as, and the fallback."""

from __future__ import annotations

import pendulum
import pytest

from chronology import FormatError, Granularity, Interval, PartsMode, Span
from chronology.export import span_from_edtf, span_from_iso, span_to_edtf, span_to_iso
from chronology.export.edtf import OPEN_END, OPEN_START
from chronology.options import ApproximationPolicy

G = Granularity

# (EDTF, likely, possible or None for = likely, granularity, approximate)
READINGS = [
    ("1999", ("1999-01-01", "2000-01-01"), None, G.YEAR, False),
    ("1999-10", ("1999-10-01", "1999-11-01"), None, G.MONTH, False),
    ("1999-11-05", ("1999-11-05", "1999-11-06"), None, G.DAY, False),
    ("1999-11-05T15:00:00Z", ("1999-11-05T15:00:00Z", "1999-11-05T15:00:01Z"), None, G.SECOND, False),
    ("1999-11-05T15:00:00-05:00", ("1999-11-05T20:00:00Z", "1999-11-05T20:00:01Z"), None, G.SECOND, False),
    ("1997~", ("1997-01-01", "1998-01-01"), ("1995-01-01", "2000-01-01"), G.YEAR, True),
    ("1999?", ("1999-01-01", "2000-01-01"), ("1997-01-01", "2002-01-01"), G.YEAR, False),
    ("1999%", ("1999-01-01", "2000-01-01"), ("1997-01-01", "2002-01-01"), G.YEAR, True),
    ("1999-11~", ("1999-11-01", "1999-12-01"), ("1999-10-18", "1999-12-15"), G.MONTH, True),
    ("1999-11-05~", ("1999-11-05", "1999-11-06"), ("1999-11-03", "1999-11-08"), G.DAY, True),
    ("1999-11-05/1999-11-07", ("1999-11-05", "1999-11-08"), None, G.DAY, False),
    ("1997~/1999", ("1997-01-01", "2000-01-01"), ("1995-01-01", "2000-01-01"), G.YEAR, True),
    ("1999/2000-05", ("1999-01-01", "2000-06-01"), None, G.MONTH, False),
    ("199X", ("1990-01-01", "2000-01-01"), None, G.DECADE, False),
    ("19XX", ("1900-01-01", "2000-01-01"), None, G.CENTURY, False),
    ("1XXX", ("1000-01-01", "2000-01-01"), None, G.MILLENNIUM, False),
    ("1999-21", ("1999-03-01", "1999-06-01"), None, G.SEASON, False),
    ("1999-22", ("1999-06-01", "1999-09-01"), None, G.SEASON, False),
    ("1999-23", ("1999-09-01", "1999-12-01"), None, G.SEASON, False),
    ("1999-24", ("1998-12-01", "1999-03-01"), None, G.SEASON, False),
    ("1999-28", ("1998-12-01", "1999-03-01"), None, G.SEASON, False),
    ("1999-33", ("1999-01-01", "1999-04-01"), None, G.QUARTER, False),
    ("1999-36", ("1999-10-01", "2000-01-01"), None, G.QUARTER, False),
    ("1999-40", ("1999-01-01", "1999-07-01"), None, G.HALF, False),
    ("1999-41", ("1999-07-01", "2000-01-01"), None, G.HALF, False),
    (" 1999 ", ("1999-01-01", "2000-01-01"), None, G.YEAR, False),
]


@pytest.mark.parametrize("text,likely,possible,g,approximate", READINGS, ids=[r[0] for r in READINGS])
def test_reading(text: str, likely: tuple[str, str], possible: tuple[str, str] | None, g: Granularity,
                 approximate: bool) -> None:
    """Each EDTF form reads as the documented likely/possible/granularity/approximate."""
    span = span_from_edtf(text)
    assert span.likely == Interval(*likely)
    assert span.possible == Interval(*(possible or likely))
    assert span.granularity is g and span.approximate is approximate


WRITINGS = [r[0] for r in READINGS if r[0] not in ("1999%", "1999-28", " 1999 ", "1999/2000-05")] + [
    "1999-10-04..1999-10-05", "{1999-10-04..1999-10-05,1999-10-27}", "[1999-10-04,1999-10-27]",
    "../1999", "1999/..", "/1999-11", "1999-11/", "2004-06-11~/2004-06-20", "1999-11-05T15:00:00+01:00"]
WRITINGS.remove("1999-10-04..1999-10-05")


@pytest.mark.parametrize("text", WRITINGS)
def test_writing_gives_back_the_text(text: str) -> None:
    """The canonical forms are written back exactly as read."""
    assert span_to_edtf(span_from_edtf(text), strict=True) == text


class TestSets:
    def test_all_of(self) -> None:
        """{a..b,c} is a Span whose parts all happened."""
        span = span_from_edtf("{1999-10-04..1999-10-05,1999-10-27}")
        assert span.parts == (Interval("1999-10-04", "1999-10-06"), Interval("1999-10-27", "1999-10-28"))
        assert span.parts_mode is PartsMode.ALL and span.likely == Interval("1999-10-04", "1999-10-28")

    def test_one_of(self) -> None:
        """[a,b] is a Span one of whose parts is meant."""
        span = span_from_edtf("[1999-10-04,1999-10-27]")
        assert span.parts_mode is PartsMode.ONE and len(span.parts) == 2

    def test_unsorted_overlapping_elements_are_normalised(self) -> None:
        """Out-of-order or overlapping elements are merged like Span.from_parts does."""
        assert span_from_edtf("{1999,1998}") == Span.exact(("1998-01-01", "2000-01-01"), "year")
        assert span_from_edtf("{1999-05,1999}").parts == ()

    def test_single_element_set_is_continuous(self) -> None:
        """{1999} is just 1999."""
        assert span_from_edtf("{1999}") == span_from_edtf("1999")


class TestOpenAndUnknown:
    def test_open_start(self) -> None:
        """../1999 reaches back to the first representable instant, in likely and possible."""
        span = span_from_edtf("../1999")
        assert span.likely.start == OPEN_START and span.likely.end == pendulum.datetime(2000, 1, 1)

    def test_open_end(self) -> None:
        """1999/.. reaches forward to the last representable instant."""
        assert span_from_edtf("1999/..").possible.end == OPEN_END

    def test_unknown_start(self) -> None:
        """/1999 is likely 1999, possibly any time before."""
        span = span_from_edtf("/1999")
        assert span.likely == Interval("1999-01-01", "2000-01-01") and span.possible.start == OPEN_START


class TestZones:
    def test_dates_are_read_in_tz(self) -> None:
        """tz decides where a date's unit starts; the Span writes back in its own zone."""
        span = span_from_edtf("1999-11-05", tz="America/New_York")
        assert span.likely.start.isoformat() == "1999-11-05T00:00:00-05:00"
        assert span_to_edtf(span) == "1999-11-05"
        assert span_from_edtf(span_to_edtf(span), tz="America/New_York") == span

    def test_times_without_offset_are_read_in_tz(self) -> None:
        """A time with no Z or offset is wall-clock time in tz."""
        span = span_from_edtf("1999-07-05T15:00:00", tz="Europe/London")
        assert span.likely.start.isoformat() == "1999-07-05T15:00:00+01:00"

    def test_dst_day(self) -> None:
        """A 23-hour spring-forward day in New York round trips."""
        span = Span.of("2024-03-10", tz="America/New_York")
        assert span_to_edtf(span) == "2024-03-10"
        assert span_from_edtf("2024-03-10", tz="America/New_York").likely.duration.in_hours() == 23

    def test_time_offsets_are_kept(self) -> None:
        """A time in a named zone is written with its offset (Z for zero)."""
        t = pendulum.datetime(1999, 7, 5, 15, tz="Europe/London")
        assert span_to_edtf(Span.of(t, "second")) == "1999-07-05T15:00:00+01:00"
        assert span_to_edtf(Span.of(t.in_timezone("UTC"), "second")) == "1999-07-05T14:00:00Z"

    def test_local_mean_time_offsets_fall_back_to_utc(self) -> None:
        """An offset with seconds (London before 1847) cannot be written; the time is given in UTC."""
        t = pendulum.datetime(1800, 1, 1, 12, tz="Europe/London")
        text = span_to_edtf(Span.of(t, "second"))
        assert text.endswith("Z") and span_from_edtf(text) == Span.of(t, "second")


class TestPolicy:
    def test_custom_widths(self) -> None:
        """~ widens by the policy given, on read and write."""
        policy = ApproximationPolicy(approx_widths={"year": (5, "year")})
        span = span_from_edtf("1997~", policy=policy)
        assert span.possible == Interval("1992-01-01", "2003-01-01")
        assert span_to_edtf(span, policy=policy) == "1997~"
        assert span_to_edtf(span) == "1997~"  # fallback under the default policy keeps the marker

    def test_zero_width_approximation(self) -> None:
        """With a zero width, ~ only sets approximate; such a Span writes as ~ again."""
        policy = ApproximationPolicy(approx_widths={"year": (0, "year")})
        span = span_from_edtf("1997~", policy=policy)
        assert span.is_exact and span.approximate
        assert span_to_edtf(span, policy=policy, strict=True) == "1997~"


class TestFallback:
    @pytest.mark.parametrize("span,text", [
        (Span.of("1999-11-09", "week"), "1999-11-08/1999-11-14"),
        (Span.of("1999-11-09T15:20", "hour"), "1999-11-09T15:00:00Z/1999-11-09T15:59:59Z"),
        (Span(("1999-03-10", "1999-05-20"), ("1999-03-01", "1999-06-01")), "1999-03-10?/1999-05-19?"),
        (Span.around("1999-11-15", pendulum.duration(weeks=2), "month"), "1999-11~"),
        (Span(("1999-11-05", "1999-11-06"), approximate=True), "1999-11-05~"),
        (Span.from_parts([("1999-11-05", "1999-11-06"), ("1999-11-08", "1999-11-09")]).with_possible(
            Interval("1999-11-01", "1999-11-09")), "1999-11-05?/1999-11-08"),
    ])
    def test_inexpressible_spans_write_likely_with_markers(self, span: Span, text: str) -> None:
        """The fallback writes likely (hull of parts) at the coarsest aligned precision, marking
        each side where possible reaches further (~ if approximate, else ?)."""
        assert span_to_edtf(span) == text

    @pytest.mark.parametrize("span,text", [
        # 'last weeks' said on 9999-12-30: possible cannot reach past the last day
        (Span(("9999-12-10", "9999-12-31"), ("9999-11-26", "9999-12-31"), approximate=True),
         "9999-12-10~/9999-12-30"),
        (Span(("9999-12-30", "9999-12-31"), approximate=True), "9999-12-30~/9999-12-30"),
        (Span(("0001-01-01", "0001-01-02"), ("0001-01-01", "0001-01-05"), approximate=True), "../0001-01-01~"),
    ])
    def test_no_marker_where_reading_would_leave_the_years(self, span: Span, text: str) -> None:
        """A side is not marked where reading the marker back would widen likely past the
        years 1-9999 (span_from_edtf refuses '9999-12-30~'): the fallback's text reads back,
        covering likely and keeping the hedge."""
        assert span_to_edtf(span) == text
        back = span_from_edtf(text)
        assert back.likely.contains(span.likely) and back.approximate == span.approximate

    def test_strict_refuses(self) -> None:
        """strict=True raises FormatError saying why the Span has no exact EDTF form."""
        with pytest.raises(FormatError, match="no week precision"):
            span_to_edtf(Span.of("1999-11-09", "week"), strict=True)
        with pytest.raises(FormatError, match="approximation policy"):
            span_to_edtf(Span(("1999-03-01", "1999-04-01"), ("1999-02-01", "1999-04-01")), strict=True)

    def test_sub_second_bounds_round_outwards(self) -> None:
        """Microseconds cannot be written; the second containing them is."""
        span = Span.exact(("1999-11-05T10:00:00.5", "1999-11-05T10:00:01.5"))
        assert span_to_edtf(span) == "1999-11-05T10:00:00Z/1999-11-05T10:00:01Z"


BAD = ["", "1999-13", "1999-02-30", "0000", "99", "1999-10~-05", "199X-10", "1999-29", "1999-37",
       "2000/1999", "1999/2000/2001", "../..", "{1999..}", "{}", "[1999", "1999-10-05T25:00:00",
       "1999-10-05T15:00:00+25:00", "1999-10-05T15:00:00.5Z", "9999~", "{1999~,2000}", "abc", "1999 AD"]


@pytest.mark.parametrize("text", BAD)
def test_bad_edtf_raises_format_error_quoting_it(text: str) -> None:
    """Malformed or unsupported EDTF raises FormatError (a ValueError) quoting the text."""
    with pytest.raises(FormatError) as info:
        span_from_edtf(text)
    assert repr(text.strip()) in str(info.value) or repr(text) in str(info.value)
    assert isinstance(info.value, ValueError)


def test_non_strings_and_bad_zones_raise_format_error() -> None:
    """Non-string input and unknown zones raise FormatError too."""
    with pytest.raises(FormatError):
        span_from_edtf(1999)  # type: ignore[arg-type]
    with pytest.raises(FormatError, match="unknown time zone"):
        span_from_edtf("1999", tz="Mars/Olympus")
    with pytest.raises(FormatError):
        span_to_edtf("1999")  # type: ignore[arg-type]


class TestIso:
    def test_writes_full_datetimes_end_exclusive(self) -> None:
        """The ISO form of a day is midnight to next midnight, with offsets."""
        assert span_to_iso(Span.of("1999-11-05")) == "1999-11-05T00:00:00+00:00/1999-11-06T00:00:00+00:00"

    def test_likely_or_possible(self) -> None:
        """which='possible' writes the possible interval."""
        span = span_from_edtf("1997~")
        assert span_to_iso(span, "possible").startswith("1995-01-01")
        with pytest.raises(FormatError):
            span_to_iso(span, "maybe")  # type: ignore[arg-type]

    def test_reads_back_exactly(self) -> None:
        """span_from_iso infers the granularity; zones without offsets use tz."""
        span = Span.of("1999-11", "month", tz="Europe/Paris")
        assert span_from_iso(span_to_iso(span)) == span
        assert span_from_iso("1999-11-01/1999-12-01", tz="Europe/Paris") == span

    @pytest.mark.parametrize("text", ["", "1999", "1999/", "a/b", "1999-11-06/1999-11-05", "1/2/3"])
    def test_bad_iso_raises_format_error(self, text: str) -> None:
        """Anything but a valid start/end pair raises FormatError."""
        with pytest.raises(FormatError):
            span_from_iso(text)

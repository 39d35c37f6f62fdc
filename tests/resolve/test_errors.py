"""Bad input fails fast and clearly: ResolutionError for text, InvalidAnchor for anchors.

The adversarial texts are a hang guard: each must be refused well within a generous bound.
"""

from __future__ import annotations

import datetime as dt
import time

import pendulum
import pytest

import chronology
from chronology import ChronologyError, InvalidAnchor, NoPlaceInTime, ResolutionError
from chronology.resolve import MAX_EXPRESSION_CHARS, _parse_cached, _resolve_cached, parse

ANCHOR = "1999-11-09"
#: a hang guard, not a benchmark: real work takes milliseconds
BOUND_S = 2.0

LONG = {
    "ones": "1 " * 50000,
    "months": "November " * 20000,
    "digits": "7" * 100000,
    "dashes": "-" * 100000,
    "letters": "a" * 100000,
    "nested-ranges": "from " * 10000 + "1999" + " to 2000" * 10000,
    "dates-and": "November 5, " * 10000,
    "en-dashes": "5\u2013" * 50000,
}

# just under the length limit, so the grammar itself must stay fast on them
SHORT = {
    "ones": ("1 " * 100)[:MAX_EXPRESSION_CHARS],
    "months": ("November " * 30)[:MAX_EXPRESSION_CHARS],
    "digits": "7" * MAX_EXPRESSION_CHARS,
    "dashes": "-" * MAX_EXPRESSION_CHARS,
    "nested-ranges": ("from 1990 to " * 20)[:MAX_EXPRESSION_CHARS],
    "days-list": ("5, 6 and " * 30)[:MAX_EXPRESSION_CHARS],
    "ago": ("two years ago " * 20)[:MAX_EXPRESSION_CHARS],
    "about": ("about " * 40)[:MAX_EXPRESSION_CHARS],
}


def _fresh() -> None:
    _parse_cached.cache_clear()
    _resolve_cached.cache_clear()


def _refused_quickly(text: str) -> ResolutionError:
    _fresh()
    t0 = time.perf_counter()
    with pytest.raises(ResolutionError) as info:
        chronology.resolve(text, anchor=ANCHOR)
    elapsed = time.perf_counter() - t0
    assert elapsed < BOUND_S, f"took {elapsed:.2f}s"
    return info.value


@pytest.mark.parametrize("text", ["", " ", "   \t\n  ", "\u00a0\u00a0"], ids=repr)
def test_empty_and_whitespace(text: str) -> None:
    err = _refused_quickly(text)
    assert "empty" in str(err)


@pytest.mark.parametrize("name", sorted(LONG))
def test_long_adversarial_text_is_refused_quickly(name: str) -> None:
    text = LONG[name]
    assert len(text) >= 100000
    err = _refused_quickly(text)
    assert "characters long" in str(err)
    assert len(str(err)) < 500  # the message quotes a window, not the whole text


@pytest.mark.parametrize("name", sorted(SHORT))
def test_long_adversarial_expression_is_refused_quickly(name: str) -> None:
    text = SHORT[name]
    assert len(text) <= MAX_EXPRESSION_CHARS
    err = _refused_quickly(text)
    assert not isinstance(err, NoPlaceInTime)
    assert len(str(err)) < 800


@pytest.mark.parametrize("value", [None, 5, 3.5, b"last month", ["last month"], object()],
                         ids=lambda v: type(v).__name__)
def test_non_string_input(value: object) -> None:
    with pytest.raises(ResolutionError, match="expected text"):
        chronology.resolve(value, anchor=ANCHOR)  # type: ignore[arg-type]
    with pytest.raises(ResolutionError, match="expected text"):
        parse(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("anchor", ["hello", "", "1999-13", "1999-02-30", "99-11-09", "November 9, 1999",
                                    "1999-11-09T25:00"])
def test_bad_anchor_strings(anchor: str) -> None:
    with pytest.raises(InvalidAnchor):
        chronology.resolve("last month", anchor=anchor)


@pytest.mark.parametrize("anchor", [5, 3.5, ["1999-11-09"], object()], ids=lambda v: type(v).__name__)
def test_bad_anchor_types(anchor: object) -> None:
    with pytest.raises(InvalidAnchor):
        chronology.resolve("last month", anchor=anchor)


def test_good_anchor_types() -> None:
    want = chronology.Interval("1999-10-01", "1999-11-01")
    for anchor in ("1999-11-09", dt.date(1999, 11, 9), dt.datetime(1999, 11, 9, 12),
                   chronology.Span.of("1999-11-09"), chronology.Anchor.at("1999-11-09")):
        assert chronology.resolve("last month", anchor=anchor).likely == want


@pytest.mark.parametrize("text", ["300 BC", "44 BC", "1 BC", "500 BCE"])
def test_bc_years_are_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(ResolutionError) as info:
        chronology.resolve(text, anchor=ANCHOR)
    message = str(info.value)
    assert "BC" in message and "1-9999" in message
    assert text in message


def test_years_outside_the_calendar() -> None:
    for text in ("9999 years ago", "in 9000 years"):
        with pytest.raises(ResolutionError, match="1-9999|calendar"):
            chronology.resolve(text, anchor=ANCHOR)


def test_message_quotes_the_text_and_says_what_was_expected() -> None:
    with pytest.raises(ResolutionError) as info:
        chronology.resolve("the weather", anchor=ANCHOR)
    err = info.value
    assert "'the weather'" in str(err)
    assert "expected" in str(err)
    assert err.text == "the weather"
    assert err.expected


def test_partial_expression_points_at_the_rest() -> None:
    with pytest.raises(ResolutionError) as info:
        chronology.resolve("November 5, 1999 and then some", anchor=ANCHOR)
    assert "only 'November 5, 1999'" in str(info.value)
    assert info.value.position is not None and info.value.position >= len("November 5, 1999")


def test_no_place_in_time_is_a_resolution_error() -> None:
    with pytest.raises(ResolutionError) as info:
        chronology.resolve("three weeks", anchor=ANCHOR)
    assert isinstance(info.value, NoPlaceInTime)
    assert isinstance(info.value, ChronologyError)
    assert "P3W" in str(info.value)


@pytest.mark.parametrize(("text", "anchor"), [
    ("last weekend", "0001-01-01"), ("the 20th", "0001-01-01"), ("yesterday", "0001-01-01"),
    ("tomorrow", "9999-12-30"), ("next year", "9999-06-15"), ("last month", "0001-01"),
    ("in two weeks", "9999-12-20"), ("more than a year ago", "0001-06-15"),
    # clocks east of UTC early on January 1 of the year 1 are in the year 0 in UTC (these gave
    # a Span whose hash and comparisons raised OverflowError)
    ("12:30 a.m. CET", "0001-01-01"), ("0030 CET", "0001-01-01"), ("1 a.m. Baghdad time", "0001-01-01"),
])
def test_times_beyond_the_calendar_edges_are_resolution_errors(text: str, anchor: str) -> None:
    with pytest.raises(ResolutionError, match="1-9999|calendar"):
        chronology.resolve(text, anchor=anchor)


@pytest.mark.parametrize("text", ["the year", "this month", "today"])
def test_a_unit_on_a_zones_clocks_before_year_1_in_utc_is_refused(text: str) -> None:
    """Seen from 1:30 a.m. on Brussels' clocks on January 1 of the year 1 (local mean time,
    UTC+0:17:30: extraction's focus after '1:30 a.m. Central European Time yesterday'), the
    year began in the year 0 in UTC: ResolutionError, not a Span whose hash raised
    OverflowError (extraction crashed on the next mention)."""
    anchor = chronology.Span.of(pendulum.datetime(1, 1, 1, 1, 30, tz="Europe/Brussels"), "minute")
    with pytest.raises(ResolutionError, match="1-9999"):
        chronology.resolve(text, anchor=anchor)


def test_a_zone_clock_at_the_first_instant_resolves() -> None:
    """1 a.m. CET on January 1 of the year 1 is midnight UTC, the first instant chronology holds."""
    span = chronology.resolve("1 a.m. CET", anchor="0001-01-01")
    assert span.likely.start.isoformat() == "0001-01-01T01:00:00+01:00" and hash(span)


@pytest.mark.parametrize("text", ["noon New Angeles time", "10 a.m. Hong York time", "3 p.m. Eastern",
                                  "3 p.m. Pacific"])
def test_a_zone_phrase_that_names_no_place_is_refused(text: str) -> None:
    """Each first word of a two-word place takes only its own second words ([zone_place]); a
    region with no "time" ("3 p.m. Eastern Airlines flight") names no clocks."""
    with pytest.raises(ResolutionError, match="only"):
        chronology.resolve(text, anchor="1999-11-09")


@pytest.mark.parametrize(("text", "says"), [
    ("Tuesday, Nov. 10, 1999", "November 10, 1999 is a Wednesday, not a Tuesday"),
    ("Friday, January 1, 2000", "January 1, 2000 is a Saturday, not a Friday"),
    ("Tuesday, 1999-11-10 at 3 p.m.", "November 10, 1999 is a Wednesday, not a Tuesday"),
    ("Monday, November 10", ("November 10 is not a Monday near the anchor (a Tuesday in 1998, a Wednesday in 1999, "
                            "a Friday in 2000)")),
    ("Tuesday the 10th", "the 10th is not a Tuesday near the anchor (a Friday in September 1999"),
])
def test_a_weekday_that_contradicts_its_date_says_which_day_it_is(text: str, says: str) -> None:
    """Two days named, neither chosen silently: the message gives the date's real weekday."""
    with pytest.raises(ResolutionError) as info:
        chronology.resolve(text, anchor=ANCHOR)
    assert says in str(info.value)
    assert info.value.text == text


def test_a_weekday_beside_a_day_at_the_calendar_edge_is_refused_not_crashed() -> None:
    with pytest.raises(ResolutionError):
        chronology.resolve("Tuesday the 20th", anchor="0001-01-01")

"""Times of day are wall-clock times in the anchor's zone, even on days daylight saving changes."""

from __future__ import annotations

import datetime as dt

import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import chronology

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ZONES = ("Europe/London", "America/New_York", "America/Sao_Paulo", "Australia/Sydney", "UTC")


@pytest.mark.parametrize(("text", "anchor", "start"), [
    # London springs forward at 01:00 UTC on 29 March 2026 and falls back on 25 October 2026
    ("yesterday at 3 p.m.", "2026-03-30", "2026-03-29T15:00:00+01:00"),
    ("at 3 p.m.", "2026-10-25", "2026-10-25T15:00:00+00:00"),
    ("at 9 a.m.", "2026-03-29", "2026-03-29T09:00:00+01:00"),
    ("at 1:30 a.m.", "2026-03-29", "2026-03-29T02:30:00+01:00"),  # skipped by the clocks: moved on
    ("this morning", "2026-03-29", "2026-03-29T06:00:00+01:00"),
    ("this evening", "2026-10-25", "2026-10-25T18:00:00+00:00"),
])
def test_times_of_day_on_dst_days_in_london(text: str, anchor: str, start: str) -> None:
    span = chronology.resolve(text, anchor=anchor, tz="Europe/London")
    assert span.likely.start.isoformat() == start


def test_tonight_runs_across_the_change_of_clocks() -> None:
    """The night of 28-29 March 2026 in London: 21:00 GMT to 06:00 BST, eight hours long."""
    span = chronology.resolve("tonight", anchor="2026-03-28", tz="Europe/London")
    assert span.likely.start.isoformat() == "2026-03-28T21:00:00+00:00"
    assert span.likely.end.isoformat() == "2026-03-29T06:00:00+01:00"
    assert span.likely.duration.in_hours() == 8


@settings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
       st.integers(min_value=1, max_value=12), st.sampled_from(("a.m.", "p.m.")), st.sampled_from(ZONES))
def test_a_clock_time_is_what_the_clocks_show(day: dt.date, hour: int, half: str, zone: str) -> None:
    """"H a.m./p.m. on <date>" starts when the zone's clocks show that time on that date (or,
    where the clocks skip it, at the first instant after), whatever DST does that day."""
    h24 = hour % 12 + (12 if half == "p.m." else 0)
    text = f"{hour} {half} on {MONTHS[day.month - 1]} {day.day}, {day.year}"
    start = chronology.resolve(text, anchor="2000-01-01", tz=zone).likely.start
    local = start.in_timezone(zone)
    expected = pendulum.datetime(day.year, day.month, day.day, h24, tz=zone)
    assert local == expected
    assert local.date() == day
    assert local.hour == h24 or (local.hour == h24 + 1 and local.minute == 0)  # a skipped hour

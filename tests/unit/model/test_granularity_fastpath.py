"""The fast path for zones without DST (UTC, fixed offsets) must agree with pendulum exactly."""

from __future__ import annotations

import datetime

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pendulum import WeekDay

from chronology.errors import InvalidSpan
from chronology.model import granularity as gmod
from chronology.model.granularity import Granularity

ZONES = [pendulum.UTC, pendulum.fixed_timezone(5 * 3600 + 1800), pendulum.fixed_timezone(-8 * 3600)]

instants = st.builds(
    lambda y, mo, d, h, mi, s, us, tz: pendulum.datetime(y, mo, min(d, 28 if mo == 2 else 30), h, mi, s, us, tz=tz),
    st.integers(1901, 2099), st.integers(1, 12), st.integers(1, 31), st.integers(0, 23),
    st.integers(0, 59), st.integers(0, 59), st.integers(0, 999_999), st.sampled_from(ZONES))


@given(instants, st.sampled_from(list(Granularity)), st.sampled_from(list(WeekDay)))
def test_floor_agrees_with_pendulum(t: pendulum.DateTime, g: Granularity, ws: WeekDay) -> None:
    assert gmod._floor_steady(g.value, t, ws) == gmod._floor_pendulum(g.value, t, ws)


@given(instants, st.sampled_from(list(Granularity)), st.integers(-300, 300))
def test_add_agrees_with_pendulum(t: pendulum.DateTime, g: Granularity, n: int) -> None:
    try:
        expected = gmod._add_pendulum(g.value, t, n)
    except (ValueError, OverflowError):
        with pytest.raises((ValueError, OverflowError)):
            gmod._add_steady(g.value, t, n)
        return
    assert gmod._add_steady(g.value, t, n) == expected


def test_month_end_clamps_like_pendulum() -> None:
    t = pendulum.datetime(2000, 1, 31)
    assert gmod._add_steady("month", t, 1) == pendulum.datetime(2000, 2, 29)
    assert gmod._add_steady("year", pendulum.datetime(2000, 2, 29), 1) == pendulum.datetime(2001, 2, 28)


def _general_unit(g: Granularity, t: pendulum.DateTime, n: int, ws: WeekDay) -> tuple[object, object]:
    start = gmod._floor_pendulum(g.value, t, ws)
    return start, gmod._add_pendulum(g.value, start, n)


@given(instants, st.sampled_from(list(Granularity)), st.sampled_from(list(WeekDay)), st.integers(1, 30))
def test_units_agree_with_pendulum(t: pendulum.DateTime, g: Granularity, ws: WeekDay, n: int) -> None:
    """unit()/units() build floor and next start together in a fixed zone: the same ends, the
    same class and the same zone object as pendulum's floor and add."""
    for size in (1, n):
        try:
            start, end = _general_unit(g, t, size, ws)
        except (ValueError, OverflowError):  # past year 9999: both refuse
            with pytest.raises(InvalidSpan):
                g.units(t, size, ws)
            continue
        got = g.unit(t, ws) if size == 1 else g.units(t, size, ws)
        assert (got.start, got.end) == (start, end)
        assert type(got.start) is type(got.end) is pendulum.DateTime
        assert got.start.tzinfo is got.end.tzinfo is t.tzinfo


@given(instants, st.sampled_from(list(Granularity)), st.sampled_from(list(WeekDay)), st.integers(-300, 300))
def test_shifted_unit_is_unit_of_shifted_floor(t: pendulum.DateTime, g: Granularity, ws: WeekDay,
                                               n: int) -> None:
    try:
        expected = g.unit(g.add(g.floor(t, ws), n), ws)
    except Exception as exc:  # noqa: BLE001 - the same error either way
        with pytest.raises(type(exc)):
            g.shifted_unit(t, n, ws)
        return
    got = g.shifted_unit(t, n, ws)
    assert (got.start, got.end) == (expected.start, expected.end)
    assert got.start.tzinfo is got.end.tzinfo is t.tzinfo


def test_floor_keeps_fold() -> None:
    """A folded instant (rare in a fixed zone) is floored through replace, which keeps fold."""
    t = datetime.datetime.replace(pendulum.datetime(1999, 11, 9, 15, 30, tz=ZONES[1]), fold=1)
    assert gmod._floor_steady("day", t, WeekDay.MONDAY).fold == 1

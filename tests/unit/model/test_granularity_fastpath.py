"""The fast path for zones without DST (UTC, fixed offsets) must agree with pendulum exactly."""

from __future__ import annotations

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pendulum import WeekDay

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

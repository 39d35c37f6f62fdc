"""The resolver's shortcuts for fixed-offset zones choose exactly what the general search does."""

from __future__ import annotations

import pendulum
from hypothesis import given
from hypothesis import strategies as st

from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.resolve import calendar as cal

ZONES = [pendulum.UTC, pendulum.fixed_timezone(5 * 3600 + 1800), pendulum.fixed_timezone(-8 * 3600)]
G = Granularity

refs = st.builds(
    lambda y, mo, d, h, tz: pendulum.datetime(y, mo, min(d, 28 if mo == 2 else 30), h, tz=tz),
    st.integers(1901, 2099), st.integers(1, 12), st.integers(1, 31), st.sampled_from([0, 0, 9, 23]),
    st.sampled_from(ZONES))


@given(refs, st.integers(1, 12), st.integers(1, 31), st.none() | st.integers(0, 6),
       st.sampled_from(["past", "future"]))
def test_month_day_steady_is_pick(ref: pendulum.DateTime, month: int, dom: int, weekday: int | None,
                                  prefer: str) -> None:
    """The choice made on midnights is pick()'s choice among the days' units."""
    reach = 8 if (month, dom) == (2, 29) else 1
    days = [d for k in range(-reach, reach + 1) if (d := cal.day(ref.year + k, month, dom, ref.tzinfo))]
    cands: list[Interval] = [G.DAY.unit(d) for d in days]
    if weekday is not None:
        cands = [c for c in cands if c.start.weekday() == weekday] or cands
    if not cands:
        return
    chosen = cal.pick(cands, None, prefer, ref, G.DAY.unit(ref))
    if chosen is None:
        chosen = min(cands, key=lambda c: abs(c.start.timestamp() - ref.timestamp()))
    assert cal.month_day_steady(month, dom, weekday, ref, prefer, reach) == chosen.start


@given(refs, st.integers(0, 6), st.sampled_from([-1, 0, 1, None]),
       st.sampled_from(["past", "future", "nearest", "recent"]), st.sampled_from(list(pendulum.WeekDay)))
def test_weekday_within_a_week_either_side(ref: pendulum.DateTime, index: int, which: int | None,
                                           prefer: str, week_start: pendulum.WeekDay) -> None:
    """The weekday of the reference's week or of a neighbouring one answers every question:
    the candidates two weeks out never win."""
    wide = list(cal._candidates(G.DAY, index, ref, week_start, 2))
    own = G.DAY.unit(ref)
    if which == 0:
        week = G.WEEK.unit(ref, week_start)
        expected = next((c for c in wide if week.start <= c.start < week.end), None)
    else:
        expected = cal.pick(wide, which, prefer, ref, own)
    assert cal.cycle_member(G.DAY, index, ref, which, prefer, week_start) == expected

"""Property: every event of any timeline is drawn exactly once, in one row, in every layout."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from hypothesis import given
from hypothesis import strategies as st

from chronology.model import Event, Interval, Span
from chronology.plot.hover import escape
from chronology.timeline import Timeline

BASE = dt.datetime(1990, 1, 1, tzinfo=dt.UTC)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 3650))
    length = draw(st.sampled_from([1, 1, 2, 7, 30, 365]))
    likely = Interval(BASE + dt.timedelta(days=start), BASE + dt.timedelta(days=start + length))
    before, after = draw(st.integers(0, 60)), draw(st.integers(0, 60))
    possible = Interval(likely.start - dt.timedelta(days=before), likely.end + dt.timedelta(days=after))
    if length >= 7 and draw(st.booleans()):
        cut = likely.start + dt.timedelta(days=1)
        return Span.from_parts([(likely.start, cut), (cut + dt.timedelta(days=2), likely.end)])
    return Span(likely, possible, approximate=before + after > 0)


events = st.builds(Event, label=st.text(max_size=30), span=spans(),
                   actors=st.lists(st.sampled_from(["a", "<b>", "c&d"]), max_size=2))


@given(st.lists(events, max_size=25), st.sampled_from([None, "actor"]), st.sampled_from(["rows", "lanes"]),
       st.booleans())
def test_every_event_is_drawn_exactly_once(items: list[Event], group_by: str | None, mode: str,
                                           show_possible: bool) -> None:
    """Each event index appears on exactly one row, each row belongs to one event, and every
    event's label (escaped) is in its hover text."""
    tl = Timeline(items)
    fig = tl.figure(group_by=group_by, mode=mode, show_possible=show_possible)  # type: ignore[arg-type]
    rows: dict[int, set[float]] = defaultdict(set)
    hovers: dict[int, set[str]] = defaultdict(set)
    for trace in fig.data:
        if trace.customdata is None:
            continue
        for k, (y, i) in enumerate(zip(trace.y, trace.customdata)):
            rows[i].add(y)
            if trace.hovertext is not None:
                hovers[i].add(trace.hovertext[k])
    assert sorted(rows) == list(range(len(items)))
    assert all(len(r) == 1 for r in rows.values())
    assert all(len(hovers[i]) == 1 for i in range(len(items)))
    for i, event in enumerate(items):
        (text,) = hovers[i]
        assert escape(" ".join(event.label.split())[:10]) in text.replace("<br>", " ")
    if mode == "rows":
        assert len({next(iter(r)) for r in rows.values()}) == len(items)

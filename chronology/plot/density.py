"""The aggregate view for very many events: one heat strip per group over time.

Each strip is cut into at most ``BINS`` periods. A period's shade is the number of events
*likely* in it plus half the number only *possibly* in it, so uncertainty still shows as a
fainter halo; the hover box gives both counts. Counting uses difference arrays: four
updates per event and one pass per strip, so 100,000 events cost about what reading them does.

>>> from chronology.model import Event, Span
>>> events = [Event("a", Span.of("1999-11-05")), Event("b", Span.of("1999-11", "month"))]
>>> data, ticks, labels, rows = density_traces(events, [None, None], 0.0, 0.0, True)
>>> data[0]["type"], labels, rows
('heatmap', ['2 events'], 1)
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Sequence
from typing import Any, Final

from pendulum import UTC, DateTime

from chronology.model.event import Event
from chronology.model.interval import Interval
from chronology.plot.axis import DAY_MS, Column, wall_ms
from chronology.plot.hover import describe_interval, escape, tick_label

__all__ = ["BINS", "density_traces"]

#: the most periods a strip is cut into
BINS: Final = 400
#: Okabe-Ito blue fading to white: readable for colour-blind viewers, zero stays blank
_SCALE: Final = [[0.0, "#e8f1f8"], [0.35, "#56B4E9"], [1.0, "#0b3c6b"]]
_EPOCH_ORDINAL: Final = _dt.date(1970, 1, 1).toordinal()
_MAX_ORDINAL: Final = _dt.date(9999, 12, 31).toordinal()


def _day(ms: float) -> DateTime:
    """The UTC midnight ``ms`` falls on, clamped to the years 1–9999 (the last bin may overrun)."""
    day = _dt.date.fromordinal(min(max(int(ms // DAY_MS) + _EPOCH_ORDINAL, 1), _MAX_ORDINAL))
    return DateTime(day.year, day.month, day.day, tzinfo=UTC)


def _bounds(events: Sequence[Event]) -> tuple[list[int], list[int], list[int], list[int]]:
    ls: list[int] = []
    le: list[int] = []
    ps: list[int] = []
    pe: list[int] = []
    for event in events:
        span = event.span
        likely, possible = span.likely, span.possible
        s, e = wall_ms(likely.start), wall_ms(likely.end)
        ls.append(s)
        le.append(e)
        if possible is likely:
            ps.append(s)
            pe.append(e)
        else:
            ps.append(wall_ms(possible.start))
            pe.append(wall_ms(possible.end))
    return ls, le, ps, pe


def density_traces(events: Sequence[Event], group_of: Sequence[str | None], low: float, high: float,
                   show_possible: bool) -> tuple[list[dict[str, Any]], list[int], list[str], int]:
    """One heatmap trace for ``events`` (strips by ``group_of``) plus ticks: ``(data, tickvals,
    ticktext, rows)``. ``low``/``high`` bound the time axis in wall-clock ms (widened to the data)."""
    ls, le, ps, pe = _bounds(events)
    if events:
        low, high = min(low, min(ps)), max(high, max(pe))
    days = max(1, math.ceil((high - low) / DAY_MS / BINS))
    width = days * DAY_MS
    start = int(low - low % DAY_MS)
    nbins = max(1, math.ceil((high - start) / width))
    strips: dict[str | None, tuple[list[int], list[int], list[int]]] = {}
    for i, key in enumerate(group_of):
        strip = strips.get(key)
        if strip is None:
            strip = strips[key] = ([0] * (nbins + 1), [0] * (nbins + 1), [])
        strip[2].append(i)
    for likely, possible, members in strips.values():
        for i in members:
            likely[(ls[i] - start) // width] += 1
            likely[min(nbins, -((start - le[i]) // width))] -= 1
            possible[(ps[i] - start) // width] += 1
            possible[min(nbins, -((start - pe[i]) // width))] -= 1
    periods = [describe_interval(Interval._trusted(_day(start + k * width), _day(start + (k + 1) * width)))
               for k in range(nbins)]
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    ticktext: list[str] = []
    for key, (likely, possible, members) in strips.items():
        n = len(members)
        name = tick_label(key) if key is not None else f"{n:,} events"
        ticktext.append(name)
        row: list[float | None] = []
        words: list[str] = []
        lk = pk = 0
        for k in range(nbins):
            lk += likely[k]
            pk += possible[k]
            shade = lk + 0.5 * (pk - lk) if show_possible else lk
            row.append(shade or None)
            words.append(f"<b>{name}</b><br>{periods[k]}<br>{lk:,} likely, {pk:,} possibly in this period")
        z.append(Column(row))
        text.append(Column(words))
    centres = Column(start + (k + 0.5) * width for k in range(nbins))
    data = [{"type": "heatmap", "meta": "density", "x": centres, "y": Column(range(len(z))),
             "z": Column(z), "text": Column(text), "hovertemplate": "%{text}<extra></extra>",
             "colorscale": _SCALE, "xgap": 0, "ygap": 4, "hoverongaps": False,
             "colorbar": {"title": {"text": escape("events (likely + ½ possible)"), "side": "right"},
                          "thickness": 12}}]
    return data, list(range(len(z))), ticktext, len(z)

"""Timeline → plotly ``go.Figure``.

Two layouts, both with a handful of traces however many events there are:

- **rows** (up to ``webgl_threshold`` events): one row per event, grouped under bold group
  headers. The likely interval is a solid bar; the possible interval a band on either side
  whose opacity steps down with the Span's trapezoid of belief; a point-like event (a day or
  less at the chart's scale) is a diamond with whiskers out to its possible bounds; the parts
  of a discontinuous span are separate bars (or diamonds) joined by a thin line. Bars of one
  colour share one ``go.Bar`` trace (``base`` + ``x`` arrays).
- **lanes** (more events): WebGL. Events of a group are packed into as few lanes as possible;
  possible intervals are faint lines, likely intervals thick lines (``None``-separated
  segments in one ``scattergl`` trace per colour) and every event has a hoverable dot.

Positions are milliseconds of each instant's own wall clock (a date in Moscow is drawn as that
Moscow date), on a plotly date axis.

>>> from chronology.model import Event, Span
>>> from chronology.timeline import Timeline
>>> fig = build_figure(Timeline([Event("Talks", Span.of("1999-11", "month"))]))
>>> [t.meta for t in fig.data]
['likely']
"""

from __future__ import annotations

import datetime as _dt
import functools
import heapq
from collections.abc import Sequence
from typing import Any, Literal

import plotly.graph_objects as go  # type: ignore[import-untyped]
import plotly.io as pio  # type: ignore[import-untyped]

from chronology.errors import InvalidSpan
from chronology.model.event import Event
from chronology.model.span import Span
from chronology.plot import style
from chronology.plot.axis import DAY_MS, Column, ms_to_date, size_ms, wall_ms
from chronology.plot.density import density_traces
from chronology.plot.hover import escape, hover_text, publication_text, tick_label
from chronology.timeline import GroupKey, Timeline, event_keys, sort_key

__all__ = ["build_figure"]

Mode = Literal["auto", "rows", "lanes", "density"]


class _Traces:
    """Arrays for the traces of one colour."""

    def __init__(self) -> None:
        self.bar_base: list[float] = Column()
        self.bar_x: list[float] = Column()
        self.bar_y: list[float] = Column()
        self.bar_hover: list[str] = Column()
        self.bar_ids: list[int] = Column()
        self.band_base: list[float] = Column()
        self.band_x: list[float] = Column()
        self.band_y: list[float] = Column()
        self.band_colour: list[str] = Column()
        self.band_ids: list[int] = Column()
        self.pt_x: list[float] = Column()
        self.pt_y: list[float] = Column()
        self.pt_minus: list[float] = Column()
        self.pt_plus: list[float] = Column()
        self.pt_hover: list[str] = Column()
        self.pt_ids: list[int] = Column()
        self.pt_size: list[int] = Column()
        self.join_x: list[float | None] = Column()
        self.join_y: list[float | None] = Column()
        self.poss_x: list[float | None] = Column()
        self.poss_y: list[float | None] = Column()


def _order(events: Sequence[Event], group_by: GroupKey | None) -> list[tuple[str | None, list[int]]]:
    """Event indices in chronological order, bucketed by group (groups in order of their first event)."""
    order = sorted(range(len(events)), key=lambda i: sort_key(events[i]))
    if group_by is None:
        return [(None, order)]
    groups: dict[str, list[int]] = {}
    for i in order:
        groups.setdefault(event_keys(events[i], group_by)[0], []).append(i)
    return list(groups.items())


def build_figure(timeline: Timeline, *, title: str | None = None, group_by: GroupKey | None = None,
                 color_by: GroupKey | None = None, show_possible: bool = True, mode: Mode = "auto",
                 height: int | None = None, max_label: int = style.MAX_LABEL,
                 webgl_threshold: int = style.WEBGL_THRESHOLD,
                 density_threshold: int = style.DENSITY_THRESHOLD) -> go.Figure:
    """Draw ``timeline`` as a plotly figure (see the module docstring for what is drawn).

    Args:
        timeline: the events and the optional publication date.
        title: chart title, shown as plain text.
        group_by: lay events out under headers (rows) or in lanes by this key.
        color_by: colour by this key (defaults to ``group_by``); Okabe-Ito colours.
        show_possible: draw possible intervals (bands, whiskers, faint lines).
        mode: ``"rows"``, ``"lanes"``, ``"density"`` or ``"auto"`` (rows up to
            ``webgl_threshold`` events, WebGL lanes up to ``density_threshold``, then density).
        height: figure height in pixels (default: from the number of rows or lanes).
        max_label: longest tick label before truncation (hover shows the full label).
        webgl_threshold: event count above which ``"auto"`` switches to WebGL lanes.
        density_threshold: event count above which ``"auto"`` aggregates into density strips.

    Raises:
        InvalidSpan: an unknown ``mode`` or grouping key.

    >>> from chronology.model import Event, Span
    >>> fig = build_figure(Timeline([Event("a", Span.of("1999-11-05"))], published="1999-11-09"))
    >>> sorted(t.meta for t in fig.data), len(fig.layout.shapes)
    (['points'], 1)
    """
    if mode not in ("auto", "rows", "lanes", "density"):
        raise InvalidSpan(f"unknown figure mode {mode!r}; expected 'auto', 'rows', 'lanes' or 'density'")
    events = timeline.events
    if mode == "auto":
        mode = ("rows" if len(events) <= webgl_threshold else
                "lanes" if len(events) <= density_threshold else "density")
    colour_key = color_by if color_by is not None else group_by
    tickvals: Sequence[float]
    low, high = _extent(timeline, include_events=mode != "density")
    point_ms = DAY_MS if mode == "density" else max(DAY_MS, (high - low) * style.POINT_SHARE)
    if mode == "density":
        group_of = [event_keys(e, group_by)[0] if group_by is not None else None for e in events]
        data, tickvals, ticktext, rows = density_traces(events, group_of, low, high, show_possible)
        xs = data[0]["x"]
        half = (xs[1] - xs[0]) / 2 if len(xs) > 1 else DAY_MS / 2
        low, high = min(low, xs[0] - half), max(high, xs[-1] + half)
        point_ms = max(DAY_MS, (high - low) * style.POINT_SHARE)
        height = height or style.chart_height(2 * rows)
    else:
        colour_of = [event_keys(e, colour_key)[0] if colour_key is not None else "" for e in events]
        colours = style.assign_colours(colour_of) if colour_key is not None else {"": style.DEFAULT_COLOUR}
        traces = {k: _Traces() for k in colours}
        groups = _order(events, group_by)
        if mode == "lanes":
            tickvals, ticktext, rows = _fill_lanes(events, groups, colour_of, traces, point_ms,
                                                   (high - low) / 200)
            height = height or max(style.MIN_HEIGHT, min(style.MAX_GL_HEIGHT, style.HEADER_PX + style.LANE_PX * rows))
            data = _gl_traces(traces, colours, height / max(rows, 1), show_possible)
        else:
            tickvals, ticktext, rows = _fill_rows(events, groups, colour_of, colours, traces, point_ms,
                                                  show_possible, max_label)
            height = height or style.chart_height(rows)
            data = _svg_traces(traces, colours, show_possible)
    layout = _layout(title, tickvals, ticktext, height, rows, low, high, rangeslider=mode == "rows")
    if isinstance(colour_key, str) and mode != "density":
        layout["legend"]["title"] = {"text": f"{escape(colour_key)}: "}
    if timeline.published is not None:
        _publication(layout, timeline.published, point_ms)
    return go.Figure(data=data, layout=layout, _validate=False)


def _extent(timeline: Timeline, *, include_events: bool = True) -> tuple[float, float]:
    spans = [e.span for e in timeline.events] if include_events else []
    if timeline.published is not None:
        spans.append(timeline.published)
    if not spans:
        if not include_events and timeline.events:
            return float("inf"), float("-inf")
        today = _dt.datetime.combine(_dt.date.today(), _dt.time())
        return wall_ms(today) - 15 * DAY_MS, wall_ms(today) + 15 * DAY_MS
    return (float(min(wall_ms(s.possible.start) for s in spans)),
            float(max(wall_ms(s.possible.end) for s in spans)))


def _band(t: _Traces, i: int, y: float, start: float, end: float, rising: bool, colour: str) -> None:
    """One tapering side of a possible band, in ``BAND_STEPS`` steps of falling opacity."""
    steps = style.BAND_STEPS
    width = (end - start) / steps
    # the step next to the likely bar first: the legend shows the first bar's (darkest) colour
    for k in (reversed(range(steps)) if rising else range(steps)):
        belief = (k + 0.5) / steps if rising else 1 - (k + 0.5) / steps
        t.band_base.append(start + k * width)
        t.band_x.append(size_ms(width))
        t.band_y.append(y)
        t.band_colour.append(style.rgba(colour, style.BAND_ALPHA * belief))
        t.band_ids.append(i)


def _fill_rows(events: Sequence[Event], groups: list[tuple[str | None, list[int]]], colour_of: list[str],
               colours: dict[str, str], traces: dict[str, _Traces], point_ms: float,
               show_possible: bool, max_label: int) -> tuple[list[int], list[str], int]:
    tickvals: list[int] = []
    ticktext: list[str] = []
    row = 0
    for name, members in groups:
        if name is not None:
            tickvals.append(row)
            ticktext.append(f"<b>{tick_label(name, max_label)}</b>")
            row += 1
        for i in members:
            event = events[i]
            span: Span = event.span
            t = traces[colour_of[i]]
            hover = hover_text(event)
            ls, le = wall_ms(span.likely.start), wall_ms(span.likely.end)
            ps, pe = wall_ms(span.possible.start), wall_ms(span.possible.end)
            if not span.parts and le - ls <= point_ms:
                mid = (ls + le) / 2
                t.pt_x.append(mid)
                t.pt_y.append(row)
                t.pt_minus.append(mid - ps if show_possible else 0)
                t.pt_plus.append(pe - mid if show_possible else 0)
                t.pt_hover.append(hover)
                t.pt_ids.append(i)
            else:
                for piece in span.pieces:
                    s, e = wall_ms(piece.start), wall_ms(piece.end)
                    if e - s <= point_ms:
                        t.pt_x.append((s + e) / 2)
                        t.pt_y.append(row)
                        t.pt_minus.append(0)
                        t.pt_plus.append(0)
                        t.pt_hover.append(hover)
                        t.pt_ids.append(i)
                    else:
                        t.bar_base.append(s)
                        t.bar_x.append(size_ms(e - s))
                        t.bar_y.append(row)
                        t.bar_hover.append(hover)
                        t.bar_ids.append(i)
                if span.parts:
                    t.join_x += [ls, le, None]
                    t.join_y += [row, row, None]
                if show_possible:
                    if ps < ls:
                        _band(t, i, row, ps, ls, True, colours[colour_of[i]])
                    if le < pe:
                        _band(t, i, row, le, pe, False, colours[colour_of[i]])
            tickvals.append(row)
            ticktext.append(tick_label(event.label, max_label))
            row += 1
    return tickvals, ticktext, row


def _fill_lanes(events: Sequence[Event], groups: list[tuple[str | None, list[int]]], colour_of: list[str],
                traces: dict[str, _Traces], point_ms: float, gap: float) -> tuple[list[float], list[str], int]:
    tickvals: list[float] = []
    ticktext: list[str] = []
    offset = 0
    for name, members in groups:
        free: list[tuple[float, int]] = []  # (end of the lane's last event, lane)
        used = 0
        for i in members:
            span = events[i].span
            ls, le = wall_ms(span.likely.start), wall_ms(span.likely.end)
            ps, pe = wall_ms(span.possible.start), wall_ms(span.possible.end)
            if free and free[0][0] <= ps:
                lane = heapq.heappop(free)[1]
            else:
                lane, used = used, used + 1
            heapq.heappush(free, (pe + gap, lane))
            y = offset + lane
            t = traces[colour_of[i]]
            if ps < ls or le < pe:
                t.poss_x += [ps, pe, None]
                t.poss_y += [y, y, None]
            point = le - ls <= point_ms
            if not point:
                for piece in span.pieces:
                    t.join_x += [wall_ms(piece.start), wall_ms(piece.end), None]
                    t.join_y += [y, y, None]
            t.pt_x.append((ls + le) / 2)
            t.pt_y.append(y)
            t.pt_size.append(7 if point else 3)
            t.pt_hover.append(hover_text(events[i]))
            t.pt_ids.append(i)
        tickvals.append(offset + (used - 1) / 2)
        ticktext.append(tick_label(name if name is not None else f"{len(members):,} events"))
        offset += used + 1
    return tickvals, ticktext, offset


def _svg_traces(traces: dict[str, _Traces], colours: dict[str, str], show_possible: bool) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = []
    single = list(colours) == [""]
    for key, t in traces.items():
        colour = colours[key]
        group = escape(key) if not single else None
        common = {"legendgroup": group or "likely"}
        if t.band_x:
            data.append({"type": "bar", "meta": "possible", "orientation": "h", "base": t.band_base,
                         "x": t.band_x, "y": t.band_y, "customdata": t.band_ids, "width": style.BAR_WIDTH,
                         "marker": {"color": t.band_colour, "line": {"width": 0}}, "hoverinfo": "skip",
                         "name": "possible (fades with belief)", "showlegend": single,
                         "legendgroup": group or "possible"})
        if t.join_x:
            data.append({"type": "scatter", "meta": "parts", "mode": "lines", "x": t.join_x, "y": t.join_y,
                         "line": {"color": colour, "width": 1.5}, "hoverinfo": "skip",
                         "name": "parts of one event", "showlegend": single,
                         "legendgroup": group or "parts"})
        if t.bar_x:
            data.append({"type": "bar", "meta": "likely", "orientation": "h", "base": t.bar_base,
                         "x": t.bar_x, "y": t.bar_y, "customdata": t.bar_ids, "hovertext": t.bar_hover,
                         "hovertemplate": "%{hovertext}<extra></extra>", "width": style.BAR_WIDTH,
                         "marker": {"color": colour, "line": {"width": 0}},
                         "name": group if group is not None else "likely", **common})
        if t.pt_x:
            data.append({"type": "scatter", "meta": "points", "mode": "markers", "x": t.pt_x, "y": t.pt_y,
                         "customdata": t.pt_ids, "hovertext": t.pt_hover,
                         "hovertemplate": "%{hovertext}<extra></extra>",
                         "marker": {"symbol": "diamond", "size": 11, "color": colour,
                                    "line": {"color": "white", "width": 1}},
                         "error_x": {"type": "data", "symmetric": False, "array": t.pt_plus,
                                     "arrayminus": t.pt_minus, "color": colour, "thickness": 1.5,
                                     "width": 4, "visible": show_possible},
                         "name": "point-like (whiskers: possible)" if single else group,
                         "showlegend": single or not t.bar_x, "legendgroup": group or "points"})
    return data


def _gl_traces(traces: dict[str, _Traces], colours: dict[str, str], lane_px: float,
               show_possible: bool) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = []
    single = list(colours) == [""]
    thick = max(1.0, min(14.0, 0.7 * lane_px))
    for key, t in traces.items():
        colour = colours[key]
        group = escape(key) if not single else None
        if show_possible and t.poss_x:
            data.append({"type": "scattergl", "meta": "possible", "mode": "lines", "x": t.poss_x,
                         "y": t.poss_y, "line": {"color": style.rgba(colour, 0.3), "width": thick},
                         "hoverinfo": "skip", "name": "possible", "showlegend": single,
                         "legendgroup": group or "possible"})
        if t.join_x:
            data.append({"type": "scattergl", "meta": "likely", "mode": "lines", "x": t.join_x,
                         "y": t.join_y, "line": {"color": colour, "width": thick}, "hoverinfo": "skip",
                         "name": group if group is not None else "likely", "legendgroup": group or "likely"})
        if t.pt_x:
            data.append({"type": "scattergl", "meta": "points", "mode": "markers", "x": t.pt_x, "y": t.pt_y,
                         "customdata": t.pt_ids, "hovertext": t.pt_hover,
                         "hovertemplate": "%{hovertext}<extra></extra>",
                         "marker": {"color": colour, "size": t.pt_size, "symbol": "diamond"},
                         "name": "event (hover for details)" if single else group,
                         "showlegend": single, "legendgroup": group or "points"})
    return data


def _layout(title: str | None, tickvals: Sequence[float], ticktext: list[str], height: int, rows: int,
            low: float, high: float, *, rangeslider: bool) -> dict[str, Any]:
    pad = max((high - low) * 0.03, DAY_MS)
    x_range = [ms_to_date(low - pad), ms_to_date(high + pad)]
    top = 118  # title, legend and publication label each get a line above the plot
    return {
        "title": {"text": escape(title) if title else None, "x": 0.01, "xanchor": "left",
                  "yref": "container", "y": 1 - 12 / height, "yanchor": "top"},
        "template": _template(),
        "height": height,
        "barmode": "overlay",
        "bargap": 0,
        "hovermode": "closest",
        "hoverlabel": {"align": "left", "bgcolor": "white", "font": {"size": 12}},
        "font": {"family": "Helvetica, Arial, sans-serif", "size": 12},
        "margin": {"l": style.left_margin(_plain(ticktext)), "r": 40, "t": top, "b": 40},
        "legend": {"orientation": "h", "x": 0, "xanchor": "left", "yref": "container",
                   "y": 1 - 48 / height, "yanchor": "top", "font": {"size": 11}},
        "xaxis": {"type": "date", "range": x_range, "showgrid": True, "gridcolor": "#e6e6e6",
                  "rangeslider": {"visible": rangeslider, "thickness": 0.06, "range": x_range},
                  "side": "bottom"},
        "yaxis": {"tickmode": "array", "tickvals": Column(list(tickvals)), "ticktext": Column(ticktext),
                  "range": [rows - 0.5, -0.5], "showgrid": False, "zeroline": False, "automargin": True},
    }


@functools.cache
def _template() -> dict[str, Any]:
    template: dict[str, Any] = pio.templates["plotly_white"].to_plotly_json()
    return template


def _plain(ticktext: list[str]) -> list[str]:
    return [t.replace("<b>", "").replace("</b>", "") for t in ticktext]


def _publication(layout: dict[str, Any], published: Span, point_ms: float) -> None:
    """The publication date: a band over its possible window, a darker band or a dashed line for likely."""
    shapes: list[dict[str, Any]] = []
    ls, le = wall_ms(published.likely.start), wall_ms(published.likely.end)
    ps, pe = wall_ms(published.possible.start), wall_ms(published.possible.end)
    base = {"type": "rect", "xref": "x", "yref": "paper", "y0": 0, "y1": 1, "layer": "below",
            "line": {"width": 0}, "name": "publication"}
    if (ps, pe) != (ls, le):
        shapes.append({**base, "x0": ms_to_date(ps), "x1": ms_to_date(pe),
                       "fillcolor": style.rgba(style.PUBLICATION_COLOUR, 0.08)})
    if le - ls > point_ms:
        shapes.append({**base, "x0": ms_to_date(ls), "x1": ms_to_date(le),
                       "fillcolor": style.rgba(style.PUBLICATION_COLOUR, 0.18)})
        x = (ls + le) / 2
    else:
        x = (ls + le) / 2
        shapes.append({"type": "line", "xref": "x", "yref": "paper", "x0": ms_to_date(x), "x1": ms_to_date(x),
                       "y0": 0, "y1": 1, "layer": "above", "name": "publication",
                       "line": {"color": style.PUBLICATION_COLOUR, "width": 1.5, "dash": "dash"}})
    layout["shapes"] = shapes
    layout["annotations"] = [{"x": ms_to_date(x), "xref": "x", "y": 1, "yref": "paper", "yanchor": "bottom",
                              "xanchor": "right", "text": escape(publication_text(published)) + " ▸",
                              "showarrow": False,
                              "font": {"color": style.PUBLICATION_COLOUR, "size": 11},
                              "name": "publication"}]

"""Figure-level tests: which traces and shapes a small timeline produces, and what they hold."""

from __future__ import annotations

import json

import pendulum
import plotly.graph_objects as go
import pytest

from chronology.errors import InvalidSpan
from chronology.model import Event, Interval, Span
from chronology.plot.axis import wall_ms
from chronology.timeline import Timeline


def traces(fig: go.Figure, meta: str) -> list[go.Bar | go.Scatter]:
    return [t for t in fig.data if t.meta == meta]


def one(fig: go.Figure, meta: str) -> go.Bar | go.Scatter:
    found = traces(fig, meta)
    assert len(found) == 1, [t.meta for t in fig.data]
    return found[0]


def rows_of(fig: go.Figure, index: int) -> set[float]:
    """The y positions at which the event with this index is drawn."""
    return {y for t in fig.data if t.customdata is not None
            for y, i in zip(t.y, t.customdata) if i == index}


class TestRows:
    def test_is_a_plotly_figure_with_few_traces(self, small: Timeline) -> None:
        """A figure of six events has one trace per kind of mark, not one per event."""
        fig = small.figure()
        assert isinstance(fig, go.Figure)
        assert sorted(t.meta for t in fig.data) == ["likely", "parts", "points", "possible"]

    def test_likely_intervals_are_bars(self, small: Timeline) -> None:
        """Likely intervals longer than a point are horizontal bars with base = start, x = length."""
        bars = one(small.figure(), "likely")
        assert bars.type == "bar" and bars.orientation == "h"
        month = small[2].span.likely
        k = list(bars.customdata).index(2)
        assert bars.base[k] == wall_ms(month.start)
        assert bars.x[k] == wall_ms(month.end) - wall_ms(month.start)

    def test_possible_intervals_are_stepped_bands(self, small: Timeline) -> None:
        """The approximate year gets three fading steps either side of its likely bar."""
        band = one(small.figure(), "possible")
        steps = [k for k, i in enumerate(band.customdata) if i == 1]
        assert len(steps) == 6
        steps.sort(key=lambda k: band.base[k])
        alphas = [float(band.marker.color[k].rsplit(",", 1)[1].rstrip(")")) for k in steps]
        assert alphas[:3] == sorted(alphas[:3]) and alphas[3:] == sorted(alphas[3:], reverse=True)
        span = small[1].span
        assert band.base[steps[0]] == wall_ms(span.possible.start)
        assert band.base[steps[-1]] + band.x[steps[-1]] == wall_ms(span.possible.end)
        assert band.hoverinfo == "skip"

    def test_no_bands_without_show_possible(self, small: Timeline) -> None:
        """show_possible=False drops the bands and the whiskers."""
        fig = small.figure(show_possible=False)
        assert not traces(fig, "possible")
        assert one(fig, "points").error_x.visible is False

    def test_point_events_are_markers_with_whiskers(self) -> None:
        """A day with a possible window of a few days is a diamond whose whiskers reach the window."""
        span = Span(("1999-11-05", "1999-11-06"), ("1999-11-03", "1999-11-09"))
        fig = Timeline([Event("Shots fired", span), Event("Year", Span.of("1999", "year"))]).figure()
        pts = one(fig, "points")
        assert pts.mode == "markers" and pts.marker.symbol == "diamond"
        mid = (wall_ms(span.likely.start) + wall_ms(span.likely.end)) / 2
        assert pts.x[0] == mid
        assert pts.error_x.arrayminus[0] == mid - wall_ms(span.possible.start)
        assert pts.error_x.array[0] == wall_ms(span.possible.end) - mid

    def test_parts_are_joined_by_a_thin_line(self, small: Timeline) -> None:
        """A discontinuous span draws each part and one connecting segment across its hull."""
        fig = small.figure()
        line = one(fig, "parts")
        span = small[3].span
        assert list(line.x) == [wall_ms(span.likely.start), wall_ms(span.likely.end), None]
        assert line.line.width < 3
        assert len(rows_of(fig, 3)) == 1

    def test_publication_is_a_band_and_a_line(self, small: Timeline) -> None:
        """The uncertain publication day gives a light band over its window and a dashed line."""
        fig = small.figure()
        kinds = sorted(s.type for s in fig.layout.shapes)
        assert kinds == ["line", "rect"]
        rect = next(s for s in fig.layout.shapes if s.type == "rect")
        assert (rect.x0[:10], rect.x1[:10]) == ("1999-11-08", "1999-11-13")
        assert "published 9 November 1999" in fig.layout.annotations[0].text

    def test_no_publication_marker_without_published(self, small: Timeline) -> None:
        """A timeline without a publication date draws no shapes."""
        fig = Timeline(list(small)).figure()
        assert not fig.layout.shapes

    def test_one_row_per_event_and_labels_on_the_axis(self, small: Timeline) -> None:
        """Every event has its own row and its (escaped) label as the tick text."""
        fig = small.figure()
        rows = [rows_of(fig, i) for i in range(len(small))]
        assert all(len(r) == 1 for r in rows)
        assert len({next(iter(r)) for r in rows}) == len(small)
        assert "&lt;img src=x onerror=window.__xss=1&gt;" in fig.layout.yaxis.ticktext

    def test_group_by_adds_bold_headers(self, small: Timeline) -> None:
        """group_by='actor' puts a bold header row above each actor's events and colours by actor."""
        fig = small.figure(group_by="actor")
        headers = [t for t in fig.layout.yaxis.ticktext if t.startswith("<b>")]
        assert headers == ["<b>rebels</b>", "<b>press</b>", "<b>government</b>", "<b>guards</b>"]
        likely_colours = {t.marker.color for t in traces(fig, "likely")}
        assert len(likely_colours) >= 3

    def test_long_labels_are_truncated_on_the_axis_but_whole_in_hover(self) -> None:
        """A 200-character label is cut on the axis; the hover text keeps all of it."""
        label = "word " * 40
        fig = Timeline([Event(label, Span.of("1999", "year"))]).figure()
        assert len(fig.layout.yaxis.ticktext[0]) <= 42
        assert fig.data[0].hovertext[0].replace("<br>", " ").count("word") == 40

    def test_height_grows_with_rows(self) -> None:
        """More rows make a taller chart."""
        few = Timeline([Event(f"e{i}", Span.of("1999", "year")) for i in range(3)]).figure()
        many = Timeline([Event(f"e{i}", Span.of("1999", "year")) for i in range(80)]).figure()
        assert many.layout.height > few.layout.height >= 380

    def test_zoom_is_available(self, small: Timeline) -> None:
        """The date axis has a range slider."""
        fig = small.figure()
        assert fig.layout.xaxis.type == "date" and fig.layout.xaxis.rangeslider.visible

    def test_zoned_dates_are_drawn_on_their_own_wall_clock(self) -> None:
        """A Moscow day starts at its own midnight on the chart, not at 21:00 UTC the day before."""
        day = Span.of(pendulum.datetime(1999, 11, 5, tz="Europe/Moscow"), "month")
        bars = one(Timeline([Event("x", day)]).figure(), "likely")
        assert bars.base[0] == wall_ms(pendulum.datetime(1999, 11, 1))

    def test_extreme_dates_draw(self) -> None:
        """Events at the calendar's edges (year 1, year 9999) draw in every mode without overflow."""
        tl = Timeline([Event("first", Span.of("0001-01-01", "year")),
                       Event("last", Span.of("9999-12-30"))], published="0001-01-01")
        for mode in ("rows", "lanes", "density"):
            assert tl.figure(mode=mode).to_json()

    def test_empty_timeline_draws_an_empty_chart(self) -> None:
        """No events: no traces, no error."""
        assert not Timeline([]).figure().data


class TestHover:
    def test_hover_holds_wording_dates_sentence_and_document(self, small: Timeline) -> None:
        """Hover text names the label, the original wording, likely/possible dates in words,
        the sentence and the document id."""
        bars = one(small.figure(), "likely")
        text = bars.hovertext[list(bars.customdata).index(1)]
        for piece in ("Fighters settle in the valley", "“approximately two years ago”",
                      "likely: 1997", "possible: 1996–1998 (approximate)",
                      "They settled there approximately two years ago.", "document: report-7"):
            assert piece in text

    def test_points_and_parts_describe_days(self, small: Timeline) -> None:
        """Day ranges and parts read as days."""
        fig = small.figure()
        pts = one(fig, "points")
        texts = " ".join(pts.hovertext)
        assert "likely: 5–7 November 1999" in texts
        assert "likely: 4–5 October 1999 and 27 October 1999" in texts

    def test_all_user_text_is_escaped(self, small: Timeline) -> None:
        """Label, wording and sentence markup reach plotly only as escaped text."""
        fig = small.figure(title="<script>alert(1)</script>")
        payload = fig.to_json()
        assert "<img" not in payload and "<script" not in payload and "<b>in August" not in payload
        assert "&lt;img src=x onerror=window.__xss=1&gt;" in payload
        assert fig.layout.title.text == "&lt;script&gt;alert(1)&lt;/script&gt;"


class TestLargeModes:
    def events(self, n: int) -> list[Event]:
        start = pendulum.datetime(1995, 1, 1)
        return [Event(f"e{i}", Span(Interval(start.add(days=i % 900), start.add(days=i % 900 + 3)),
                                    Interval(start.add(days=i % 900 - 2), start.add(days=i % 900 + 9))),
                      actors=[f"a{i % 3}"]) for i in range(n)]

    def test_lanes_use_webgl_and_pack_events(self) -> None:
        """Above the WebGL threshold events are packed into lanes of scattergl traces."""
        tl = Timeline(self.events(300))
        fig = tl.figure(webgl_threshold=100, group_by="actor")
        assert {t.type for t in fig.data} == {"scattergl"}
        assert len(fig.data) <= 3 * 3
        pts = [t for t in fig.data if t.meta == "points"]
        assert sorted(i for t in pts for i in t.customdata) == list(range(300))
        assert len(fig.layout.yaxis.tickvals) == 3
        assert max(y for t in pts for y in t.y) < 100  # packed: far fewer lanes than events

    def test_density_aggregates_very_many_events(self) -> None:
        """Above the density threshold one heatmap counts likely and possible events per period."""
        fig = Timeline(self.events(2000)).figure(density_threshold=1000, group_by="actor")
        (heat,) = fig.data
        assert heat.type == "heatmap" and len(heat.z) == 3
        assert len(heat.x) <= 400
        assert "likely" in heat.text[0][5] and "possibly" in heat.text[0][5]

    def test_density_counts_each_event_once_where_likely(self) -> None:
        """Summed over a strip, likely counts add up to events × periods each covers (here 1)."""
        events = [Event(f"e{i}", Span.of(f"1999-{1 + i % 12:02d}", "month")) for i in range(120)]
        (heat,) = Timeline(events).figure(mode="density").data
        assert "120 events" in Timeline(events).figure(mode="density").layout.yaxis.ticktext[0]
        assert sum(z or 0 for z in heat.z[0]) > 120

    def test_unknown_mode_is_an_error(self) -> None:
        """A misspelt mode raises InvalidSpan naming the choices."""
        with pytest.raises(InvalidSpan, match="lanes"):
            Timeline([]).figure(mode="gantt")

    def test_figure_serialises(self) -> None:
        """Every mode gives JSON plotly can load."""
        tl = Timeline(self.events(50), published="1996-06")
        for mode in ("rows", "lanes", "density"):
            assert json.loads(tl.figure(mode=mode).to_json())["data"]

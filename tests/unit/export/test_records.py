"""Records: dict, JSON, CSV and DataFrame forms of Spans and Events."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pendulum
import pytest

from chronology import Event, FormatError, Interval, MissingDependency, Provenance, Span, Timex
from chronology.export import (
    event_from_dict,
    event_to_dict,
    events_from_csv,
    events_from_json,
    events_to_csv,
    events_to_dataframe,
    events_to_json,
    span_from_dict,
    span_to_dict,
)
from chronology.export.records import CSV_COLUMNS, instant_from_text, instant_to_text

LONDON = Span.of("1999-07-05", tz="Europe/London")
RICH = Span.from_parts([("1999-10-04", "1999-10-06"), ("1999-10-27", "1999-10-28")], "one").with_timex(
    Timex("DATE", "1999-10", mod="APPROX", quant="EVERY"))
EVENT = Event("Rebels leave camps", LONDON, ["rebels"], ["war", "camps"], "north",
              provenance=Provenance("r1", 10, 20, "5 July", "On 5 July, rebels left."))


class TestInstants:
    def test_named_zone_is_kept_in_brackets(self) -> None:
        """A named zone is written after the offset and restored on reading."""
        t = pendulum.datetime(1999, 7, 5, tz="Europe/London")
        text = instant_to_text(t)
        assert text == "1999-07-05T00:00:00+01:00[Europe/London]"
        back = instant_from_text(text)
        assert back == t and back.timezone_name == "Europe/London"

    def test_utc_is_z_and_fixed_offsets_stay_fixed(self) -> None:
        """UTC is written Z; a fixed offset has no bracket and stays a fixed offset."""
        assert instant_to_text(pendulum.datetime(1999, 7, 5)) == "1999-07-05T00:00:00Z"
        fixed = pendulum.parse("1999-07-05T00:00:00+05:30")
        assert instant_to_text(fixed) == "1999-07-05T00:00:00+05:30"  # type: ignore[arg-type]
        assert instant_from_text("1999-07-05T00:00:00Z").timezone_name == "UTC"

    def test_local_mean_time_offsets(self) -> None:
        """Offsets with seconds (before standard time) survive the round trip."""
        t = pendulum.datetime(1800, 1, 1, tz="Europe/London")
        assert instant_from_text(instant_to_text(t)).utcoffset() == t.utcoffset()

    @pytest.mark.parametrize("bad", ["1999-07-05", "1999-07-05T00:00:00", "x", "1999-07-05T00:00:00Z[Mars/Base]",
                                     "1999-07-05T00:00:00+05:00[Europe/London]", "[UTC]", 5])
    def test_bad_instants(self, bad: object) -> None:
        """Dates, naive datetimes, unknown zones and offsets the zone lacks raise FormatError."""
        with pytest.raises(FormatError):
            instant_from_text(bad)  # type: ignore[arg-type]


class TestSpanDict:
    def test_schema(self) -> None:
        """Every Span field is present, JSON-ready."""
        d = span_to_dict(RICH)
        assert set(d) == {"likely", "possible", "granularity", "approximate", "parts", "parts_mode", "timex"}
        assert d["parts_mode"] == "one" and d["timex"] == {"type": "DATE", "value": "1999-10", "mod": "APPROX",
                                                           "quant": "EVERY", "freq": None}
        assert json.loads(json.dumps(d)) == d

    @pytest.mark.parametrize("span", [LONDON, RICH, Span.around("1997-06-01", pendulum.duration(years=2), "year")])
    def test_round_trip(self, span: Span) -> None:
        """span → dict → span is the same Span with the same timex."""
        back = span_from_dict(span_to_dict(span))
        assert back == span and back.timex == span.timex

    def test_defaults(self) -> None:
        """Only likely is required."""
        span = span_from_dict({"likely": ["1999-11-01T00:00:00Z", "1999-12-01T00:00:00Z"]})
        assert span == Span.of("1999-11", "month")

    @pytest.mark.parametrize("change,message", [
        ({"likely": None}, "likely"), ({"likely": ["1999-11-02T00:00:00Z", "1999-11-01T00:00:00Z"]}, "before end"),
        ({"possible": ["1999-07-05T00:00:00Z", "1999-07-05T01:00:00Z"]}, "inside possible"),
        ({"granularity": "fortnight"}, "granularity"), ({"granularity": 3}, "granularity"),
        ({"approximate": "yes"}, "approximate"), ({"parts": "x"}, "parts"), ({"parts_mode": "some"}, "parts_mode"),
        ({"timex": {"type": "DATE"}}, "timex"), ({"timex": {"type": "DAY", "value": "x"}}, "TIMEX3 type"),
        ({"colour": "red"}, "unknown span field"),
    ])
    def test_bad_fields(self, change: dict[str, object], message: str) -> None:
        """Each malformed field raises FormatError naming the problem."""
        record = {**span_to_dict(LONDON), **change}
        with pytest.raises(FormatError, match=message):
            span_from_dict(record)

    def test_missing_likely_and_non_mapping(self) -> None:
        """No likely, or not a mapping at all: FormatError."""
        with pytest.raises(FormatError, match="needs 'likely'"):
            span_from_dict({})
        with pytest.raises(FormatError):
            span_from_dict([1, 2])  # type: ignore[arg-type]


class TestEventRecords:
    def test_event_dict_round_trip_keeps_provenance(self) -> None:
        """event → dict → event is equal, provenance included."""
        back = event_from_dict(event_to_dict(EVENT))
        assert back == EVENT and back.provenance == EVENT.provenance

    @pytest.mark.parametrize("change", [{"label": 3}, {"span": None}, {"actors": "rebels"}, {"tags": [1]},
                                        {"group": 5}, {"provenance": {"start": 3}},
                                        {"provenance": {"start": "3", "end": 4}}, {"provenance": "r1"},
                                        {"when": "now"}])
    def test_bad_event_fields(self, change: dict[str, object]) -> None:
        """Malformed event fields raise FormatError."""
        with pytest.raises(FormatError):
            event_from_dict({**event_to_dict(EVENT), **change})

    def test_json(self) -> None:
        """events → JSON → events; JSON errors name the event."""
        text = events_to_json([EVENT, Event("Talks", RICH)], indent=2)
        assert events_from_json(text) == [EVENT, Event("Talks", RICH)]
        assert events_from_json(text.encode()) == [EVENT, Event("Talks", RICH)]
        with pytest.raises(FormatError, match="not JSON"):
            events_from_json("[{")
        with pytest.raises(FormatError, match="array"):
            events_from_json("{}")
        with pytest.raises(FormatError, match="event 1"):
            events_from_json(json.dumps([event_to_dict(EVENT), {"label": "x"}]))


class TestCsv:
    def test_round_trip_through_a_file(self, tmp_path: Path) -> None:
        """events → CSV file → events, with commas, quotes and newlines in the text."""
        tricky = Event('say "hi",\nthen leave', RICH, actors=["a,b"], provenance=Provenance(text="x\r\ny"))
        path = tmp_path / "events.csv"
        events_to_csv([EVENT, tricky], path)
        back = events_from_csv(path)
        assert back == [EVENT, tricky] and back[1].provenance == tricky.provenance
        header = path.read_text(encoding="utf-8").splitlines()[0]
        assert header.split(",") == list(CSV_COLUMNS)

    def test_spreadsheet_friendly_cells(self) -> None:
        """Plain columns hold plain text; optional cells are empty."""
        buffer = io.StringIO()
        events_to_csv([Event("Talks", Span.of("1999", "year"))], buffer)
        row = buffer.getvalue().splitlines()[1].split(",")
        assert row[:7] == ["Talks", "1999-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "1999-01-01T00:00:00Z",
                           "2000-01-01T00:00:00Z", "year", "false"]

    def test_minimal_columns(self) -> None:
        """Only label, likely_start and likely_end are needed; the rest take record defaults."""
        text = "label,likely_start,likely_end\nTalks,1999-11-01T00:00:00Z,1999-12-01T00:00:00Z\n"
        assert events_from_csv(io.StringIO(text)) == [Event("Talks", Span.of("1999-11", "month"))]

    @pytest.mark.parametrize("text,message", [
        ("a,b\n1,2\n", "missing column"),
        ("label,likely_start,likely_end\nx,1999,2000\n", "line 2"),
        ("label,likely_start,likely_end,approximate\nx,1999-01-01T00:00:00Z,2000-01-01T00:00:00Z,maybe\n",
         "approximate"),
        ("label,likely_start,likely_end,parts\nx,1999-01-01T00:00:00Z,2000-01-01T00:00:00Z,[oops\n", "not JSON"),
    ])
    def test_bad_csv(self, text: str, message: str) -> None:
        """Missing columns and bad cells raise FormatError with the line."""
        with pytest.raises(FormatError, match=message):
            events_from_csv(io.StringIO(text))

    def test_missing_file(self, tmp_path: Path) -> None:
        """An unreadable path raises FormatError."""
        with pytest.raises(FormatError):
            events_from_csv(tmp_path / "nope.csv")


class TestDataFrame:
    def test_missing_pandas_raises_missing_dependency(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Without pandas, events_to_dataframe raises MissingDependency with the install hint."""
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(MissingDependency, match=r"chronology\[frames\]"):
            events_to_dataframe([EVENT])

    def test_dataframe_columns(self) -> None:
        """One row per event, instants as aware datetimes, provenance flattened."""
        pytest.importorskip("pandas")
        frame = events_to_dataframe([EVENT, Event("Talks", RICH)])
        assert len(frame) == 2
        assert frame.loc[0, "likely_start"] == LONDON.likely.start
        assert frame.loc[0, "document_id"] == "r1" and frame.loc[1, "parts_mode"] == "one"
        assert frame.loc[1, "parts"][0] == (RICH.parts[0].start, RICH.parts[0].end)
        assert frame.loc[0, "granularity"] == "day" and frame.loc[1, "timex"] == "DATE 1999-10 APPROX quant=EVERY"


def test_interval_helper_unchanged() -> None:
    """Sanity: records use the model's half-open intervals."""
    assert span_to_dict(Span.of("1999-11-05"))["likely"][1] == "1999-11-06T00:00:00Z"
    assert Interval("1999-11-05", "1999-11-06") == span_from_dict(span_to_dict(Span.of("1999-11-05"))).likely

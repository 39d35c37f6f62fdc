"""Exchange formats: EDTF, ISO, dict, JSON and CSV round trips."""

from __future__ import annotations

import io

from hypothesis import assume, given
from hypothesis import strategies as st
from strategies import edtf_spans, events, spans, unit_spans

from chronology import Event, Granularity, Span
from chronology.export import (
    event_from_dict,
    event_to_dict,
    events_from_csv,
    events_from_json,
    events_to_csv,
    events_to_json,
    span_from_dict,
    span_from_edtf,
    span_from_iso,
    span_to_dict,
    span_to_edtf,
    span_to_iso,
)
from chronology.model.interval import instant


@given(edtf_spans())
def test_edtf_round_trip_is_lossless(case: tuple[Span, str]) -> None:
    """For a Span EDTF can say, span → EDTF → span gives the same Span (read in the same zone)."""
    span, zone = case
    text = span_to_edtf(span, strict=True)
    assert span_from_edtf(text, tz=zone) == span, text


@given(edtf_spans())
def test_edtf_text_is_stable(case: tuple[Span, str]) -> None:
    """Writing the Span read back gives the same EDTF text (times may change zone, so not for seconds)."""
    span, zone = case
    assume(span.granularity is not Granularity.SECOND)
    text = span_to_edtf(span)
    assert span_to_edtf(span_from_edtf(text, tz=zone)) == text


@given(spans())
def test_edtf_fallback_keeps_likely_and_the_hedge(span: Span) -> None:
    """Any Span can be written; reading it back covers likely and keeps the approximate flag."""
    zone = span.likely.start.timezone_name or "UTC"
    back = span_from_edtf(span_to_edtf(span), tz=span.likely.start.tzinfo)
    assert back.likely.contains(span.likely), (zone, span_to_edtf(span))
    assert back.approximate == span.approximate
    if span.possible.start != span.likely.start:
        assert instant(back.possible.start) < instant(back.likely.start)


@given(unit_spans())
def test_iso_round_trip_of_unit_spans(span: Span) -> None:
    """A whole calendar unit survives span → ISO 8601 → span (granularity inferred)."""
    back = span_from_iso(span_to_iso(span), granularity=span.granularity)
    assert back == span


@given(spans())
def test_dict_round_trip_is_lossless(span: Span) -> None:
    """span → dict → span keeps every field, the timex, the zones and the offsets."""
    back = span_from_dict(span_to_dict(span))
    assert back == span and back.timex == span.timex
    for a, b in ((back.likely, span.likely), (back.possible, span.possible)):
        for x, y in ((a.start, b.start), (a.end, b.end)):
            assert x.utcoffset() == y.utcoffset() and x.timezone_name == y.timezone_name


@given(events())
def test_event_dict_and_json_round_trips(event: Event) -> None:
    """event → dict → event and events → JSON → events keep everything, provenance included."""
    assert event_from_dict(event_to_dict(event)) == event
    back = events_from_json(events_to_json([event]))
    assert back == [event] and back[0].provenance == event.provenance


@given(st.lists(events(empty_group=False), max_size=2))
def test_csv_round_trip(items: list[Event]) -> None:
    """events → CSV → events keeps every event and its provenance (non-empty groups)."""
    buffer = io.StringIO()
    events_to_csv(items, buffer)
    back = events_from_csv(io.StringIO(buffer.getvalue()))
    assert back == items
    assert [e.provenance for e in back] == [e.provenance for e in items]
    assert [e.span.timex for e in back] == [e.span.timex for e in items]

"""Bad input to the exchange formats raises FormatError — never any other exception."""

from __future__ import annotations

import io
import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from chronology import FormatError, Span
from chronology.export import (
    event_from_dict,
    events_from_csv,
    events_from_json,
    span_from_dict,
    span_from_edtf,
    span_from_iso,
    span_to_dict,
)

# text built from EDTF's own alphabet reaches deep into the reader
edtf_like = st.text(alphabet="0123456789X-/~?%{}[],.TZ:+ ", max_size=40)
edtf_pieces = st.lists(st.sampled_from(["1999", "19", "X", "-", "-10", "-21", "-29", "-33", "-13", "-00",
                                        "-31", "T15:00:00", "Z", "+01:00", "+25:00", "~", "?", "%", "/",
                                        "..", ",", "{", "}", "[", "]", "0000", "9999", "-02-30"]),
                       max_size=10).map("".join)


def _read(text: str) -> None:
    try:
        result = span_from_edtf(text)
    except FormatError as exc:
        assert str(exc)
    else:
        assert isinstance(result, Span)


@given(st.one_of(st.text(max_size=60), edtf_like, edtf_pieces))
def test_edtf_reader_raises_only_format_error(text: str) -> None:
    """span_from_edtf returns a Span or raises FormatError, whatever the text."""
    _read(text)


@given(st.one_of(st.text(max_size=60), edtf_like, st.tuples(edtf_like, edtf_like).map("/".join)))
def test_iso_reader_raises_only_format_error(text: str) -> None:
    """span_from_iso returns a Span or raises FormatError."""
    try:
        span_from_iso(text)
    except FormatError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10)
    | st.sampled_from(["1999-11-05T00:00:00Z", "1999-11-06T00:00:00+01:00[Europe/Paris]", "day", "one"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["likely", "possible", "granularity", "approximate", "parts", "parts_mode", "timex",
                         "type", "value", "mod", "label", "span", "actors", "tags", "group", "provenance",
                         "start", "end", "text", "x"]), inner, max_size=4),
    max_leaves=12)


@st.composite
def damaged_span_dicts(draw: st.DrawFn) -> dict[str, Any]:
    """A valid span record with one field replaced by something random."""
    record = span_to_dict(Span.of("1999-11-05"))
    key = draw(st.sampled_from([*record, "extra"]))
    record[key] = draw(json_values)
    return record


@given(st.one_of(json_values, damaged_span_dicts()))
def test_dict_readers_raise_only_format_error(value: Any) -> None:
    """span_from_dict and event_from_dict return a value or raise FormatError."""
    for reader in (span_from_dict, event_from_dict):
        try:
            reader(value)
        except FormatError:
            pass
    try:
        events_from_json(json.dumps(value))
    except FormatError:
        pass


@given(st.text(max_size=80))
def test_json_and_csv_readers_raise_only_format_error(text: str) -> None:
    """events_from_json and events_from_csv reject garbage with FormatError."""
    for reader in (events_from_json, lambda t: events_from_csv(io.StringIO(t))):
        try:
            reader(text)
        except FormatError:
            pass

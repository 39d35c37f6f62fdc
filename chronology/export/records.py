"""Span and Event ↔ plain records: JSON-ready dicts, JSON text and CSV files.

Instants are written as ISO 8601 strings with their UTC offset, followed by the IANA zone
in brackets when they carry one (RFC 9557 style): ``"1999-11-05T00:00:00+00:00[Europe/London]"``.
UTC is written ``Z``; a fixed offset is written alone. Reading gives back the same instants
in the same zones, so the dict round trip is lossless. Schema: docs/formats.md.

>>> d = span_to_dict(Span.of("1999-11", "month"))
>>> d["likely"], d["granularity"]
(['1999-11-01T00:00:00Z', '1999-12-01T00:00:00Z'], 'month')
>>> span_from_dict(d) == Span.of("1999-11", "month")
True
"""

from __future__ import annotations

import csv
import datetime as _dt
import json
import os
import re
from collections.abc import Iterable, Mapping
from typing import IO, Any

import pendulum
from pendulum import DateTime

from chronology.errors import FormatError, InvalidSpan, quote
from chronology.model.event import Event, Provenance
from chronology.model.interval import Interval
from chronology.model.span import Span
from chronology.model.timex import Timex

__all__ = [
    "CSV_COLUMNS",
    "event_from_dict",
    "event_to_dict",
    "events_from_csv",
    "events_from_json",
    "events_to_csv",
    "events_to_json",
    "instant_from_text",
    "instant_to_text",
    "span_from_dict",
    "span_to_dict",
]

_ZONED = re.compile(r"(?P<iso>[^\[\]]+?)(?:\[(?P<zone>[^\[\]]+)\])?")
_SPAN_KEYS = frozenset({"likely", "possible", "granularity", "approximate", "parts", "parts_mode", "timex"})
_EVENT_KEYS = frozenset({"label", "span", "actors", "tags", "group", "provenance"})
_TIMEX_KEYS = frozenset({"type", "value", "mod", "quant", "freq"})
_PROVENANCE_KEYS = ("document_id", "start", "end", "text", "sentence")

#: The columns of the CSV written by :func:`events_to_csv`, in order.
CSV_COLUMNS: tuple[str, ...] = (
    "label", "likely_start", "likely_end", "possible_start", "possible_end", "granularity",
    "approximate", "parts", "parts_mode", "timex", "actors", "tags", "group", "provenance",
)


# -- instants ------------------------------------------------------------------------------


def instant_to_text(t: DateTime) -> str:
    """An aware instant as ISO 8601 with offset, plus ``[Zone/Name]`` for a named zone.

    >>> instant_to_text(pendulum.datetime(1999, 11, 5, tz="Europe/London"))
    '1999-11-05T00:00:00+00:00[Europe/London]'
    >>> instant_to_text(pendulum.datetime(1999, 11, 5))
    '1999-11-05T00:00:00Z'
    """
    text = t.isoformat()
    zone = t.tzinfo
    name = getattr(zone, "name", None)
    if isinstance(zone, pendulum.Timezone) and name == "UTC" and text.endswith("+00:00"):
        return text[:-6] + "Z"
    if isinstance(zone, pendulum.Timezone) and name:
        return f"{text}[{name}]"
    return text


def instant_from_text(text: str) -> DateTime:
    """Read what :func:`instant_to_text` wrote (an offset is required).

    Raises:
        FormatError: not an ISO 8601 datetime with an offset, an unknown zone, or an offset
            the zone does not have at that instant.

    >>> instant_from_text("1999-11-05T00:00:00+00:00[Europe/London]").timezone_name
    'Europe/London'
    """
    if not isinstance(text, str):
        raise FormatError(f"expected an ISO 8601 datetime string, got {type(text).__name__}: {text!r:.80}")
    m = _ZONED.fullmatch(text.strip())
    if not m:
        raise FormatError(f"{quote(text)} is not an ISO 8601 datetime (with an optional [zone])")
    iso = m["iso"]
    try:  # the standard library reads offsets with seconds (local mean time), pendulum does not
        stdlib = _dt.datetime.fromisoformat(iso)
    except ValueError as exc:
        raise FormatError(f"{quote(text)} is not an ISO 8601 datetime: {exc}") from exc
    if "T" not in iso or stdlib.utcoffset() is None:
        raise FormatError(f"{quote(text)} must be a full datetime with a UTC offset")
    try:
        parsed = pendulum.instance(stdlib)
    except (ValueError, OverflowError) as exc:  # pragma: no cover - fromisoformat checked the values
        raise FormatError(f"{quote(text)} is not an ISO 8601 datetime: {exc}") from exc
    if iso.endswith("Z"):
        parsed = parsed.in_timezone("UTC")
    if m["zone"] is None:
        return parsed
    try:
        zone = pendulum.timezone(m["zone"])
    except Exception as exc:
        raise FormatError(f"unknown time zone in {quote(text)}") from exc
    local = parsed.in_timezone(zone)
    if local.utcoffset() != parsed.utcoffset():
        raise FormatError(f"{quote(text)}: the offset does not match {m['zone']} at that instant")
    return local


# -- spans ---------------------------------------------------------------------------------


def _interval_to_list(i: Interval) -> list[str]:
    return [instant_to_text(i.start), instant_to_text(i.end)]


def _interval_from(value: object, what: str) -> Interval:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        raise FormatError(f"{what} must be a [start, end] pair of datetime strings, got {value!r:.120}")
    try:
        return Interval(instant_from_text(value[0]), instant_from_text(value[1]))
    except InvalidSpan as exc:
        raise FormatError(f"{what} {value!r:.120}: {exc}") from exc


def _timex_to_dict(t: Timex) -> dict[str, Any]:
    return {"type": t.type.value, "value": t.value, "mod": t.mod.value if t.mod else None,
            "quant": t.quant, "freq": t.freq}


def _optional_str(d: Mapping[str, Any], key: str, what: str) -> str | None:
    value = d.get(key)
    if value is not None and not isinstance(value, str):
        raise FormatError(f"{what}.{key} must be a string or null, got {value!r:.120}")
    return value


def _timex_from(value: object) -> Timex | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise FormatError(f"timex must be an object or null, got {value!r:.120}")
    _check_keys(value, _TIMEX_KEYS, "timex")
    kind, text = value.get("type"), value.get("value")
    if not isinstance(kind, str) or not isinstance(text, str):
        raise FormatError(f"timex needs string 'type' and 'value', got {dict(value)!r:.120}")
    try:
        return Timex(kind, text, _optional_str(value, "mod", "timex"),
                     quant=_optional_str(value, "quant", "timex"), freq=_optional_str(value, "freq", "timex"))
    except InvalidSpan as exc:
        raise FormatError(f"timex {dict(value)!r:.120}: {exc}") from exc


def _check_keys(d: Mapping[Any, Any], allowed: frozenset[str], what: str) -> None:
    unknown = [k for k in d if k not in allowed]
    if unknown:
        raise FormatError(f"unknown {what} field(s) {unknown!r:.120}; expected some of {sorted(allowed)}")


def span_to_dict(span: Span) -> dict[str, Any]:
    """A Span as a JSON-ready dict (every field, including ``timex``).

    >>> span_to_dict(Span.of("1999-11-05"))["possible"]
    ['1999-11-05T00:00:00Z', '1999-11-06T00:00:00Z']
    """
    if not isinstance(span, Span):
        raise FormatError(f"expected a Span, got {type(span).__name__}: {span!r:.80}")
    return {
        "likely": _interval_to_list(span.likely),
        "possible": _interval_to_list(span.possible),
        "granularity": span.granularity.value,
        "approximate": span.approximate,
        "parts": [_interval_to_list(p) for p in span.parts],
        "parts_mode": span.parts_mode.value,
        "timex": None if span.timex is None else _timex_to_dict(span.timex),
    }


def span_from_dict(data: Mapping[str, Any]) -> Span:
    """The Span a dict from :func:`span_to_dict` describes.

    Only ``likely`` is required; the other fields default as in :class:`Span`. Unknown
    fields are refused, so typos do not pass silently.

    Raises:
        FormatError: a field is missing, unknown, of the wrong type, or the values break a
            Span invariant.

    >>> span_from_dict({"likely": ["1999-11-05T00:00:00Z", "1999-11-06T00:00:00Z"]})
    Span([1999-11-05, 1999-11-06) day)
    """
    if not isinstance(data, Mapping):
        raise FormatError(f"a span record must be an object, got {type(data).__name__}: {data!r:.120}")
    _check_keys(data, _SPAN_KEYS, "span")
    if "likely" not in data:
        raise FormatError(f"a span record needs 'likely', got {dict(data)!r:.120}")
    likely = _interval_from(data["likely"], "likely")
    possible = likely if data.get("possible") is None else _interval_from(data["possible"], "possible")
    parts_value = data.get("parts") or []
    if not isinstance(parts_value, (list, tuple)):
        raise FormatError(f"parts must be a list of [start, end] pairs, got {parts_value!r:.120}")
    parts = tuple(_interval_from(p, "a part") for p in parts_value)
    approximate = data.get("approximate", False)
    if not isinstance(approximate, bool):
        raise FormatError(f"approximate must be true or false, got {approximate!r:.120}")
    kwargs: dict[str, Any] = {}
    g = data.get("granularity")
    try:
        if g is not None:
            if not isinstance(g, str):
                raise FormatError(f"granularity must be a string, got {g!r:.120}")
            kwargs["granularity"] = g
        mode = data.get("parts_mode")
        if mode is not None:
            if not isinstance(mode, str):
                raise FormatError(f"parts_mode must be a string, got {mode!r:.120}")
            kwargs["parts_mode"] = mode
        return Span(likely, possible, approximate=approximate, parts=parts,
                    timex=_timex_from(data.get("timex")), **kwargs)
    except FormatError:
        raise
    except (InvalidSpan, ValueError) as exc:
        raise FormatError(f"invalid span record: {exc} (in {dict(data)!r:.120})") from exc


# -- events --------------------------------------------------------------------------------


def _provenance_to_dict(p: Provenance) -> dict[str, Any]:
    return {"document_id": p.document_id, "start": p.start, "end": p.end, "text": p.text,
            "sentence": p.sentence}


def _provenance_from(value: object) -> Provenance | None:
    if value is None:
        return None
    if not isinstance(value, Mapping):
        raise FormatError(f"provenance must be an object or null, got {value!r:.120}")
    _check_keys(value, frozenset(_PROVENANCE_KEYS), "provenance")
    for key in ("start", "end"):
        offset = value.get(key)
        if offset is not None and (not isinstance(offset, int) or isinstance(offset, bool)):
            raise FormatError(f"provenance.{key} must be an integer or null, got {offset!r:.120}")
    text = value.get("text", "")
    if not isinstance(text, str):
        raise FormatError(f"provenance.text must be a string, got {text!r:.120}")
    try:
        return Provenance(_optional_str(value, "document_id", "provenance"), value.get("start"),
                          value.get("end"), text, _optional_str(value, "sentence", "provenance"))
    except InvalidSpan as exc:
        raise FormatError(f"provenance {dict(value)!r:.120}: {exc}") from exc


def _str_list(value: object, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, (list, tuple)) or not all(isinstance(x, str) for x in value):
        raise FormatError(f"{what} must be a list of strings, got {value!r:.120}")
    return tuple(value)


def event_to_dict(event: Event) -> dict[str, Any]:
    """An Event as a JSON-ready dict, with its span and provenance.

    >>> event_to_dict(Event("Rebels leave camps", Span.of("1999-11-05")))["label"]
    'Rebels leave camps'
    """
    if not isinstance(event, Event):
        raise FormatError(f"expected an Event, got {type(event).__name__}: {event!r:.80}")
    return {
        "label": event.label,
        "span": span_to_dict(event.span),
        "actors": list(event.actors),
        "tags": list(event.tags),
        "group": event.group,
        "provenance": None if event.provenance is None else _provenance_to_dict(event.provenance),
    }


def event_from_dict(data: Mapping[str, Any]) -> Event:
    """The Event a dict from :func:`event_to_dict` describes (``label`` and ``span`` required).

    Raises:
        FormatError: a field is missing, unknown or malformed.

    >>> e = Event("Talks", Span.of("1999-11", "month"), tags=["politics"])
    >>> event_from_dict(event_to_dict(e)) == e
    True
    """
    if not isinstance(data, Mapping):
        raise FormatError(f"an event record must be an object, got {type(data).__name__}: {data!r:.120}")
    _check_keys(data, _EVENT_KEYS, "event")
    label = data.get("label")
    if not isinstance(label, str):
        raise FormatError(f"an event record needs a string 'label', got {dict(data)!r:.120}")
    if "span" not in data:
        raise FormatError(f"an event record needs 'span', got {dict(data)!r:.120}")
    group = _optional_str(data, "group", "event")
    try:
        return Event(label, span_from_dict(data["span"]), _str_list(data.get("actors"), "actors"),
                     _str_list(data.get("tags"), "tags"), group,
                     provenance=_provenance_from(data.get("provenance")))
    except FormatError:
        raise
    except (InvalidSpan, ValueError) as exc:  # pragma: no cover - fields are checked above
        raise FormatError(f"invalid event record: {exc} (in {dict(data)!r:.120})") from exc


def events_to_json(events: Iterable[Event], *, indent: int | None = None) -> str:
    """A JSON array of event records.

    >>> events_to_json([Event("Talks", Span.of("1999"))])[:20]
    '[{"label": "Talks", '
    """
    return json.dumps([event_to_dict(e) for e in events], indent=indent, ensure_ascii=False)


def events_from_json(text: str | bytes) -> list[Event]:
    """Events from a JSON array written by :func:`events_to_json`.

    Raises:
        FormatError: not JSON, not an array, or a malformed record (the message says which).

    >>> events_from_json(events_to_json([Event("Talks", Span.of("1999"))]))[0].label
    'Talks'
    """
    if not isinstance(text, (str, bytes)):
        raise FormatError(f"expected JSON text, got {type(text).__name__}")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        shown = text if isinstance(text, str) else text.decode("utf-8", "replace")
        raise FormatError(f"not JSON: {quote(shown)}: {exc}") from exc
    if not isinstance(data, list):
        raise FormatError(f"expected a JSON array of events, got {type(data).__name__}")
    events = []
    for i, record in enumerate(data):
        try:
            events.append(event_from_dict(record))
        except FormatError as exc:
            raise FormatError(f"event {i}: {exc}") from exc
    return events


# -- CSV -----------------------------------------------------------------------------------


def _json_cell(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _event_row(event: Event) -> dict[str, str]:
    record = event_to_dict(event)
    span = record["span"]
    return {
        "label": event.label,
        "likely_start": span["likely"][0], "likely_end": span["likely"][1],
        "possible_start": span["possible"][0], "possible_end": span["possible"][1],
        "granularity": span["granularity"],
        "approximate": "true" if event.span.approximate else "false",
        "parts": _json_cell(span["parts"]) if span["parts"] else "",
        "parts_mode": span["parts_mode"],
        "timex": "" if span["timex"] is None else _json_cell(span["timex"]),
        "actors": _json_cell(record["actors"]) if event.actors else "",
        "tags": _json_cell(record["tags"]) if event.tags else "",
        "group": "" if event.group is None else event.group,
        "provenance": "" if record["provenance"] is None else _json_cell(record["provenance"]),
    }


def _cell_json(row: Mapping[str, str], key: str, line: int) -> Any:
    cell = row.get(key) or ""
    if not cell.strip():
        return None
    try:
        return json.loads(cell)
    except (ValueError, RecursionError) as exc:
        raise FormatError(f"CSV line {line}, column {key}: not JSON: {quote(cell)}") from exc


def _row_event(row: Mapping[str, str], line: int) -> Event:
    approximate = (row.get("approximate") or "false").strip().lower()
    if approximate not in ("true", "false"):
        raise FormatError(f"CSV line {line}: approximate must be true or false, got {quote(approximate)}")
    span = {
        "likely": [row.get("likely_start"), row.get("likely_end")],
        "possible": ([row.get("possible_start"), row.get("possible_end")]
                     if row.get("possible_start") or row.get("possible_end") else None),
        "granularity": row.get("granularity") or None,
        "approximate": approximate == "true",
        "parts": _cell_json(row, "parts", line),
        "parts_mode": row.get("parts_mode") or None,
        "timex": _cell_json(row, "timex", line),
    }
    record = {
        "label": row.get("label"),
        "span": span,
        "actors": _cell_json(row, "actors", line),
        "tags": _cell_json(row, "tags", line),
        "group": row.get("group") or None,
        "provenance": _cell_json(row, "provenance", line),
    }
    try:
        return event_from_dict(record)
    except FormatError as exc:
        raise FormatError(f"CSV line {line}: {exc}") from exc


def events_to_csv(events: Iterable[Event], path_or_file: str | os.PathLike[str] | IO[str]) -> None:
    """Write events as CSV with the columns :data:`CSV_COLUMNS` (one row per event).

    Instants use the same text as the dict form; ``parts``, ``timex``, ``actors``, ``tags``
    and ``provenance`` are JSON in their cells (empty when absent). An empty ``group`` is
    read back as no group.

    >>> import io
    >>> buffer = io.StringIO()
    >>> events_to_csv([Event("Talks", Span.of("1999"))], buffer)
    >>> buffer.getvalue().splitlines()[0].split(",")[:3]
    ['label', 'likely_start', 'likely_end']
    """
    rows = [_event_row(e) for e in events]
    if isinstance(path_or_file, (str, os.PathLike)):
        with open(path_or_file, "w", newline="", encoding="utf-8") as handle:
            _write_rows(rows, handle)
    else:
        _write_rows(rows, path_or_file)


def _write_rows(rows: list[dict[str, str]], handle: IO[str]) -> None:
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)  # "\r\n": fields with \r or \n get quoted
    writer.writeheader()
    writer.writerows(rows)


def events_from_csv(path_or_file: str | os.PathLike[str] | IO[str]) -> list[Event]:
    """Read events from CSV written by :func:`events_to_csv`.

    Raises:
        FormatError: a required column is missing or a row is malformed (line number given).

    >>> import io
    >>> buffer = io.StringIO()
    >>> events_to_csv([Event("Talks", Span.of("1999", "year"))], buffer)
    >>> events_from_csv(io.StringIO(buffer.getvalue()))[0].span
    Span([1999-01-01, 2000-01-01) year)
    """
    if isinstance(path_or_file, (str, os.PathLike)):
        try:
            with open(path_or_file, newline="", encoding="utf-8") as handle:
                return _read_rows(handle)
        except (OSError, UnicodeDecodeError) as exc:
            raise FormatError(f"cannot read CSV {os.fspath(path_or_file)!r}: {exc}") from exc
    return _read_rows(path_or_file)


def _read_rows(handle: IO[str]) -> list[Event]:
    try:
        reader = csv.DictReader(handle)
        header = reader.fieldnames or []
        missing = [c for c in ("label", "likely_start", "likely_end") if c not in header]
        if missing:
            raise FormatError(f"CSV is missing column(s) {missing}; got header {list(header)!r:.160}")
        return [_row_event(row, reader.line_num) for row in reader]
    except csv.Error as exc:
        raise FormatError(f"malformed CSV: {exc}") from exc


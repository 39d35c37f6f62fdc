"""Exchange formats: EDTF and ISO 8601 strings, plain dicts, JSON, CSV, pandas DataFrames and
TimeML documents (inline TIMEX3).

pandas is imported only when :func:`events_to_dataframe` is called.

>>> from chronology import Span
>>> from chronology.export import span_to_edtf, span_from_edtf
>>> span_to_edtf(span_from_edtf("1999-11-05/1999-11-07"))
'1999-11-05/1999-11-07'
"""

from __future__ import annotations

from chronology.export.edtf import span_from_edtf, span_from_iso, span_to_edtf, span_to_iso
from chronology.export.frames import events_to_dataframe
from chronology.export.records import (
    event_from_dict,
    event_to_dict,
    events_from_csv,
    events_from_json,
    events_to_csv,
    events_to_json,
    span_from_dict,
    span_to_dict,
)
from chronology.export.timeml import TimemlDocument, TimemlTimex, document_to_timeml, read_timeml

__all__ = [
    "TimemlDocument",
    "TimemlTimex",
    "document_to_timeml",
    "event_from_dict",
    "event_to_dict",
    "events_from_csv",
    "events_from_json",
    "events_to_csv",
    "events_to_dataframe",
    "events_to_json",
    "read_timeml",
    "span_from_dict",
    "span_from_edtf",
    "span_from_iso",
    "span_to_dict",
    "span_to_edtf",
    "span_to_iso",
]

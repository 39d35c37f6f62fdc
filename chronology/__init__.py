"""chronology — dated and approximate events from prose, with honest uncertainty.

Turn temporal wording into uncertain time spans resolved against an anchor (usually the
publication date), extract them from whole documents, and draw timelines that show what is
likely and what is only possible.

>>> import chronology
>>> chronology.Span.of("1999-11", "month").likely
Interval('1999-11-01', '1999-12-01')
"""

from __future__ import annotations

from chronology.errors import (
    ChronologyError,
    ChronologyWarning,
    FormatError,
    InvalidAnchor,
    InvalidSpan,
    MissingDependency,
    PublicationDateWarning,
    ResolutionError,
    RuleError,
)
from chronology.export import (
    TimemlDocument,
    document_to_timeml,
    event_from_dict,
    event_to_dict,
    events_from_csv,
    events_from_json,
    events_to_csv,
    events_to_dataframe,
    events_to_json,
    read_timeml,
    span_from_dict,
    span_from_edtf,
    span_from_iso,
    span_to_dict,
    span_to_edtf,
    span_to_iso,
)
from chronology.extract import Document, Inference, Mention, Role, extract
from chronology.model import (
    Anchor,
    Event,
    Granularity,
    Interval,
    PartsMode,
    Provenance,
    Span,
    Timex,
    TimexMod,
    TimexType,
)
from chronology.options import ApproximationPolicy, Prefer, ResolveOptions
from chronology.relate import Certainty, Comparison, compare
from chronology.resolve import NoPlaceInTime, parse, resolve
from chronology.timeline import Timeline

__version__ = "0.1.0"

__all__ = [
    "Anchor",
    "ApproximationPolicy",
    "Certainty",
    "ChronologyError",
    "ChronologyWarning",
    "Comparison",
    "Document",
    "Event",
    "FormatError",
    "Granularity",
    "Inference",
    "Interval",
    "InvalidAnchor",
    "InvalidSpan",
    "Mention",
    "MissingDependency",
    "NoPlaceInTime",
    "PartsMode",
    "Prefer",
    "Provenance",
    "PublicationDateWarning",
    "ResolutionError",
    "ResolveOptions",
    "Role",
    "RuleError",
    "Span",
    "Timeline",
    "TimemlDocument",
    "Timex",
    "TimexMod",
    "TimexType",
    "compare",
    "document_to_timeml",
    "event_from_dict",
    "event_to_dict",
    "events_from_csv",
    "events_from_json",
    "events_to_csv",
    "events_to_dataframe",
    "events_to_json",
    "extract",
    "parse",
    "read_timeml",
    "resolve",
    "span_from_dict",
    "span_from_edtf",
    "span_from_iso",
    "span_to_dict",
    "span_to_edtf",
    "span_to_iso",
]

# Public classes report themselves as chronology.X in reprs, docs and tracebacks.
for _name in __all__:
    _obj = globals()[_name]
    if isinstance(_obj, type):
        try:
            _obj.__module__ = __name__
        except (AttributeError, TypeError):  # pragma: no cover - builtin-backed types
            pass
del _name, _obj

"""Events → pandas DataFrame. The only module that imports pandas, and only when called."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import Any

from chronology.errors import MissingDependency
from chronology.model.event import Event

__all__ = ["events_to_dataframe"]


def events_to_dataframe(events: Iterable[Event]) -> Any:
    """A pandas DataFrame with one row per event.

    Columns: ``label``, ``likely_start``, ``likely_end``, ``possible_start``, ``possible_end``
    (aware ``datetime`` values), ``granularity`` (str), ``approximate`` (bool), ``parts``
    (tuple of ``(start, end)`` pairs), ``parts_mode``, ``timex`` (str or None), ``actors`` and
    ``tags`` (tuples), ``group``, ``document_id``, ``offset_start``, ``offset_end``, ``text``,
    ``sentence`` (from the provenance; None without one).

    Raises:
        MissingDependency: pandas is not installed (``pip install 'chronology[frames]'``).
    """
    try:
        pandas = importlib.import_module("pandas")
    except ImportError as exc:
        raise MissingDependency("events_to_dataframe needs pandas; install it with "
                                "pip install 'chronology[frames]' (or pip install pandas)") from exc
    rows = [_row(e) for e in events]
    return pandas.DataFrame(rows, columns=list(COLUMNS))


COLUMNS = ("label", "likely_start", "likely_end", "possible_start", "possible_end", "granularity",
           "approximate", "parts", "parts_mode", "timex", "actors", "tags", "group", "document_id",
           "offset_start", "offset_end", "text", "sentence")


def _row(event: Event) -> dict[str, Any]:
    span, prov = event.span, event.provenance
    timex = span.timex
    return {
        "label": event.label,
        "likely_start": span.likely.start, "likely_end": span.likely.end,
        "possible_start": span.possible.start, "possible_end": span.possible.end,
        "granularity": span.granularity.value,
        "approximate": span.approximate,
        "parts": tuple((p.start, p.end) for p in span.parts),
        "parts_mode": span.parts_mode.value,
        "timex": None if timex is None else repr(timex)[6:-1],
        "actors": event.actors,
        "tags": event.tags,
        "group": event.group,
        "document_id": prov.document_id if prov else None,
        "offset_start": prov.start if prov else None,
        "offset_end": prov.end if prov else None,
        "text": prov.text if prov else None,
        "sentence": prov.sentence if prov else None,
    }

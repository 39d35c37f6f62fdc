"""The value types everything else in chronology stands on."""

from chronology.model.anchor import Anchor, to_anchor
from chronology.model.event import Event, Provenance
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.model.span import PartsMode, Span
from chronology.model.timex import Timex, TimexMod, TimexType

__all__ = ["Anchor", "Event", "Granularity", "Interval", "PartsMode", "Provenance", "Span", "Timex",
           "TimexMod", "TimexType", "to_anchor"]

"""Fixtures for the figure tests: one small timeline with every kind of mark."""

from __future__ import annotations

import pendulum
import pytest

from chronology.model import Event, Interval, Provenance, Span
from chronology.timeline import Timeline

XSS = "<img src=x onerror=window.__xss=1>"


def _prov(text: str, sentence: str) -> Provenance:
    return Provenance("report-7", 10, 10 + len(text), text, sentence)


@pytest.fixture
def small() -> Timeline:
    """Six events: a range of days, an approximate year, a month, a discontinuous span,
    an escaped label and an exact day; published on an uncertain day."""
    return Timeline([
        Event("Columns leave the camps", Span.exact(Interval("1999-11-05", "1999-11-08"), "day"),
              actors=["rebels"], provenance=_prov("on November 5, 6 and 7",
                                                  "The columns left the camps on November 5, 6 and 7.")),
        Event("Fighters settle in the valley", Span.around("1997-11-09", pendulum.duration(years=1), "year"),
              actors=["rebels"], provenance=_prov("approximately two years ago",
                                                  "They settled there approximately two years ago.")),
        Event("Border guards push them back", Span.of("1999-10", "month"), actors=["guards"],
              provenance=_prov("last month", "Guards pushed them back last month.")),
        Event("Bulletins on the standoff",
              Span.from_parts([("1999-10-04", "1999-10-06"), ("1999-10-27", "1999-10-28")]),
              actors=["press"]),
        Event(XSS, Span.of("1999-08", "month"), actors=["press"],
              provenance=_prov("<b>in August</b>", "A <script>bad()</script> sentence.")),
        Event("Talks in the capital", Span.of("1999-09-24"), actors=["government"]),
    ], published=Span(("1999-11-09", "1999-11-10"), ("1999-11-08", "1999-11-13")))

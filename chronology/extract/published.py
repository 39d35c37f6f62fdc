"""The publication date: taken as given, found in a dateline, or inferred from the text.

When no date is given, a date in the document's first line (a header or dateline such as
"MOSCOW, Nov. 9, 1999 —") wins; a dateline without its year ("KESSAR, Nov. 9 (Wire) --")
takes the first year that puts it after the latest date the text narrates. Failing that, a news text cannot precede the latest explicit
date it narrates in the past tense, and it usually follows it closely: the inferred anchor
is likely within :data:`LIKELY_LAG` after that date and possibly within :data:`POSSIBLE_LAG`.

>>> import pendulum
>>> from chronology.model.span import Span
>>> a = after_latest(Span.of("1999-11-07", "day"))
>>> a.likely, a.possible
(Interval('1999-11-08', '1999-11-15'), Interval('1999-11-08', '2000-02-06'))
"""

from __future__ import annotations

import attrs

from chronology.model.anchor import Anchor
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.model.span import Span

__all__ = ["DATELINE_CHARS", "LIKELY_LAG", "POSSIBLE_LAG", "Inference", "after_latest"]

#: how far into the text a dateline may stand
DATELINE_CHARS = 250
#: news is usually published within a week of the latest date it narrates …
LIKELY_LAG = 7
#: … and rarely more than about a quarter later (days)
POSSIBLE_LAG = 90


@attrs.frozen
class Inference:
    """How a document's publication date was established: ``how`` is "given", "dateline",
    "dateline, year from the latest narrated date" (a dateline without its year), "latest
    narrated date" or "unknown"; ``evidence`` the text it rests on."""

    how: str
    evidence: str = ""


def after_latest(latest: Span) -> Anchor:
    """The uncertain publication date of a text whose latest narrated time is ``latest``."""
    day = Granularity.DAY
    start = day.floor(latest.likely.end) if day.floor(latest.likely.end) == latest.likely.end else \
        day.add(day.floor(latest.likely.end), 1)
    likely = Interval._trusted(start, day.add(start, LIKELY_LAG))
    possible = Interval._trusted(start, day.add(start, POSSIBLE_LAG))
    return Anchor._trusted_anchor(Span._trusted(likely, possible, Granularity.DAY, True),
                                  "inferred from the latest narrated date")

"""Named spans that news and history use around calendar units: "the turn of the century".

The resolver hands these nodes here: it keeps one method per node type, and these are
special readings of some (each function says which). Widths and TIMEX3 choices are in
docs/conventions.md ("Named spans across a boundary").

>>> import chronology
>>> span = chronology.resolve("the turn of the century", anchor="1999-11-09")
>>> span.likely, span.possible, span.timex.value, span.timex.mod.value
(Interval('1998-01-01', '2002-01-01'), Interval('1990-01-01', '2010-01-01'), '2000', 'APPROX')
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from chronology.expression import Part, Relative
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.model.timex import TimexMod
from chronology.resolve.context import Context, Resolved
from chronology.resolve.tables import TURN_REACH
from chronology.resolve.to_timex import date_value

if TYPE_CHECKING:
    from chronology.resolve.resolver import Resolver

__all__ = ["turn"]

_DAY, _YEAR = Granularity.DAY, Granularity.YEAR


def turn(r: Resolver, e: Part, ctx: Context) -> Resolved:
    """"the turn of the century", "the turn of the 20th century", "the turn of the year": the
    years (days) either side of the boundary where the unit begins, as far as
    :data:`~chronology.resolve.tables.TURN_REACH` says. A numbered unit names its own start
    ("the turn of the 20th century" is about 1900). "the turn of the century" (decade, year,
    millennium) names the boundary the reference lies near, when it lies within its possible
    reach (said in 1999 or 2005, about 2000); otherwise ``prefer`` chooses: the boundary before
    (past), after (future) or closer (nearest; a tie goes to the past). TIMEX3 has no value
    for a stretch across a boundary: the boundary's year (its New Year's Day for the turn of a
    year) with mod APPROX. The node is a :class:`~chronology.expression.Part` whose part is
    "TURN", of the unit (numbered, or ``Relative(unit, 0)``)."""
    base = e.expr
    if isinstance(base, Relative):
        unit = Granularity(base.unit)
        ref = ctx.focus if base.narrative else ctx.ref
        first = unit.floor(ref)
        after = unit.add(first, 1)
        (pn, pu) = TURN_REACH[unit][1]
        if ref < pu.add(first, pn) or ctx.prefer == "past" and ref < pu.add(after, -pn):
            boundary = first
        elif ctx.prefer == "nearest" and ref < pu.add(after, -pn):
            boundary = first if ref - first <= after - ref else after
        else:
            boundary = after
    else:
        inner = r.resolve(base, ctx)
        unit = inner.g
        boundary = inner.likely.start
    (ln, lu), (pn, pu) = TURN_REACH[unit]
    likely = Interval._trusted(lu.add(boundary, -ln), lu.add(boundary, ln))
    possible = Interval._trusted(pu.add(boundary, -pn), pu.add(boundary, pn))
    g = _DAY if unit is _YEAR else _YEAR
    return Resolved(likely, possible, g, date_value(boundary, g), mod=TimexMod.APPROX, approximate=True)

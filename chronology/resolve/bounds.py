"""One-sided times: "before 1998", "since March", "by 5 p.m.", "more than a year ago".

The resolver hands every :class:`~chronology.expression.Bound` node here. A bound keeps the
named time's TIMEX3 value and adds its mod (BEFORE, AFTER, ON_OR_AFTER, MORE_THAN …); its
likely and possible intervals reach as far as the policy's ``far_factor`` and
``more_than_likely`` say (docs/conventions.md).

>>> import chronology
>>> span = chronology.resolve("more than a year ago", anchor="1999-11-09")
>>> span.likely, span.timex.mod.value
(Interval('1997-11-09', '1998-11-09'), 'BEFORE')
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from chronology.expression import Bound, Duration, Offset
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.model.timex import TimexMod
from chronology.resolve.context import UNIT_TYPE as _UNIT_TYPE
from chronology.resolve.context import Context, Resolved
from chronology.resolve.context import whole as _whole
from chronology.resolve.tables import BOUND_WORD_MOD, TIMEX_MODS
from chronology.resolve.to_timex import date_value

if TYPE_CHECKING:
    from chronology.resolve.resolver import Resolver

__all__ = ["bound"]

# module constants: reading a member off the enum class runs the metaclass's __getattr__
_SECOND, _MINUTE, _HOUR, _DAY = Granularity.SECOND, Granularity.MINUTE, Granularity.HOUR, Granularity.DAY


def bound(r: Resolver, e: Bound, ctx: Context) -> Resolved:
    """A one-sided time (see :class:`~chronology.expression.Bound`)."""
    policy = ctx.options.policy
    inner = e.expr
    if e.mod in ("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS") and isinstance(inner, Offset):
        return _bound_offset(r, inner, e.mod, ctx)
    if e.mod in ("MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS") and isinstance(inner, Duration):
        result = r._duration(inner, ctx)
        result.mod = TIMEX_MODS.get(e.mod) or TimexMod(e.mod)
        return result
    mod = BOUND_WORD_MOD.get(e.mod, e.mod)
    x = r.resolve(inner, ctx)
    g = x.g
    ws = ctx.week_start
    far = max(1, math.ceil(policy.far_factor))
    today = _DAY.unit(ctx.ref)
    if mod in ("BEFORE", "AFTER") and g < _HOUR:
        # "before 5 p.m.": a clock time is an instant; the hour before (after) it is likely,
        # ``far`` hours possible ("after 5 p.m." starts at 17:00, not when its minute ends)
        point = x.likely.start
        if mod == "BEFORE":
            likely = Interval._trusted(_HOUR.add(point, -1), point)
            possible = Interval._trusted(_HOUR.add(point, -far), point)
        else:
            likely = Interval._trusted(point, _HOUR.add(point, 1))
            possible = Interval._trusted(point, _HOUR.add(point, far))
        return Resolved(likely, possible, _HOUR, x.value, x.type, TIMEX_MODS.get(mod) or TimexMod(mod),
                        value_g=x.value_g)
    if mod == "BEFORE":
        likely = Interval._trusted(g.add(g.floor(x.likely.start, ws), -1), x.likely.start)
        possible = Interval._trusted(g.add(g.floor(x.likely.start, ws), -far), x.likely.start)
    elif mod == "AFTER":
        likely = Interval._trusted(x.likely.end, g.add(x.likely.end, 1))
        possible = Interval._trusted(x.likely.end, g.add(x.likely.end, far))
    elif mod == "ON_OR_AFTER":
        # "since X" runs up to the reference day whenever X has begun by then
        reach = max(g, _HOUR)  # past a clock time, hours (not minutes) are counted
        end = today.end if today.end > x.likely.start else reach.add(x.likely.end, far)
        likely = possible = Interval._trusted(x.likely.start, end)
    else:  # ON_OR_BEFORE
        # "until/by X" runs from the reference day whenever X has not ended by then; a
        # clock time is an instant: "by 5 p.m." ends at 17:00, not when its minute ends
        end, reach = (x.likely.start, _HOUR) if g < _HOUR else (x.likely.end, g)
        start = today.start if today.start < end else reach.add(reach.floor(x.likely.start, ws), -far)
        likely = possible = Interval._trusted(start, end)
    result = Resolved(likely, possible, g, x.value, x.type, TIMEX_MODS.get(mod) or TimexMod(mod),
                      value_g=x.value_g)
    return result

def _bound_offset(r: Resolver, e: Offset, mod: str, ctx: Context) -> Resolved:
    """"more than a year ago", "less than a week from now": a count of units on one side."""
    policy = ctx.options.policy
    ref = r._reference(e, ctx)
    n, unit, _, _ = _whole(e.amount, e.unit)
    ws = ctx.week_start
    by_day = unit >= _DAY  # (compared once: an enum's comparison runs in Python)
    day_ref = _DAY.floor(ref) if by_day else ref
    point = unit.add(day_ref, e.sign * n)
    value = date_value(unit.floor(point, ws), unit, ws)
    k = max(1, math.ceil(n * policy.more_than_likely))
    far = max(n + k, math.ceil(n * policy.far_factor))
    fine = _DAY if by_day else unit  # min(_DAY, unit)
    # "less than an hour ago" reaches the reference's day (or, for finer units, its minute
    # or second), not a whole unit past the reference
    end_of_ref = (_DAY if by_day else _MINUTE if unit >= _MINUTE else _SECOND).unit(ref).end
    start_of_ref = day_ref
    beyond = mod in ("MORE_THAN", "EQUAL_OR_MORE")
    if e.sign < 0:
        if beyond:
            likely = Interval._trusted(unit.add(day_ref, -(n + k)), point)
            possible = Interval._trusted(unit.add(day_ref, -far), point)
            tmod = TimexMod.BEFORE if mod == "MORE_THAN" else TimexMod.ON_OR_BEFORE
        else:
            likely = possible = Interval._trusted(point, end_of_ref)
            tmod = TimexMod.AFTER if mod == "LESS_THAN" else TimexMod.ON_OR_AFTER
    else:
        if beyond:
            likely = Interval._trusted(point, unit.add(day_ref, n + k))
            possible = Interval._trusted(point, unit.add(day_ref, far))
            tmod = TimexMod.AFTER if mod == "MORE_THAN" else TimexMod.ON_OR_AFTER
        else:
            likely = possible = Interval._trusted(start_of_ref, point if point > start_of_ref else end_of_ref)
            tmod = TimexMod.BEFORE if mod == "LESS_THAN" else TimexMod.ON_OR_BEFORE
    return Resolved(likely, possible, fine, value, _UNIT_TYPE[unit], tmod, value_g=unit)

"""TimeML 1.2.1 TIMEX3 values for resolved times, lengths of time and sets.

>>> import pendulum
>>> date_value(pendulum.datetime(1998, 7, 1), Granularity.QUARTER)
'1998-Q3'
>>> duration_value(Quantity.exact(18), Granularity.MONTH)
'P18M'
"""

from __future__ import annotations

import datetime as _dt

import pendulum
from pendulum import DateTime, WeekDay

from chronology.expression import (
    Approx,
    Bound,
    Clock,
    Cyclic,
    Date,
    Duration,
    Expr,
    Quantity,
    Recurrence,
    Relative,
)
from chronology.model.granularity import Granularity, first_month, just_before
from chronology.model.interval import Interval
from chronology.model.timex import Timex, TimexMod, TimexType
from chronology.resolve.tables import DURATION_LETTER, FINER_COUNT, TIMEX_DAY_PART

__all__ = ["containing_value", "date_value", "duration_value", "set_value", "timex_of_unplaced"]

G = Granularity
_SEASON_CODE = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


def date_value(start: DateTime, g: Granularity, week_start: WeekDay = WeekDay.MONDAY) -> str:
    """The TIMEX3 value of the ``g`` unit that starts at (or contains) ``start``.

    TIMEX3 weeks are ISO weeks: a week that starts on another day than Monday is named by the
    ISO week that holds most of its days (its fourth day's).
    """
    # The stdlib's date.isoformat writes the wall-clock date as "%04d-%02d-%02d", the value of
    # a day, whose first 4 and 7 characters are the values of its year and month: one C call
    # in place of formatting each field. The members are module constants: reading one off
    # the enum class runs the enum metaclass's __getattr__ hook.
    if g is _DAY:
        return _ISO_DATE(start)
    if g is _YEAR:
        return _ISO_DATE(start)[:4]
    if g is _MONTH:
        return _ISO_DATE(start)[:7]
    if g is _WEEK:
        if week_start is not _MONDAY:
            start = G.WEEK.floor(start, week_start).add(days=3)
        iy, iw, _ = start.isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    y = start.year
    if g is _QUARTER:
        return f"{y:04d}-Q{(start.month - 1) // 3 + 1}"
    if g is _HALF:
        return f"{y:04d}-H{(start.month - 1) // 6 + 1}"
    if g is _SEASON:
        first = start.month - (start.month - 3) % 3
        code = _SEASON_CODE[first if first > 0 else 12]
        return f"{y + 1 if code == 'WI' and start.month == 12 else y:04d}-{code}"
    if g is _DECADE:
        return f"{y // 10:03d}"
    if g is _CENTURY:
        return f"{y // 100:02d}"
    if g is _MILLENNIUM:
        return f"{y // 1000:d}"
    day = _ISO_DATE(start)
    if g is _HOUR:
        return f"{day}T{start.hour:02d}"
    if g is _MINUTE:
        return f"{day}T{start.hour:02d}:{start.minute:02d}"
    return f"{day}T{start.hour:02d}:{start.minute:02d}:{start.second:02d}"


_ISO_DATE = _dt.date.isoformat  # on a datetime: its wall-clock date, without time or offset
(_SECOND, _MINUTE, _HOUR, _DAY, _WEEK, _MONTH, _SEASON, _QUARTER, _HALF, _YEAR, _DECADE, _CENTURY,
 _MILLENNIUM) = G
_MONDAY = WeekDay.MONDAY


_COARSER = tuple(G)


def containing_value(interval: Interval, g: Granularity, week_start: WeekDay = WeekDay.MONDAY) -> tuple[str, Granularity]:
    """The value of the finest unit at ``g`` or coarser that contains ``interval`` (a TIMEX3
    value names one unit, so "November 5-7, 1999" is rendered as ``1999-11``; across a
    millennium, "1999-2000", it is ``XXXX``)."""
    start, end = interval.start, interval.end
    tz = start.tzinfo
    last: _dt.datetime
    real_last: DateTime | None  # just_before(end), built only when a unit must be floored
    if (tz is _UTC or type(tz) is _FIXED_TZ) and end.tzinfo is tz and not start.fold and 1 < end.year < 9999:
        # one fixed-offset zone: two instants share a unit when their wall-clock fields name
        # the same one (see _unit_key), which costs no floors. just_before(end) would be the
        # wall clock one microsecond earlier, fold 0; only its fields are read, so the
        # stdlib's naive datetime stands for it (a pendulum DateTime costs 1 us to build)
        last = _NAIVE(end.year, end.month, end.day, end.hour, end.minute, end.second,
                      end.microsecond) + _MINUS_ONE_MICROSECOND
        steady, real_last = True, None
    else:
        real_last = last = just_before(end)
        steady = (tz is _UTC or type(tz) is _FIXED_TZ) and last.tzinfo is tz and not (start.fold or last.fold)
    for cand in _COARSER[g.rank:]:
        if cand in _CYCLES and cand is not g:
            continue  # never climb into a cycle the text did not name
        key = _unit_key(cand, start) if steady else None
        if key is not None:
            if key == _unit_key(cand, last):
                # the unit's floor is its wall-clock start, the key's fields (a month-based
                # unit's first day): date_value reads only fields, so a naive datetime serves
                floor = _NAIVE(*key) if len(key) > 2 else _NAIVE(key[0], key[1], 1)  # type: ignore[arg-type]  # 3-6 fields
                return date_value(floor, cand, week_start), cand  # type: ignore[arg-type]  # fields only
            continue
        if real_last is None:
            real_last = just_before(end)
        if cand.floor(start, week_start) == cand.floor(real_last, week_start):
            return date_value(cand.floor(start, week_start), cand, week_start), cand
    return "XXXX", _MILLENNIUM  # "1999-2000": no unit a TIMEX3 value can name holds it all


_CYCLES = frozenset({G.SEASON, G.WEEK, G.QUARTER, G.HALF})
_NAIVE = _dt.datetime
_MINUS_ONE_MICROSECOND = _dt.timedelta(microseconds=-1)
_UTC = pendulum.UTC
_FIXED_TZ = pendulum.FixedTimezone


def _unit_key(g: Granularity, t: _dt.datetime) -> tuple[int, ...] | None:
    """What names the ``g`` unit holding ``t`` in a fixed-offset zone, where a unit's floor
    is its wall-clock start: the wall-clock fields down to ``g``, or the (year, month) a
    month-based unit starts in (granularity's own rule, ``first_month``). None for a week
    (its start needs the weekday arithmetic of ``floor``) and for a unit that would start
    before year 1 (``floor`` raises the error for it)."""
    if g is _DAY:
        return t.year, t.month, t.day
    if g is _WEEK:
        return None
    if g is _HOUR:
        return t.year, t.month, t.day, t.hour
    if g is _MINUTE:
        return t.year, t.month, t.day, t.hour, t.minute
    if g is _SECOND:
        return t.year, t.month, t.day, t.hour, t.minute, t.second
    found = first_month(g._value_, t.year, t.month)
    return found if found[0] >= 1 else None


def _number(n: float) -> str:
    return str(int(n)) if float(n).is_integer() else f"{n:g}"


def duration_value(amount: Quantity, unit: Granularity, vague_unit: bool = False) -> str:
    """``P3W``, ``P1Y6M`` (for "a year and a half"; "18 months" stays ``P18M``), ``PXY`` for a
    vague count ("a few years"), ``PXX`` for a length whose unit is not said ("a while").

    As TimeML annotators do, decades are counted in years ("two decades" = ``P20Y``), and a
    small range or "a couple" takes its lower count ("two to three weeks" = ``P2W``).
    """
    if vague_unit:
        return "PXX"
    if unit in _RECOUNT:
        unit, factor = _RECOUNT[unit]
        amount = Quantity(amount.low * factor, amount.value * factor, amount.high * factor, amount.vague)
    if amount.vague:
        low, value, high = amount.low, amount.value, amount.high
        ranged = value == low or (value == (low + high) / 2 and not float(value).is_integer())
        if not (ranged and float(low).is_integer() and low >= 1):
            return "P" + ("T" if unit < G.DAY else "") + "X" + DURATION_LETTER[unit].lstrip("T")
        amount = Quantity.exact(low)
    n = amount.value
    if not float(n).is_integer() and n > 1 and unit in _COMPOUND:
        # "2 1/2 years", "a minute and a half": whole units plus the rest in the next finer
        # unit, as TimeBank writes them (P2Y6M, PT1M30S); "half a year" stays P6M
        finer, factor = FINER_COUNT[unit]
        rest = round((n - int(n)) * factor, 6)
        if float(rest).is_integer():
            big, small = DURATION_LETTER[unit], DURATION_LETTER[finer]
            if big.startswith("T"):
                return f"PT{int(n)}{big[1:]}{_number(rest)}{small[1:]}"
            return f"P{int(n)}{big}{'T' if small.startswith('T') else ''}{_number(rest)}{small.lstrip('T')}"
    while not float(n).is_integer() and unit in FINER_COUNT:
        unit, factor = FINER_COUNT[unit]
        n = round(n * factor, 6)
    letter = DURATION_LETTER[unit]
    if letter.startswith("T"):
        return f"PT{_number(n)}{letter[1:]}"
    return f"P{_number(n)}{letter}"


_RECOUNT = {G.DECADE: (G.YEAR, 10)}

#: units whose fractional counts are written as whole units plus the finer rest (P2Y6M)
_COMPOUND = frozenset({G.YEAR, G.DAY, G.HOUR, G.MINUTE})

_WEEKDAY_NUMBER = {0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7}


def set_value(rec: Recurrence) -> tuple[str, str | None, str | None]:
    """(value, quant, freq) of a recurring time: "every Tuesday" → ``XXXX-WXX-2``, EVERY;
    "each July" → ``XXXX-07``; "each spring" → ``XXXX-SP``; "Tuesday nights" → ``XXXX-WXX-2TNI``; "every weekend" →
    ``XXXX-WXX-WE``."""
    member = rec.member
    if isinstance(member, Cyclic) and member.unit is G.DAY and isinstance(member.index, int):
        return f"XXXX-WXX-{_WEEKDAY_NUMBER[member.index]}", "EVERY", None
    if isinstance(member, Date) and member.weekday is not None and member.month is None:
        return f"XXXX-WXX-{_WEEKDAY_NUMBER[member.weekday]}", "EVERY", None  # "the first Monday of every month"
    if isinstance(member, Relative) and member.unit == "weekend":
        return "XXXX-WXX-WE", "EVERY", None  # "every weekend"
    if isinstance(member, Cyclic) and member.unit is G.MONTH and isinstance(member.index, int):
        return f"XXXX-{member.index:02d}", "EVERY", None  # "each July"
    if isinstance(member, Cyclic) and member.unit is G.SEASON:
        return f"XXXX-{member.index}", "EVERY", None  # "each spring"
    if isinstance(member, Clock) and member.part:
        part = TIMEX_DAY_PART.get(member.part, member.part)
        base = member.base
        if isinstance(base, Cyclic) and base.unit is G.DAY and isinstance(base.index, int):
            return f"XXXX-WXX-{_WEEKDAY_NUMBER[base.index]}T{part}", "EVERY", None  # "Tuesday nights"
        return f"XXXX-XX-XXT{part}", "EVERY", None
    value = duration_value(Quantity.exact(rec.interval), rec.unit)
    freq = f"{rec.times}X" if rec.times else None
    return value, ("EVERY" if not rec.times else None), freq


def timex_of_unplaced(expr: Expr) -> Timex | None:
    """The TIMEX3 of a bare duration or set (which has no Span): "three weeks" → P3W."""
    mod: TimexMod | None = None
    while isinstance(expr, (Approx, Bound)):
        if isinstance(expr, Approx):
            mod = TimexMod.APPROX
        elif expr.mod in TimexMod.__members__:
            mod = TimexMod(expr.mod)
        expr = expr.expr
    if isinstance(expr, Duration):
        return Timex(TimexType.DURATION, duration_value(expr.amount, expr.unit, expr.vague_unit), mod)
    if isinstance(expr, Recurrence):
        value, quant, freq = set_value(expr)
        return Timex(TimexType.SET, value, mod, quant=quant, freq=freq)
    return None

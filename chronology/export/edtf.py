"""Span ↔ EDTF (ISO 8601-2, Library of Congress EDTF levels 0–2) and ISO 8601 intervals.

The mapping (full table in docs/formats.md):

- a date names one calendar unit: ``1999`` (year), ``1999-11`` (month), ``1999-11-05`` (day),
  ``1999-11-05T15:00:00Z`` (second), ``1999-21``…``1999-24`` (spring…winter, meteorological;
  winter 1999 is December 1998 – February 1999, as in :mod:`chronology.model.granularity`),
  ``1999-33``…``1999-36`` (quarters), ``1999-40``/``1999-41`` (halves), ``199X`` (a decade),
  ``19XX`` (a century, 1900–1999), ``1XXX`` (a millennium);
- ``A/B`` is the interval from the start of A to the end of B (EDTF ends are inclusive);
  ``../B`` and ``A/..`` are open, ``/B`` and ``A/`` have an unknown end;
- ``~`` (approximate), ``?`` (uncertain) and ``%`` (both) widen ``possible`` past ``likely`` by
  the :class:`~chronology.options.ApproximationPolicy` width for the granularity, on the side
  they mark; ``~`` and ``%`` also set ``Span.approximate``;
- ``{a,b..c}`` is a Span whose parts all happened, ``[a,b]`` one of whose parts is meant.

A Span EDTF cannot say exactly (a week, an hour, a ``possible`` that is not the policy's
widening, …) is written with the documented fallback — or, with ``strict=True``, refused
with :class:`~chronology.FormatError`.

>>> span_to_edtf(Span.of("1999-11-05"))
'1999-11-05'
>>> span_from_edtf("1997~").possible
Interval('1995-01-01', '2000-01-01')
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
from typing import Literal, cast

import pendulum
from pendulum import DateTime

from chronology.errors import FormatError, InvalidSpan, quote
from chronology.model.coerce import timezone, to_datetime
from chronology.model.granularity import Granularity
from chronology.model.interval import Interval
from chronology.model.span import PartsMode, Span
from chronology.options import DEFAULT_POLICY, ApproximationPolicy

__all__ = ["EDTF_GRANULARITIES", "OPEN_END", "OPEN_START", "span_from_edtf", "span_from_iso", "span_to_edtf",
           "span_to_iso"]

G = Granularity

#: The instant an open or unknown start (``../1999``, ``/1999``) stands for: the first one
#: chronology can represent.
OPEN_START: DateTime = DateTime(1, 1, 1, tzinfo=pendulum.UTC)
#: The instant an open or unknown end (``1999/..``, ``1999/``) stands for: the last one
#: chronology can represent.
OPEN_END: DateTime = DateTime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=pendulum.UTC)

_DATE = re.compile(
    r"(?P<year>\d{4}|\d{3}X|\d{2}XX|\dXXX)"
    r"(?:-(?P<month>\d{2})"
    r"(?:-(?P<day>\d{2})"
    r"(?:T(?P<time>\d{2}:\d{2}:\d{2})(?P<offset>Z|[+-]\d{2}:\d{2})?)?)?)?"
    r"(?P<q>[~?%])?"
)
_X_GRANULARITY = {1: G.DECADE, 2: G.CENTURY, 3: G.MILLENNIUM}
# EDTF sub-year codes → (granularity, first month); winter (24, 28) starts the December before
_CODES: dict[int, tuple[Granularity, int]] = {
    21: (G.SEASON, 3), 22: (G.SEASON, 6), 23: (G.SEASON, 9), 24: (G.SEASON, 12),
    25: (G.SEASON, 3), 26: (G.SEASON, 6), 27: (G.SEASON, 9), 28: (G.SEASON, 12),
    33: (G.QUARTER, 1), 34: (G.QUARTER, 4), 35: (G.QUARTER, 7), 36: (G.QUARTER, 10),
    40: (G.HALF, 1), 41: (G.HALF, 7),
}
_SEASON_CODE = {3: 21, 6: 22, 9: 23, 12: 24}
#: The granularities EDTF has a notation for.
EDTF_GRANULARITIES = frozenset({G.SECOND, G.DAY, G.MONTH, G.SEASON, G.QUARTER, G.HALF, G.YEAR,
                                G.DECADE, G.CENTURY, G.MILLENNIUM})
_FALLBACK_PRECISIONS = (G.YEAR, G.MONTH, G.DAY, G.SECOND)

Zone = pendulum.Timezone | pendulum.FixedTimezone | _dt.tzinfo


class _Inexpressible(Exception):
    """Internal: the Span has no exact EDTF form (the message says why)."""


# -- reading -------------------------------------------------------------------------------


def span_from_edtf(text: str, tz: str | _dt.tzinfo = "UTC", *,
                   policy: ApproximationPolicy = DEFAULT_POLICY) -> Span:
    """Read an EDTF string as a Span.

    Args:
        text: an EDTF date, interval or set (see the module docstring and docs/formats.md).
        tz: the time zone in which dates without a time are read (their calendar units are
            computed there); times with ``Z`` or an offset keep it.
        policy: the widths by which ``~``, ``?`` and ``%`` widen ``possible``.

    Raises:
        FormatError: the text is not EDTF, or uses a feature chronology cannot represent
            (the message quotes the text and says which).

    >>> span_from_edtf("1999-10")
    Span([1999-10-01, 1999-11-01) month)
    >>> span_from_edtf("1998-24").likely
    Interval('1997-12-01', '1998-03-01')
    >>> span_from_edtf("[1999-10-04,1999-10-27]").parts_mode
    <PartsMode.ONE: 'one'>
    """
    if not isinstance(text, str):
        raise FormatError(f"EDTF must be a string, got {type(text).__name__}: {text!r:.80}")
    try:
        zone = tz if isinstance(tz, _dt.tzinfo) else timezone(tz)
    except InvalidSpan as exc:
        raise FormatError(f"cannot read EDTF {quote(text)}: {exc}") from exc
    stripped = text.strip()
    try:
        if stripped[:1] in "{[" and stripped:
            return _read_set(stripped, zone, text)
        if "/" in stripped:
            return _read_interval(stripped, zone, policy, text)
        likely, g, q = _read_date(stripped, zone, text)
        possible = likely
        if q:
            possible = Interval._trusted(_widen(likely.start, g, policy, -1, text),
                                         _widen(likely.end, g, policy, +1, text))
        return Span(likely, possible, g, approximate=q in ("~", "%"))
    except FormatError:
        raise
    except (InvalidSpan, ValueError, OverflowError, ArithmeticError) as exc:
        raise FormatError(f"cannot read EDTF {quote(text)}: {exc}") from exc


def _read_date(token: str, zone: Zone, text: str) -> tuple[Interval, Granularity, str | None]:
    """One EDTF date → (its calendar unit, its precision, its qualifier or None)."""
    m = _DATE.fullmatch(token)
    if not m:
        raise FormatError(f"{quote(token)} in EDTF {quote(text)} is not a date chronology reads "
                          "(YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm:ss[Z|±hh:mm], YYYY-SS, "
                          "YYYX, YYXX or YXXX, optionally followed by ~, ? or %)")
    year_text, q = m["year"], m["q"]
    if "X" in year_text:
        if m["month"]:
            raise FormatError(f"{quote(token)} in EDTF {quote(text)}: unspecified year digits "
                              "cannot be followed by a month")
        g = _X_GRANULARITY[year_text.count("X")]
        year = int(year_text.replace("X", "0"))
        start = pendulum.datetime(year, 1, 1, tz=zone)
        return g.unit(start), g, q
    year = int(year_text)
    if not m["month"]:
        return G.YEAR.unit(pendulum.datetime(year, 1, 1, tz=zone)), G.YEAR, q
    month = int(m["month"])
    if month > 12:
        if m["day"]:
            raise FormatError(f"{quote(token)} in EDTF {quote(text)}: a season, quarter or half "
                              "cannot be followed by a day")
        if month not in _CODES:
            raise FormatError(f"{quote(token)} in EDTF {quote(text)}: sub-year code {month} is not "
                              "supported (use 21-28 for seasons, 33-36 quarters, 40-41 halves)")
        g, first = _CODES[month]
        start = pendulum.datetime(year - 1 if first == 12 else year, first, 1, tz=zone)
        return g.unit(start), g, q
    if not m["day"]:
        return G.MONTH.unit(pendulum.datetime(year, month, 1, tz=zone)), G.MONTH, q
    day = int(m["day"])
    if not m["time"]:
        return G.DAY.unit(pendulum.datetime(year, month, day, tz=zone)), G.DAY, q
    hour, minute, second = (int(x) for x in m["time"].split(":"))
    offset = m["offset"]
    where: Zone = zone
    if offset == "Z":
        where = pendulum.UTC
    elif offset:
        sign = -1 if offset[0] == "-" else 1
        hours, minutes = int(offset[1:3]), int(offset[4:6])
        if hours > 23 or minutes > 59:
            raise FormatError(f"{quote(token)} in EDTF {quote(text)}: offset {offset} out of range")
        where = pendulum.FixedTimezone(sign * (hours * 3600 + minutes * 60))
    t = pendulum.datetime(year, month, day, hour, minute, second, tz=where)
    return G.SECOND.unit(t), G.SECOND, q


def _read_interval(stripped: str, zone: Zone, policy: ApproximationPolicy, text: str) -> Span:
    if stripped.count("/") != 1:
        raise FormatError(f"EDTF interval {quote(text)} must have exactly one '/'")
    left, right = stripped.split("/")
    if left in ("", "..") and right in ("", ".."):
        raise FormatError(f"EDTF interval {quote(text)} needs at least one known end")
    first = None if left in ("", "..") else _read_date(left, zone, text)
    last = None if right in ("", "..") else _read_date(right, zone, text)
    grans = [d[1] for d in (first, last) if d is not None]
    g = min(grans)
    approximate = any(d is not None and d[2] in ("~", "%") for d in (first, last))
    # likely: from the first unit's start to the last unit's end; an open end reaches the
    # representable limit, an unknown end leaves likely at the known unit
    if first is not None:
        likely_start = first[0].start
    else:
        assert last is not None
        likely_start = OPEN_START if left == ".." else last[0].start
    if last is not None:
        likely_end = last[0].end
    else:
        assert first is not None
        likely_end = OPEN_END if right == ".." else first[0].end
    if not likely_start < likely_end:
        raise FormatError(f"EDTF interval {quote(text)} ends before it starts")
    possible_start = (OPEN_START if first is None else
                      _widen(likely_start, g, policy, -1, text) if first[2] else likely_start)
    possible_end = (OPEN_END if last is None else
                    _widen(likely_end, g, policy, +1, text) if last[2] else likely_end)
    return Span(Interval._trusted(likely_start, likely_end),
                Interval._trusted(possible_start, possible_end), g, approximate=approximate)


def _read_set(stripped: str, zone: Zone, text: str) -> Span:
    closing = {"{": "}", "[": "]"}[stripped[0]]
    if not stripped.endswith(closing) or len(stripped) < 2:
        raise FormatError(f"EDTF set {quote(text)} must end with {closing!r}")
    mode = PartsMode.ALL if closing == "}" else PartsMode.ONE
    body = stripped[1:-1].strip()
    if not body:
        raise FormatError(f"EDTF set {quote(text)} is empty")
    items: list[Interval] = []
    grans: list[Granularity] = []
    for element in (e.strip() for e in body.split(",")):
        if ".." in element:
            low, _, high = element.partition("..")
            if not low or not high:
                raise FormatError(f"open set element {quote(element)} in EDTF {quote(text)} is not "
                                  "supported (a Span needs finite parts)")
            (a, ga, qa), (b, gb, qb) = _read_date(low, zone, text), _read_date(high, zone, text)
            if not a.start < b.end:
                raise FormatError(f"set element {quote(element)} in EDTF {quote(text)} ends before "
                                  "it starts")
            if qa or qb:
                raise FormatError(f"qualified set element {quote(element)} in EDTF {quote(text)} is "
                                  "not supported")
            items.append(Interval._trusted(a.start, b.end))
            grans += [ga, gb]
        else:
            unit, g, q = _read_date(element, zone, text)
            if q:
                raise FormatError(f"qualified set element {quote(element)} in EDTF {quote(text)} is "
                                  "not supported")
            items.append(unit)
            grans.append(g)
    g = min(grans)
    if len(items) >= 2 and all(a.end <= b.start for a, b in itertools.pairwise(items)):
        hull = Interval._trusted(items[0].start, items[-1].end)
        return Span(hull, hull, g, parts=tuple(items), parts_mode=mode)
    return Span.from_parts(items, mode, g)


def _widen(t: DateTime, g: Granularity, policy: ApproximationPolicy, sign: int, text: str) -> DateTime:
    n, unit = policy.approx_width(g)
    try:
        return _shift(t, n * sign, unit)
    except (InvalidSpan, OverflowError, ValueError) as exc:
        raise FormatError(f"EDTF {quote(text)}: widening by {n} {unit.value}(s) leaves the "
                          "years 1-9999") from exc


def _shift(t: DateTime, n: int, unit: Granularity) -> DateTime:
    # the same calendar arithmetic as the resolver's widening (Granularity.add, not rounded)
    return unit.add(t, n)


def _widened(t: DateTime, g: Granularity, policy: ApproximationPolicy, sign: int) -> DateTime | None:
    n, unit = policy.approx_width(g)
    try:
        return _shift(t, n * sign, unit)
    except (InvalidSpan, OverflowError, ValueError):
        return None


# -- writing -------------------------------------------------------------------------------


def span_to_edtf(span: Span, *, policy: ApproximationPolicy = DEFAULT_POLICY, strict: bool = False) -> str:
    """Write a Span as EDTF.

    Dates without a time are written in the zone of ``span.likely.start``; read them back
    with that zone as ``tz`` to get the same Span.

    Args:
        span: the Span to write.
        policy: the widths ``~``/``?`` stand for; a ``possible`` wider than ``likely`` by
            exactly this policy's width is written with a marker.
        strict: refuse (``FormatError``) a Span EDTF cannot say exactly, instead of writing
            the fallback (``likely`` at the coarsest precision it is aligned to, each side
            where ``possible`` reaches past it marked ``~`` if approximate else ``?``, parts
            dropped).

    Raises:
        FormatError: only with ``strict=True``, when the Span has no exact EDTF form.

    >>> span_to_edtf(Span.of("1999-11", "month"))
    '1999-11'
    >>> span_to_edtf(span_from_edtf("1997~"))
    '1997~'
    >>> span_to_edtf(Span.of("1999-11-09", "week"))
    '1999-11-08/1999-11-14'
    """
    if not isinstance(span, Span):
        raise FormatError(f"expected a Span, got {type(span).__name__}: {span!r:.80}")
    try:
        return _exact(span, policy)
    except _Inexpressible as why:
        if strict:
            raise FormatError(f"{span!r} cannot be written exactly in EDTF: {why}") from None
        return _fallback(span, policy)


def _zone_of(span: Span) -> Zone:
    for t in (span.likely.start, span.likely.end):
        if t != OPEN_START and t != OPEN_END:
            return cast(Zone, t.tzinfo)  # the bounds of a Span are always aware: never None
    return pendulum.UTC


def _local(t: DateTime, zone: Zone) -> DateTime:
    return t.in_timezone(cast("pendulum.Timezone | pendulum.FixedTimezone", zone))


def _aligned(t: DateTime, g: Granularity) -> bool:
    return g.floor(t) == t


def _render(t: DateTime, g: Granularity) -> str:
    """The EDTF date of the ``g`` unit starting at ``t`` (``t`` in the zone to write in)."""
    if g is G.YEAR:
        return f"{t.year:04d}"
    if g is G.MONTH:
        return f"{t.year:04d}-{t.month:02d}"
    if g is G.DAY:
        return f"{t.year:04d}-{t.month:02d}-{t.day:02d}"
    if g is G.SECOND:
        offset = t.utcoffset() or _dt.timedelta(0)
        seconds = int(offset.total_seconds())
        if seconds % 60:  # EDTF offsets are whole minutes (local mean time is not)
            t, seconds = t.in_timezone("UTC"), 0
        if seconds == 0:
            zone = "Z"
        else:
            sign = "-" if seconds < 0 else "+"
            zone = f"{sign}{abs(seconds) // 3600:02d}:{abs(seconds) % 3600 // 60:02d}"
        return f"{t.year:04d}-{t.month:02d}-{t.day:02d}T{t.hour:02d}:{t.minute:02d}:{t.second:02d}{zone}"
    if g is G.SEASON:
        return f"{t.year + (t.month == 12):04d}-{_SEASON_CODE[t.month]}"
    if g is G.QUARTER:
        return f"{t.year:04d}-{33 + (t.month - 1) // 3}"
    if g is G.HALF:
        return f"{t.year:04d}-{40 + (t.month == 7)}"
    if g is G.DECADE:
        return f"{t.year // 10:03d}X"
    if g is G.CENTURY:
        return f"{t.year // 100:02d}XX"
    if g is G.MILLENNIUM:
        return f"{t.year // 1000}XXX"
    raise _Inexpressible(f"EDTF has no {g.value} precision")  # pragma: no cover - checked earlier


def _exact(span: Span, policy: ApproximationPolicy) -> str:
    g = span.granularity
    if g not in EDTF_GRANULARITIES:
        raise _Inexpressible(f"EDTF has no {g.value} precision")
    zone = _zone_of(span)
    likely, possible = span.likely, span.possible
    if span.parts:
        return _exact_parts(span, zone)
    mark = "~" if span.approximate else "?"
    lo = likely.start if likely.start == OPEN_START else _local(likely.start, zone)
    hi = likely.end if likely.end == OPEN_END else _local(likely.end, zone)
    # each side: (kind, marked) with kind in {"open", "unknown", "known"}
    if lo == OPEN_START:
        if possible.start != OPEN_START:  # pragma: no cover - likely ⊆ possible forbids it
            raise _Inexpressible("likely starts before possible")
        left = ("open", False)
    elif possible.start == OPEN_START:
        left = ("unknown", False)
    else:
        wlo = _widened(lo, g, policy, -1)
        if possible.start == lo:
            left = ("known", False)
        elif possible.start == wlo:
            left = ("known", True)
        else:
            raise _Inexpressible("possible does not start where the approximation policy puts it")
    if hi == OPEN_END:
        if possible.end != OPEN_END:  # pragma: no cover - likely ⊆ possible forbids it
            raise _Inexpressible("likely ends after possible")
        right = ("open", False)
    elif possible.end == OPEN_END:
        right = ("unknown", False)
    else:
        whi = _widened(hi, g, policy, +1)
        if possible.end == hi:
            right = ("known", False)
        elif possible.end == whi:
            right = ("known", True)
        else:
            raise _Inexpressible("possible does not end where the approximation policy puts it")
    if left[0] != "known" and right[0] != "known":
        raise _Inexpressible("neither end is known")
    if span.approximate and not (left[1] or right[1]):
        # a hedged Span whose possible was not widened: exact only if the policy width is zero
        zero_lo = left[0] == "known" and _widened(lo, g, policy, -1) == lo
        zero_hi = right[0] == "known" and _widened(hi, g, policy, +1) == hi
        if not (zero_lo or zero_hi):
            raise _Inexpressible("approximate, but possible is not widened")
        left = (left[0], left[1] or zero_lo)
        right = (right[0], right[1] or zero_hi)
    first = last = None
    if left[0] == "known":
        if not _aligned(lo, g):
            raise _Inexpressible(f"likely does not start on a {g.value} boundary")
        first = lo
    if right[0] == "known":
        if not _aligned(hi, g):
            raise _Inexpressible(f"likely does not end on a {g.value} boundary")
        last = g.add(hi, -1)
    if left[0] == "unknown":  # "/B": likely is exactly the unit B
        assert last is not None
        if lo != last:
            raise _Inexpressible("with an unknown start, likely must be the last unit alone")
    if right[0] == "unknown":
        assert first is not None
        if g.add(first, 1) != hi:
            raise _Inexpressible("with an unknown end, likely must be the first unit alone")
    if first is not None and last is not None and first == last and left[1] == right[1]:
        return _render(first, g) + (mark if left[1] else "")
    return f"{_side(left, first, g, mark)}/{_side(right, last, g, mark)}"


def _side(side: tuple[str, bool], t: DateTime | None, g: Granularity, mark: str) -> str:
    kind, marked = side
    if kind == "open":
        return ".."
    if kind == "unknown" or t is None:
        return ""
    return _render(t, g) + (mark if marked else "")


def _exact_parts(span: Span, zone: Zone) -> str:
    g = span.granularity
    if span.possible != span.likely:
        raise _Inexpressible("EDTF sets cannot carry a possible interval wider than their parts")
    if span.approximate:
        raise _Inexpressible("EDTF sets cannot be approximate as a whole")
    elements = []
    for part in span.parts:
        lo, hi = _local(part.start, zone), _local(part.end, zone)
        if not (_aligned(lo, g) and _aligned(hi, g)):
            raise _Inexpressible(f"a part does not fall on {g.value} boundaries")
        last = g.add(hi, -1)
        elements.append(_render(lo, g) if last == lo else f"{_render(lo, g)}..{_render(last, g)}")
    body = ",".join(elements)
    return f"{{{body}}}" if span.parts_mode is PartsMode.ALL else f"[{body}]"


def _fallback(span: Span, policy: ApproximationPolicy) -> str:
    """``likely`` (hull of the parts) at the coarsest aligned precision, sides marked, except a
    side that reading would widen past the years 1-9999 (``9999-12-30~`` is refused by
    :func:`span_from_edtf`): there ``possible`` cannot reach further anyway."""
    zone = _zone_of(span)
    likely, possible = span.likely, span.possible
    mark = "~" if span.approximate else "?"
    lo_open, hi_open = likely.start == OPEN_START, likely.end == OPEN_END
    lo = None if lo_open else _local(likely.start, zone)
    hi = None if hi_open else _local(likely.end, zone)
    g = span.granularity
    if not (g in EDTF_GRANULARITIES and all(t is None or _aligned(t, g) for t in (lo, hi))):
        g = next((p for p in _FALLBACK_PRECISIONS if all(t is None or _aligned(t, p) for t in (lo, hi))),
                 G.SECOND)
    if lo is not None and not _aligned(lo, g):  # sub-second bounds: round outwards
        lo = g.floor(lo)
    if hi is not None and not _aligned(hi, g):
        hi = g.add(g.floor(hi), 1)
    mark_lo = (possible.start != likely.start or span.approximate) and (
        lo is None or _widened(lo, g, policy, -1) is not None)
    mark_hi = (possible.end != likely.end or span.approximate) and (
        hi is None or _widened(hi, g, policy, +1) is not None)
    first = None if lo is None else _render(lo, g)
    last = None if hi is None else _render(g.add(hi, -1), g)
    if first is not None and first == last and mark_lo == mark_hi:
        return first + (mark if mark_lo else "")
    start_text = ".." if first is None else first + (mark if mark_lo else "")
    end_text = ".." if last is None else last + (mark if mark_hi else "")
    return f"{start_text}/{end_text}"


# -- ISO 8601 intervals --------------------------------------------------------------------


def span_to_iso(span: Span, which: Literal["likely", "possible"] = "likely") -> str:
    """The ``likely`` (or ``possible``) interval as an ISO 8601 ``start/end`` string.

    Both ends are full datetimes with their UTC offset, and the end is exclusive (unlike
    EDTF). ISO 8601 cannot say uncertainty: pick the interval you need.

    Raises:
        FormatError: ``which`` is neither ``"likely"`` nor ``"possible"``.

    >>> span_to_iso(Span.of("1999-11-05"))
    '1999-11-05T00:00:00+00:00/1999-11-06T00:00:00+00:00'
    """
    if which not in ("likely", "possible"):
        raise FormatError(f"which must be 'likely' or 'possible', got {which!r}")
    if not isinstance(span, Span):
        raise FormatError(f"expected a Span, got {type(span).__name__}: {span!r:.80}")
    interval: Interval = getattr(span, which)
    return interval.to_iso()


def span_from_iso(text: str, tz: str | _dt.tzinfo = "UTC",
                  granularity: Granularity | str | None = None) -> Span:
    """An exact Span from an ISO 8601 ``start/end`` interval (end exclusive).

    Args:
        text: two ISO 8601 dates or datetimes separated by ``/``.
        tz: the zone for ends without an offset.
        granularity: the Span's granularity; by default the coarsest unit the interval is
            exactly one of (see :meth:`Granularity.of_interval`).

    Raises:
        FormatError: the text is not such an interval, or its end is not after its start.

    >>> span_from_iso("1999-11-05T00:00:00+00:00/1999-11-06T00:00:00+00:00")
    Span([1999-11-05, 1999-11-06) day)
    """
    if not isinstance(text, str):
        raise FormatError(f"an ISO 8601 interval must be a string, got {type(text).__name__}: {text!r:.80}")
    pieces = text.strip().split("/")
    if len(pieces) != 2 or not all(pieces):
        raise FormatError(f"{quote(text)} is not an ISO 8601 interval 'start/end'")
    try:
        zone = tz if isinstance(tz, _dt.tzinfo) else timezone(tz)
        interval = Interval(_iso_instant(pieces[0], zone), _iso_instant(pieces[1], zone))
        if granularity is None:
            return Span.exact(interval)
        return Span.exact(interval, Granularity(granularity))
    except (InvalidSpan, ValueError, OverflowError) as exc:
        raise FormatError(f"cannot read ISO 8601 interval {quote(text)}: {exc}") from exc


def _iso_instant(text: str, zone: _dt.tzinfo) -> DateTime:
    # the standard library reads offsets with seconds (local mean time), pendulum does not
    try:
        stdlib = _dt.datetime.fromisoformat(text)
    except ValueError:
        return to_datetime(text, zone)
    if stdlib.utcoffset() is None:
        return to_datetime(text, zone)
    return pendulum.instance(stdlib)

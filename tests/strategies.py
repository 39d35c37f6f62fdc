"""Hypothesis strategies shared by the property tests.

Instants are drawn in several zones, including ones with DST (London, New York; Sao Paulo,
whose DST began at midnight) and a
half-hour offset (Kolkata), over 1950–2050 (no local mean time offsets), with microseconds.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pendulum
from hypothesis import strategies as st
from pendulum import DateTime

from chronology import Event, Granularity, Interval, PartsMode, Provenance, Span, Timex
from chronology.export.edtf import EDTF_GRANULARITIES
from chronology.model.interval import instant
from chronology.options import DEFAULT_POLICY

ZONE_NAMES = ("UTC", "Europe/London", "America/New_York", "Asia/Kolkata", "America/Sao_Paulo")
zone_names = st.sampled_from(ZONE_NAMES)
granularities = st.sampled_from(list(Granularity))
edtf_granularities = st.sampled_from(sorted(EDTF_GRANULARITIES, key=lambda g: g.rank))

_EPOCH = pendulum.datetime(1950, 1, 1)
_SPAN_US = int((pendulum.datetime(2051, 1, 1) - _EPOCH).total_seconds()) * 1_000_000
# instants next to DST changes (spring-forward and fall-back nights in London and New York)
_DST_EDGES = [pendulum.datetime(*args, tz="UTC") for args in (
    (2024, 3, 31, 0, 59, 59), (2024, 3, 31, 1), (2024, 10, 27, 0, 30), (2024, 10, 27, 1, 30),
    (2024, 3, 10, 6, 59, 59), (2024, 3, 10, 7), (2024, 11, 3, 5, 30), (2024, 11, 3, 6, 30),
    (1999, 12, 31, 23, 59, 59), (2000, 2, 29, 12), (2021, 1, 1))]


@st.composite
def instants(draw: st.DrawFn, zone: str | None = None) -> DateTime:
    """An aware pendulum DateTime in one of ZONE_NAMES, 1950–2050, sometimes next to a DST
    change (including the repeated hour of a fall-back night) or a calendar edge."""
    name = zone or draw(zone_names)
    if draw(_one_in_8) == 0:
        return draw(_dst_edges).in_timezone(name)
    us = draw(_offsets)
    if us % 3 == 0:  # whole seconds often, so unit edges and ISO text stay simple
        us -= us % 1_000_000
    return pendulum.instance((_EPOCH_STD + dt.timedelta(microseconds=us)).astimezone(_ZONES[name]))


_one_in_8 = st.integers(0, 7)
_dst_edges = st.sampled_from(_DST_EDGES)
_offsets = st.integers(0, _SPAN_US)
_EPOCH_STD = dt.datetime(1950, 1, 1, tzinfo=dt.UTC)
_ZONES = {name: pendulum.timezone(name) for name in ZONE_NAMES}


@st.composite
def intervals(draw: st.DrawFn, zone: str | None = None) -> Interval:
    """A non-empty half-open interval between two drawn instants."""
    a, b = draw(instants(zone)), draw(instants(zone))
    if instant(a) == instant(b):
        b = b.add(seconds=1)
    return Interval(min(a, b, key=instant), max(a, b, key=instant))


@st.composite
def unit_spans(draw: st.DrawFn, zone: str | None = None) -> Span:
    """Span.of(instant, granularity): one whole calendar unit."""
    return Span.of(draw(instants(zone)), draw(granularities))


@st.composite
def spans(draw: st.DrawFn, zone: str | None = None) -> Span:
    """Any valid Span: likely inside a possible widened by arbitrary amounts, maybe with parts."""
    name = zone or draw(zone_names)
    if draw(_booleans):
        points = sorted({instant(t): t for t in draw(_point_lists[name])}.items())
        points = [t for _, t in points]
        if len(points) % 2:
            points = points[:-1]
        if len(points) >= 4:
            parts = tuple(Interval(points[i], points[i + 1]) for i in range(0, len(points), 2))
            likely = Interval(parts[0].start, parts[-1].end)
        else:
            parts, likely = (), draw(intervals(name))
    else:
        parts, likely = (), draw(intervals(name))
    before, after = draw(_widths), draw(_widths)
    possible = Interval(likely.start - before, likely.end + after)
    return Span(likely, possible, draw(_maybe_granularity), draw(_booleans), parts,
                draw(_modes), timex=draw(_maybe_timex))


_booleans = st.booleans()
_modes = st.sampled_from(list(PartsMode))
_point_lists = {name: st.lists(instants(name), min_size=4, max_size=6) for name in ZONE_NAMES}
# no widening half the time, else up to ~2 years either side (in seconds: cheap to draw)
_widths = st.one_of(st.just(dt.timedelta(0)),
                    st.integers(1, 800 * 86400).map(lambda s: dt.timedelta(seconds=s)))
_maybe_granularity = st.one_of(st.none(), granularities)


timexes = st.builds(
    Timex, st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
    st.sampled_from(["1999-11-05", "P3D", "XXXX-WXX-1", "1999-W45 x"]),
    st.one_of(st.none(), st.sampled_from(["APPROX", "BEFORE", "START"])),
    quant=st.one_of(st.none(), st.just("EVERY")), freq=st.one_of(st.none(), st.just("1D")))
_maybe_timex = st.one_of(st.none(), timexes)


def _widen(t: DateTime, g: Granularity, sign: int) -> DateTime:
    n, unit = DEFAULT_POLICY.approx_width(g)
    return unit.add(t, sign * n)


@st.composite
def edtf_spans(draw: st.DrawFn) -> tuple[Span, str]:
    """A Span EDTF can say exactly, with the zone to read it back in.

    One or more whole units of an EDTF granularity, each side of possible either equal to
    likely or widened by the default policy; or a set of unit runs (all or one of).
    """
    name = draw(zone_names)
    g = draw(edtf_granularities)
    start = g.floor(draw(instants(name)))
    if g <= Granularity.YEAR and draw(st.integers(0, 3)) == 0:  # a set of runs of units, maybe touching
        parts = []
        at = start
        for _ in range(draw(st.integers(2, 4))):
            gap = draw(st.integers(0, 2))
            at = g.units(at, gap).end if gap else at
            end = g.units(at, draw(st.integers(1, 2))).end
            parts.append(Interval(at, end))
            at = end
        hull = Interval(parts[0].start, parts[-1].end)
        return Span(hull, hull, g, parts=tuple(parts), parts_mode=draw(st.sampled_from(list(PartsMode)))), name
    likely = g.units(start, draw(st.integers(1, 3)))
    wide_lo, wide_hi = draw(st.booleans()), draw(st.booleans())
    possible = Interval(_widen(likely.start, g, -1) if wide_lo else likely.start,
                        _widen(likely.end, g, +1) if wide_hi else likely.end)
    approximate = (wide_lo or wide_hi) and draw(st.booleans())
    return Span(likely, possible, g, approximate), name


provenances = st.builds(
    Provenance, st.one_of(st.none(), st.text(max_size=8)),
    st.none(), st.none(), st.text(max_size=8), st.one_of(st.none(), st.text(max_size=8)),
) | st.integers(0, 1000).flatmap(
    lambda a: st.integers(a, a + 50).map(lambda b: Provenance("doc", a, b, "x")))


@st.composite
def events(draw: st.DrawFn, empty_group: bool = True) -> Event:
    """An Event with any span, text fields (unicode, commas, quotes, newlines) and provenance."""
    return Event(draw(_texts), draw(_spans), draw(_text_lists), draw(_text_lists),
                 draw(_groups if empty_group else _non_empty_groups),
                 provenance=draw(_maybe_provenance))


# awkward text for records: separators, quotes, newlines, non-ASCII
_texts = st.one_of(st.sampled_from(["", "Rebels leave camps", 'say "hi", then\r\nleave', "Ünïcødé ✓",
                                    "a,b;c\td", "[Europe/London]"]),
                   st.text(max_size=8))
_text_lists = st.lists(_texts, max_size=2)
_groups: Any = st.one_of(st.none(), _texts)
_non_empty_groups: Any = st.one_of(st.none(), _texts.filter(bool))
_maybe_provenance = st.one_of(st.none(), provenances)
_spans = spans()

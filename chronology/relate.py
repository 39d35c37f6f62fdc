"""How two uncertain times stand to each other: which came first, and whether they can meet.

A Span says where a time lies: surely inside ``possible``, most plausibly inside ``likely``,
with a belief that tapers between the two (:meth:`Span.membership`). Two such times can be
ordered with more or less confidence, and :func:`compare` says how much:

- :class:`Certainty` levels come from the intervals alone. "A before B" (A's time ends by the
  time B's begins) is CERTAIN when even A's latest possible end comes no later than B's
  earliest possible start; LIKELY when the likely intervals are in that order; POSSIBLE when
  some instant A may hold precedes some instant B may hold; IMPOSSIBLE otherwise. Each level
  implies the ones below it.
- ``p_before`` weighs the tapers: the probability that an instant drawn from A's belief
  precedes one drawn from B's, each belief read as a density (the trapezoid normalised). It
  is computed exactly (the densities are piecewise linear), not sampled.
- Overlap ("A and B can share an instant") is POSSIBLE when the possible intervals meet and
  LIKELY when the likely ones do. It is never CERTAIN: a Span says where a time lies, not that
  it fills the interval, so two times inside the same day need not coincide.

>>> import chronology
>>> c = chronology.compare(chronology.resolve("about two years ago", anchor="1999-11-09"),
...                        chronology.resolve("early 1998", anchor="1999-11-09"))
>>> c.before, c.overlap
(<Certainty.LIKELY: 2>, <Certainty.POSSIBLE: 1>)
>>> round(c.p_before, 3)
0.84
>>> print(c)
the first likely precedes the second (p=0.840), and could overlap it
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Iterator

import attrs
from pendulum import DateTime

from chronology.errors import InvalidSpan
from chronology.model.event import Event
from chronology.model.interval import instant
from chronology.model.span import Span

__all__ = ["Certainty", "Comparison", "compare"]


class Certainty(enum.IntEnum):
    """How firmly a relation between two uncertain times holds; each level implies the lower ones.

    >>> Certainty.CERTAIN > Certainty.LIKELY > Certainty.POSSIBLE > Certainty.IMPOSSIBLE
    True
    """

    IMPOSSIBLE = 0  #: holds for no placement of the two times inside their possible intervals
    POSSIBLE = 1  #: holds for some placement inside the possible intervals
    LIKELY = 2  #: holds between the likely intervals
    CERTAIN = 3  #: holds for every placement inside the possible intervals


@attrs.frozen
class Comparison:
    """How the first of two times stands to the second (see :func:`compare`).

    Attributes:
        before: the first ends by the time the second begins.
        after: the second ends by the time the first begins.
        overlap: they can share an instant (at most LIKELY).
        p_before: the probability that an instant of the first precedes one of the second,
            each drawn from its Span's belief; ``1 - p_before`` for the other order.
    """

    before: Certainty
    after: Certainty
    overlap: Certainty
    p_before: float

    def __str__(self) -> str:
        if self.before >= Certainty.LIKELY or self.after >= Certainty.LIKELY:
            first = self.before >= Certainty.LIKELY
            level = self.before if first else self.after
            word = "certainly" if level is Certainty.CERTAIN else "likely"
            verb = "precedes" if first else "follows"
            p = self.p_before if first else 1.0 - self.p_before
            text = f"the first {word} {verb} the second (p={p:.3f})"
        else:
            text = f"the order is open (p_before={self.p_before:.3f})"
        if self.overlap is Certainty.LIKELY:
            return text + ", and likely overlaps it"
        if self.overlap is Certainty.POSSIBLE:
            return text + ", and could overlap it"
        return text


def compare(first: Span | Event, second: Span | Event) -> Comparison:
    """How ``first`` stands to ``second`` in time: order and overlap, with their certainty.

    Events are compared by their spans. Time zones do not matter (instants are compared).

    Raises:
        InvalidSpan: an argument is neither a Span nor an Event.

    >>> from chronology import Span
    >>> compare(Span.of("1999-11-05"), Span.of("1999-11-08")).before
    <Certainty.CERTAIN: 3>
    >>> round(compare(Span.of("1999-11", "month"), Span.of("1999-11-08")).p_before, 3)
    0.25
    """
    a, b = _span(first), _span(second)
    return Comparison(before=_before(a, b), after=_before(b, a), overlap=_overlap(a, b),
                      p_before=_p_before(a, b))


def _span(value: Span | Event) -> Span:
    if isinstance(value, Span):
        return value
    if isinstance(value, Event):
        return value.span
    raise InvalidSpan(f"compare() takes Spans or Events, got {type(value).__name__}")


def _before(a: Span, b: Span) -> Certainty:
    if instant(a.possible.end) <= instant(b.possible.start):
        return Certainty.CERTAIN
    if instant(a.likely.end) <= instant(b.likely.start):
        return Certainty.LIKELY
    if instant(a.possible.start) < instant(b.possible.end):
        return Certainty.POSSIBLE
    return Certainty.IMPOSSIBLE


def _overlap(a: Span, b: Span) -> Certainty:
    if any(_meet(p.start, p.end, q.start, q.end) for p in a.pieces for q in b.pieces):
        return Certainty.LIKELY  # the pieces are the likely interval, or its parts
    if _meet(a.possible.start, a.possible.end, b.possible.start, b.possible.end):
        return Certainty.POSSIBLE
    return Certainty.IMPOSSIBLE


def _meet(s1: DateTime, e1: DateTime, s2: DateTime, e2: DateTime) -> bool:
    return instant(s1) < instant(e2) and instant(s2) < instant(e1)


# -- the probability, exactly ------------------------------------------------------------------
#
# A Span's belief is piecewise linear in time: rising on [possible.start, likely.start), 1 on
# the likely interval (0 in the gaps between parts), falling on [likely.end, possible.end).
# Normalised, it is the density f of an instant T. P(Ta < Tb) = ∫ f_b(y) F_a(y) dy, where F_a
# (the cumulative of a piecewise linear density) is piecewise quadratic; on each piece of the
# common refinement the integrand is a cubic, which Simpson's rule integrates exactly.

#: one linear piece of a density: [t0, t1) with values v0 at t0 and v1 just before t1 (seconds)
_Piece = tuple[float, float, float, float]


def _pieces(s: Span, origin: float) -> list[_Piece]:
    def sec(t: DateTime) -> float:
        return instant(t).timestamp() - origin

    p0, p1 = sec(s.possible.start), sec(s.possible.end)
    l0, l1 = sec(s.likely.start), sec(s.likely.end)
    out: list[_Piece] = []
    if l0 > p0:
        out.append((p0, l0, 0.0, 1.0))
    for part in s.pieces:
        out.append((sec(part.start), sec(part.end), 1.0, 1.0))
    if p1 > l1:
        out.append((l1, p1, 1.0, 0.0))
    return out


def _normalised(pieces: list[_Piece]) -> list[_Piece]:
    total = sum((t1 - t0) * (v0 + v1) / 2 for t0, t1, v0, v1 in pieces)
    return [(t0, t1, v0 / total, v1 / total) for t0, t1, v0, v1 in pieces]


def _value(pieces: list[_Piece], y: float) -> float:
    """The density at ``y`` (inside a piece: its linear value)."""
    for t0, t1, v0, v1 in pieces:
        if t0 <= y < t1:
            return v0 + (v1 - v0) * (y - t0) / (t1 - t0)
    return 0.0


def _cumulative(pieces: list[_Piece], y: float) -> float:
    """P(T < y) for the density ``pieces``."""
    total = 0.0
    for t0, t1, v0, v1 in pieces:
        if y <= t0:
            break
        x = min(y, t1) - t0
        total += v0 * x + (v1 - v0) * x * x / (2 * (t1 - t0))
    return min(total, 1.0)


def _breaks(*densities: list[_Piece]) -> Iterator[tuple[float, float]]:
    points = sorted({t for pieces in densities for t0, t1, _, _ in pieces for t in (t0, t1)})
    return itertools.pairwise(points)


def _p_before(a: Span, b: Span) -> float:
    origin = min(instant(a.possible.start), instant(b.possible.start)).timestamp()
    fa, fb = _normalised(_pieces(a, origin)), _normalised(_pieces(b, origin))
    total = 0.0
    for y0, y1 in _breaks(fa, fb):
        mid = (y0 + y1) / 2
        # f_b is linear inside the piece: its value at the right end is read from the left
        # end and the middle (the density may jump at y1 itself)
        fb0, fbm = _value(fb, y0), _value(fb, mid)
        fb1 = 2 * fbm - fb0
        total += (y1 - y0) / 6 * (fb0 * _cumulative(fa, y0) + 4 * fbm * _cumulative(fa, mid)
                                  + fb1 * _cumulative(fa, y1))
    return min(max(total, 0.0), 1.0)

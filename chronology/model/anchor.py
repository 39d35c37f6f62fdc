"""Anchor: the uncertain time that relative expressions ("last month") hang from.

An Anchor *is* a Span — usually a publication day — so an uncertain publication date
("published some day between 8 and 12 November 1999") is an ordinary input, and its
uncertainty flows into everything resolved against it. ``source`` says where it came from.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from chronology.errors import InvalidAnchor, InvalidSpan
from chronology.model.coerce import to_datetime
from chronology.model.granularity import Granularity
from chronology.model.span import Span

__all__ = ["Anchor", "to_anchor"]

# partial ISO 8601 dates: 1999, 1999-11, 1999-11-09 (a full datetime goes to pendulum)
_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?(?:-(?P<day>\d{2}))?")


@attrs.frozen(repr=False)
class Anchor(Span):
    """A Span that relative expressions are resolved against, with its ``source``.

    ``source`` is free text such as ``"given"``, ``"inferred from the dateline"`` or
    ``"mention 3: November 5"``; it takes part in equality.

    >>> Anchor.at("1999-11-09")
    Anchor([1999-11-09, 1999-11-10) day, source='given')
    >>> Anchor.at("1999-11").granularity
    <Granularity.MONTH: 'month'>
    """

    source: str = attrs.field(default="given", kw_only=True)

    def __repr__(self) -> str:
        return f"Anchor{super().__repr__()[4:-1]}, source={self.source!r})"

    @classmethod
    def at(cls, value: _dt.datetime | _dt.date | str, *, tz: str | None = None,
           source: str = "given") -> Anchor:
        """An anchor from a point: a date is its whole day, a datetime its second, and a
        partial ISO date (``"1999"``, ``"1999-11"``) the whole year or month.

        Raises:
            InvalidAnchor: the value is not a date, datetime or ISO 8601 string.
        """
        try:
            if isinstance(value, str):
                m = _PARTIAL.fullmatch(value.strip())
                if m:
                    g = (Granularity.DAY if m["day"] else
                         Granularity.MONTH if m["month"] else Granularity.YEAR)
                    text = m["year"] + (f"-{m['month']}" if m["month"] else "-01") + (
                        f"-{m['day']}" if m["day"] else "-01")
                    return cls.from_span(Span.of(text, g, tz=tz), source=source)
                t = to_datetime(value, tz)
                if "T" not in value and " " not in value.strip():
                    return cls.from_span(Span.of(t, Granularity.DAY), source=source)
                return cls.from_span(Span.of(t, Granularity.SECOND), source=source)
            if isinstance(value, _dt.datetime):
                return cls.from_span(Span.of(to_datetime(value, tz), Granularity.SECOND), source=source)
            if isinstance(value, _dt.date):
                return cls.from_span(Span.of(to_datetime(value, tz), Granularity.DAY), source=source)
        except InvalidSpan as exc:
            raise InvalidAnchor(f"cannot use {value!r} as an anchor: {exc}") from exc
        raise InvalidAnchor(f"cannot use {type(value).__name__} {value!r} as an anchor; expected a "
                            "date, datetime, ISO 8601 string, Span or Anchor")

    @classmethod
    def from_span(cls, span: Span, *, source: str = "given") -> Anchor:
        """The anchor covering exactly what ``span`` covers."""
        return cls._trusted_anchor(span, source)

    @classmethod
    def _trusted_anchor(cls, span: Span, source: str) -> Anchor:
        self = cls._trusted(span.likely, span.possible, span.granularity, span.approximate,
                            span.parts, span.parts_mode, span.timex)
        object.__setattr__(self, "source", source)
        return self

    def to_span(self) -> Span:
        """The plain Span, without the anchor's source."""
        return Span._trusted(self.likely, self.possible, self.granularity, self.approximate,
                             self.parts, self.parts_mode, self.timex)


def to_anchor(value: object, *, tz: str | None = None) -> Anchor:
    """Convert anything ``AnchorLike`` to an :class:`Anchor`.

    >>> to_anchor("1999-11-09").likely
    Interval('1999-11-09', '1999-11-10')
    """
    if isinstance(value, Anchor):
        return value
    if isinstance(value, Span):
        return Anchor.from_span(value)
    if isinstance(value, (str, _dt.date)):
        return Anchor.at(value, tz=tz)
    raise InvalidAnchor(f"cannot use {type(value).__name__} {value!r} as an anchor; expected a "
                        "date, datetime, ISO 8601 string, Span or Anchor")

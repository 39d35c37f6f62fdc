"""Mention: one temporal expression found in a text, with where it came from and what it means.

>>> import chronology
>>> m = chronology.extract("Talks resumed last month.", published="1999-11-09")[0]
>>> (m.text, m.start, m.end, m.timex.value, m.role.value)
('last month', 14, 24, '1999-10', 'event-time')
"""

from __future__ import annotations

import enum

import attrs

from chronology.expression import Expr
from chronology.model.anchor import Anchor
from chronology.model.span import Span
from chronology.model.timex import Timex

__all__ = ["Mention", "Role"]


class Role(enum.StrEnum):
    """What a mention does in its text."""

    EVENT_TIME = "event-time"  #: the time of something the text narrates
    CITATION = "citation"  #: the date of a cited source, inside a parenthesised reference
    DURATION = "duration"  #: a length of time ("for three weeks", "a five-year plan")
    SET = "set"  #: a recurring time ("every Tuesday", "weekly")
    DATELINE = "dateline"  #: the document's own date in its header or dateline


@attrs.frozen(repr=False)
class Mention:
    """A temporal expression in a document.

    ``text == document_text[start:end]``; ``span`` is the resolved :class:`~chronology.Span`
    (``None`` for a bare length or set, or when nothing anchors a relative expression);
    ``timex`` its TimeML TIMEX3; ``anchor`` what it was resolved against — the publication
    date, or for narrative wording ("three days later") the ``focus`` mention's time.
    """

    start: int
    end: int
    text: str
    span: Span | None
    timex: Timex
    role: Role = attrs.field(converter=Role)
    anchor: Anchor | None = None
    focus: Mention | None = attrs.field(default=None, eq=False)
    expression: Expr | None = attrs.field(default=None, eq=False)
    sentence: tuple[int, int] | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        bits = f"{self.text!r} [{self.start}:{self.end}] {self.timex.type.value} {self.timex.value}"
        if self.timex.mod is not None:
            bits += f" {self.timex.mod.value}"
        if self.role is not Role.EVENT_TIME:
            bits += f" ({self.role.value})"
        return f"Mention({bits})"

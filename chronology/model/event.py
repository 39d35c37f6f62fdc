"""Event: something that happened at an uncertain time, with where we read about it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

import attrs

from chronology.errors import InvalidSpan
from chronology.model.span import Span

__all__ = ["Event", "Provenance"]


def _tuple_of_str(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    # anything else must be iterable: tuple() raises TypeError for the rest
    items = tuple(cast("Iterable[object]", value))
    strings = tuple(x for x in items if isinstance(x, str))
    if len(strings) != len(items):
        raise InvalidSpan(f"expected strings, got {items!r}")
    return strings


def _is_str(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidSpan(f"{type(instance).__name__}.{attribute.name} must be a str, got {value!r}")


def _is_span(instance: object, attribute: attrs.Attribute[Span], value: object) -> None:
    if not isinstance(value, Span):
        raise InvalidSpan(f"Event.span must be a Span, got {type(value).__name__}")


@attrs.frozen
class Provenance:
    """Where an event was read: document, character offsets, the original wording, the sentence.

    >>> Provenance(document_id="r1", start=10, end=20, text="last month")
    Provenance(document_id='r1', start=10, end=20, text='last month', sentence=None)
    """

    document_id: str | None = None
    start: int | None = None
    end: int | None = None
    text: str = ""
    sentence: str | None = None

    def __attrs_post_init__(self) -> None:
        if (self.start is None) != (self.end is None):
            raise InvalidSpan("Provenance needs both start and end offsets, or neither")
        if self.start is not None and self.end is not None and not 0 <= self.start <= self.end:
            raise InvalidSpan(f"Provenance offsets must satisfy 0 <= start <= end, got {self.start}, {self.end}")


@attrs.frozen
class Event:
    """A labelled happening at an uncertain time.

    Equality and hashing use ``label``, ``span``, ``actors``, ``tags`` and ``group``: two
    reports of the same thing at the same time are the same event. ``provenance`` (where it
    was read) does not count.

    >>> e = Event(label="Rebels leave camps", span=Span.of("1999-11-05"))
    >>> e == Event("Rebels leave camps", Span.of("1999-11-05"), provenance=Provenance("other"))
    True
    """

    label: str = attrs.field(validator=_is_str)
    span: Span = attrs.field(validator=_is_span)
    actors: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    group: str | None = None
    provenance: Provenance | None = attrs.field(default=None, eq=False, kw_only=True)

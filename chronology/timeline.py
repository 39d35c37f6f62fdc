"""Timeline: an ordered, filterable collection of Events, and the door to charts.

A Timeline is a small immutable value: a tuple of :class:`~chronology.model.event.Event` plus
an optional publication ``published`` (an :class:`~chronology.model.anchor.Anchor`, i.e. a
possibly uncertain Span). The collection verbs (:meth:`Timeline.sorted`,
:meth:`Timeline.filter`, :meth:`Timeline.group_by`) return new Timelines. Drawing
(:meth:`Timeline.figure`, :meth:`Timeline.to_html`, :meth:`Timeline.to_image`) is delegated to
:mod:`chronology.plot`, imported only when called, so ``import chronology`` never loads plotly.

>>> from chronology.model import Event, Span
>>> tl = Timeline([Event("Talks resume", Span.of("1999-11-05")),
...                Event("Rebels cross the border", Span.of("1999-10", "month"))],
...               published="1999-11-09")
>>> [e.label for e in tl.sorted()]
['Rebels cross the border', 'Talks resume']
>>> len(tl.filter(lambda e: e.span.granularity == "day"))
1
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias, overload

import attrs
from pendulum import DateTime

from chronology.errors import InvalidSpan
from chronology.model.anchor import Anchor, to_anchor
from chronology.model.event import Event
from chronology.model.interval import Interval
from chronology.model.span import Span, _fmt_interval

if TYPE_CHECKING:  # pragma: no cover - typing only
    import plotly.graph_objects as go  # type: ignore[import-untyped]

__all__ = ["GroupKey", "Timeline", "event_keys", "sort_key"]

#: How to group or colour events: ``"actor"``, ``"tag"``, ``"group"``, ``"document"``,
#: ``"granularity"``, or a function of an Event returning a key, several keys, or ``None``.
GroupKey: TypeAlias = "str | Callable[[Event], str | Iterable[str] | None]"

#: the key events without a value for the grouping fall under
NO_KEY = "(none)"

_FIELDS = ("actor", "tag", "group", "document", "granularity")


def sort_key(event: Event) -> tuple[DateTime, DateTime, DateTime, DateTime, str]:
    """The chronological order: likely start, likely end, then possible bounds, then label.

    >>> from chronology.model import Event, Span
    >>> sort_key(Event("x", Span.of("1999-11-05")))[0].isoformat()
    '1999-11-05T00:00:00+00:00'
    """
    span = event.span
    return (span.likely.start, span.likely.end, span.possible.start, span.possible.end, event.label)


def event_keys(event: Event, key: GroupKey) -> tuple[str, ...]:
    """The group keys of ``event`` under ``key`` (never empty: ``("(none)",)`` when it has none).

    An event with several actors or tags has several keys.

    Raises:
        InvalidSpan: ``key`` is neither a known field name nor a callable.

    >>> from chronology.model import Event, Span
    >>> event_keys(Event("x", Span.of("1999-11-05"), actors=("IMF", "UN")), "actor")
    ('IMF', 'UN')
    >>> event_keys(Event("x", Span.of("1999-11-05")), "document")
    ('(none)',)
    """
    found: Iterable[str] | str | None
    if callable(key):
        found = key(event)
    elif key == "actor":
        found = event.actors
    elif key == "tag":
        found = event.tags
    elif key == "group":
        found = event.group
    elif key == "document":
        found = event.provenance.document_id if event.provenance is not None else None
    elif key == "granularity":
        found = event.span.granularity.value
    else:
        raise InvalidSpan(f"cannot group events by {key!r}; expected one of {', '.join(_FIELDS)} "
                          "or a function of an Event")
    if found is None:
        return (NO_KEY,)
    if isinstance(found, str):
        return (found,)
    keys = tuple(str(k) for k in found)
    return keys or (NO_KEY,)


def _to_events(value: Iterable[Event]) -> tuple[Event, ...]:
    if isinstance(value, Timeline):
        return value.events
    if isinstance(value, (str, bytes, Event)):
        raise InvalidSpan(f"Timeline needs an iterable of Events, got {type(value).__name__}")
    events = tuple(value)
    for i, event in enumerate(events):
        if not isinstance(event, Event):
            raise InvalidSpan(f"Timeline item {i} must be an Event, got {type(event).__name__}: {event!r}")
    return events


def _to_published(value: object) -> Anchor | None:
    return None if value is None else to_anchor(value)


def _to_interval(value: Interval | Span | tuple[Any, Any]) -> Interval:
    if isinstance(value, Span):
        return value.possible
    if isinstance(value, Interval):
        return value
    return Interval(*value)


@attrs.frozen(repr=False)
class Timeline(Sequence[Event]):
    """An immutable, ordered collection of Events with an optional publication date.

    Args:
        events: any iterable of Events (kept in the order given; see :meth:`sorted`).
        published: the publication date the relative times hang from, or its uncertain window:
            an Anchor, a Span, a date or an ISO string (``"1999-11-09"``, ``"1999-11"``).

    Raises:
        InvalidSpan: an item is not an Event.
        InvalidAnchor: ``published`` cannot serve as an anchor.

    >>> from chronology.model import Event, Span
    >>> tl = Timeline([Event("Talks", Span.of("1999-11-05"))], published="1999-11")
    >>> tl, tl[0].label, tl.published.granularity.value
    (Timeline(1 event, published=[1999-11-01, 1999-12-01)), 'Talks', 'month')
    """

    events: tuple[Event, ...] = attrs.field(converter=_to_events)
    published: Anchor | None = attrs.field(default=None, converter=_to_published, kw_only=True)

    # -- the sequence protocol -------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.events)

    def __iter__(self) -> Iterator[Event]:
        return iter(self.events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> Timeline: ...

    def __getitem__(self, index: int | slice) -> Event | Timeline:
        if isinstance(index, slice):
            return attrs.evolve(self, events=self.events[index])
        return self.events[index]

    def __repr__(self) -> str:
        n = len(self.events)
        text = f"{n} event" + ("" if n == 1 else "s")
        if self.published is not None:
            text += f", published={_fmt_interval(self.published.possible)}"
        return f"Timeline({text})"

    # -- collection verbs ------------------------------------------------------------------

    def sorted(self, key: Callable[[Event], Any] | None = None, *, reverse: bool = False) -> Timeline:
        """The same events in chronological order (or by ``key``); the sort is stable.

        >>> from chronology.model import Event, Span
        >>> tl = Timeline([Event("b", Span.of("2000", "year")), Event("a", Span.of("1999", "year"))])
        >>> [e.label for e in tl.sorted()], [e.label for e in tl.sorted(reverse=True)]
        (['a', 'b'], ['b', 'a'])
        """
        return attrs.evolve(self, events=sorted(self.events, key=key or sort_key, reverse=reverse))

    def filter(self, predicate: Callable[[Event], bool] | None = None, *, actor: str | None = None,
               tag: str | None = None, group: str | None = None, document: str | None = None,
               overlapping: Interval | Span | tuple[Any, Any] | None = None) -> Timeline:
        """The events that satisfy ``predicate`` and every keyword given.

        Args:
            predicate: any function of an Event.
            actor: keep events naming this actor.
            tag: keep events carrying this tag.
            group: keep events whose ``group`` is this.
            document: keep events read in this document (``provenance.document_id``).
            overlapping: keep events whose *possible* interval overlaps this Interval, Span
                (its possible interval) or ``(start, end)`` pair.

        >>> from chronology.model import Event, Span
        >>> tl = Timeline([Event("a", Span.of("1999-11-05"), actors=["UN"]),
        ...                Event("b", Span.of("1999-12-01"))])
        >>> [e.label for e in tl.filter(actor="UN")]
        ['a']
        >>> [e.label for e in tl.filter(overlapping=("1999-12-01", "2000-01-01"))]
        ['b']
        """
        window = _to_interval(overlapping) if overlapping is not None else None

        def keep(event: Event) -> bool:
            if actor is not None and actor not in event.actors:
                return False
            if tag is not None and tag not in event.tags:
                return False
            if group is not None and event.group != group:
                return False
            if document is not None and (event.provenance is None or event.provenance.document_id != document):
                return False
            if window is not None and not event.span.possible.overlaps(window):
                return False
            return predicate is None or bool(predicate(event))

        return attrs.evolve(self, events=[e for e in self.events if keep(e)])

    def group_by(self, key: GroupKey) -> dict[str, Timeline]:
        """Split into one Timeline per key, keys in order of first appearance.

        ``key`` is ``"actor"``, ``"tag"``, ``"group"``, ``"document"``, ``"granularity"`` or a
        function of an Event. An event with several actors (or tags) is listed under each;
        events without one fall under ``"(none)"``. Each part keeps ``published``.

        Raises:
            InvalidSpan: ``key`` is not a known field or a callable.

        >>> from chronology.model import Event, Span
        >>> tl = Timeline([Event("a", Span.of("1999-11-05"), actors=["UN", "OSCE"]),
        ...                Event("b", Span.of("1999-12-01"), actors=["UN"])])
        >>> {k: [e.label for e in v] for k, v in tl.group_by("actor").items()}
        {'UN': ['a', 'b'], 'OSCE': ['a']}
        """
        buckets: dict[str, list[Event]] = {}
        for event in self.events:
            for k in dict.fromkeys(event_keys(event, key)):
                buckets.setdefault(k, []).append(event)
        return {k: attrs.evolve(self, events=v) for k, v in buckets.items()}

    @property
    def extent(self) -> Interval | None:
        """The smallest Interval holding every event's possible time (``None`` when empty).

        >>> from chronology.model import Event, Span
        >>> Timeline([Event("a", Span.of("1999-11-05")), Event("b", Span.of("1999-12", "month"))]).extent
        Interval('1999-11-05', '2000-01-01')
        """
        if not self.events:
            return None
        return Interval._trusted(min(e.span.possible.start for e in self.events),
                                 max(e.span.possible.end for e in self.events))

    # -- drawing (plotly is imported only here, on call) --------------------------------

    def figure(self, *, title: str | None = None, group_by: GroupKey | None = None,
               color_by: GroupKey | None = None, show_possible: bool = True,
               **options: Any) -> go.Figure:
        """The timeline as a plotly ``go.Figure``: likely bars, fading possible bands, point
        markers with whiskers, joined parts and the publication date.

        Args:
            title: the chart title (shown as text, never as markup).
            group_by: lay events out in lanes by this key (see :meth:`group_by`; an event with
                several keys is drawn once, under its first).
            color_by: colour events by this key (defaults to ``group_by``).
            show_possible: draw the possible intervals around the likely ones.
            **options: passed to :func:`chronology.plot.build_figure` (``mode``, ``height``,
                ``max_label``, ``webgl_threshold``).

        >>> from chronology.model import Event, Span
        >>> fig = Timeline([Event("Talks", Span.of("1999-11-05"))]).figure(title="Talks")
        >>> fig.layout.title.text
        'Talks'
        """
        from chronology.plot import build_figure

        return build_figure(self, title=title, group_by=group_by, color_by=color_by,
                            show_possible=show_possible, **options)

    def to_html(self, path: str | Path, **figure_options: Any) -> Path:
        """Write a self-contained HTML page (plotly.js inlined; works offline) and return its path.

        ``figure_options`` are those of :meth:`figure`.
        """
        from chronology.plot import write_html

        return write_html(self.figure(**figure_options), path, title=figure_options.get("title"))

    def to_image(self, path: str | Path, *, width: int | None = None, height: int | None = None,
                 scale: float = 1.0, **figure_options: Any) -> Path:
        """Write a static image (PNG, SVG, PDF… by extension) through kaleido and return its path.

        Raises:
            MissingDependency: kaleido is not installed (``pip install 'chronology[image]'``)
                or cannot find a browser to render with.
        """
        from chronology.plot import write_image

        return write_image(self.figure(**figure_options), path, width=width, height=height, scale=scale)

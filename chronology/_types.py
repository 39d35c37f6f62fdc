"""Names for the shapes of input chronology's public functions accept.

Each alias has exactly one converter in :mod:`chronology.model.coerce`, run once at the
public boundary; past it, code sees only aware pendulum ``DateTime`` values, ``Span`` and
``Anchor`` objects.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:  # pragma: no cover - typing only
    from chronology.model.span import Span

#: A point in time: an aware or naive ``datetime`` (naive means UTC), a ``date`` (its midnight,
#: UTC), or an ISO 8601 string.
DateTimeLike: TypeAlias = "_dt.datetime | _dt.date | str"

#: What relative expressions are resolved against: a point (see ``DateTimeLike``; a partial ISO
#: string such as ``"1999-11"`` is an uncertain anchor covering that month) or a ``Span``/``Anchor``.
AnchorLike: TypeAlias = "_dt.datetime | _dt.date | str | Span"

#: A duration: ``datetime.timedelta`` or ``pendulum.Duration`` (which may hold months and years).
DurationLike: TypeAlias = "_dt.timedelta"

__all__ = ["AnchorLike", "DateTimeLike", "DurationLike"]

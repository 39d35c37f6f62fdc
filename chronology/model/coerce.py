"""Boundary converters: flexible user input in, aware pendulum values out.

The one rule for naive values: a naive ``datetime``, a ``date`` and an ISO string without an
offset are read in the time zone ``tz`` (UTC unless the caller says otherwise).
"""

from __future__ import annotations

import datetime as _dt
from functools import lru_cache

import pendulum
from pendulum import DateTime

from chronology.errors import InvalidSpan

__all__ = ["timezone", "to_datetime"]

UTC = pendulum.UTC


@lru_cache(maxsize=256)
def timezone(name: str) -> pendulum.Timezone | pendulum.FixedTimezone:
    """A pendulum time zone by IANA name (``"UTC"``, ``"Europe/Moscow"``).

    Raises:
        InvalidSpan: the name is not a known time zone.

    >>> timezone("UTC").name
    'UTC'
    """
    try:
        return pendulum.timezone(name)
    except Exception as exc:  # pendulum raises several unrelated types here
        raise InvalidSpan(f"unknown time zone {name!r}") from exc


def _tzinfo(tz: str | _dt.tzinfo | None) -> _dt.tzinfo:
    if tz is None:
        return UTC
    if isinstance(tz, str):
        return timezone(tz)
    return tz


def to_datetime(value: object, tz: str | _dt.tzinfo | None = None) -> DateTime:
    """Convert a datetime-like value to an aware pendulum ``DateTime``.

    Args:
        value: a pendulum ``DateTime``, a ``datetime`` (naive → read in ``tz``), a ``date``
            (its midnight in ``tz``) or an ISO 8601 string.
        tz: the zone for naive input; UTC by default.

    Raises:
        InvalidSpan: the value is not a point in time.

    >>> to_datetime("1999-11-05").isoformat()
    '1999-11-05T00:00:00+00:00'
    """
    if type(value) is DateTime:
        if value.tzinfo is None:
            return pendulum.instance(value, tz=_tzinfo(tz))
        return value
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            zone = _tzinfo(tz)
            if zone is UTC:
                return DateTime(value.year, value.month, value.day, value.hour, value.minute,
                                value.second, value.microsecond, tzinfo=UTC)
            return pendulum.datetime(value.year, value.month, value.day, value.hour, value.minute,
                                     value.second, value.microsecond, tz=zone)
        return pendulum.instance(value)
    if isinstance(value, _dt.date):
        zone = _tzinfo(tz)
        if zone is UTC:
            return DateTime(value.year, value.month, value.day, tzinfo=UTC)
        return pendulum.datetime(value.year, value.month, value.day, tz=zone)
    if isinstance(value, str):
        try:
            parsed = pendulum.parse(value.strip(), tz=_tzinfo(tz), exact=True)
        except Exception as exc:  # pendulum's ParserError and friends
            raise InvalidSpan(f"{value!r} is not an ISO 8601 date or datetime") from exc
        if isinstance(parsed, DateTime):
            return parsed
        if isinstance(parsed, _dt.date) and not isinstance(parsed, _dt.datetime):
            return to_datetime(parsed, tz)
        raise InvalidSpan(f"{value!r} is an ISO 8601 {type(parsed).__name__}, not a date or datetime")
    raise InvalidSpan(f"expected a datetime, date or ISO 8601 string, got {type(value).__name__}: {value!r}")

"""Positions on plotly's date axis: wall-clock milliseconds, date strings, shared data columns.

>>> import pendulum
>>> wall_ms(pendulum.datetime(1970, 1, 2, tz="Europe/Moscow"))
86400000
>>> ms_to_date(86_400_000)
'1970-01-02 00:00:00'
"""

from __future__ import annotations

import datetime as _dt
from typing import Any, Final

__all__ = ["DAY_MS", "Column", "ms_to_date", "size_ms", "wall_ms"]

DAY_MS: Final = 86_400_000
_EPOCH: Final = _dt.date(1970, 1, 1).toordinal()
_EPOCH_DT: Final = _dt.datetime(1970, 1, 1)


def wall_ms(t: _dt.datetime) -> int:
    """Milliseconds since 1970 of ``t``'s wall clock in its own zone (a Moscow date stays that date)."""
    return (((t.toordinal() - _EPOCH) * 86400 + t.hour * 3600 + t.minute * 60 + t.second) * 1000
            + t.microsecond // 1000)


def size_ms(ms: float) -> float:
    """A bar length for a date axis: plotly reads a bare 4-digit number as a year, a fraction never.

    >>> size_ms(2000), size_ms(86_400_000)
    (2000.001, 86400000)
    """
    return ms + 0.001 if ms < 10_000 else ms


_MIN_MS: Final = (_dt.date(1, 1, 1).toordinal() - _EPOCH) * DAY_MS
_MAX_MS: Final = (_dt.date(9999, 12, 31).toordinal() - _EPOCH) * DAY_MS


def ms_to_date(ms: float) -> str:
    """A date string plotly reads on a date axis (for shapes, ranges and annotations), clamped
    to the years 1–9999 so that padding around extreme dates cannot overflow.

    >>> ms_to_date(-1e20)
    '0001-01-01 00:00:00'
    """
    ms = min(max(ms, _MIN_MS), _MAX_MS)
    return (_EPOCH_DT + _dt.timedelta(milliseconds=ms)).isoformat(sep=" ")


class Column(list):  # type: ignore[type-arg]
    """A data array plotly need not deep-copy: nothing mutates it once the figure is built.

    ``go.Figure`` deep-copies every trace's arrays element by element, which costs seconds
    for a few hundred thousand values; the figure owns these lists, so sharing them is safe.
    """

    def __deepcopy__(self, memo: dict[int, Any]) -> Column:
        return self

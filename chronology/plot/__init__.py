"""Drawing timelines with plotly — the only package in chronology that imports plotly.

:func:`build_figure` turns a :class:`~chronology.timeline.Timeline` into a ``go.Figure``;
:func:`write_html` and :func:`write_image` save it. Most callers use the Timeline methods
(``figure``, ``to_html``, ``to_image``), which import this package on first use.

>>> from chronology.model import Event, Span
>>> from chronology.timeline import Timeline
>>> build_figure(Timeline([Event("Talks", Span.of("1999-11", "month"))])).data[0].type
'bar'
"""

from __future__ import annotations

from chronology.plot.figure import build_figure
from chronology.plot.hover import describe_interval, describe_span, hover_text
from chronology.plot.output import to_html, write_html, write_image
from chronology.plot.style import PALETTE

__all__ = ["PALETTE", "build_figure", "describe_interval", "describe_span", "hover_text", "to_html",
           "write_html", "write_image"]

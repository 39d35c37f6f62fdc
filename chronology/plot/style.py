"""Look and scale of timeline charts: palette, sizes, thresholds. No plotly import here.

The palette is Okabe & Ito's (2008) set of eight colours that stay distinct under the common
colour-vision deficiencies; yellow and black come last because they read worst as thin bars
on white.

>>> rgba(PALETTE[0], 0.5)
'rgba(0,114,178,0.5)'
>>> assign_colours(["UN", "OSCE", "UN"])
{'UN': '#0072B2', 'OSCE': '#E69F00'}
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final

__all__ = [
    "BAND_STEPS",
    "PALETTE",
    "PUBLICATION_COLOUR",
    "assign_colours",
    "chart_height",
    "left_margin",
    "rgba",
]

#: Okabe-Ito, in the order colours are handed out
PALETTE: Final[tuple[str, ...]] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#56B4E9",  # sky blue
    "#CC79A7",  # reddish purple
    "#000000",  # black
    "#F0E442",  # yellow
)
#: the single colour used when nothing is coloured by a key
DEFAULT_COLOUR: Final = PALETTE[0]
#: the publication band and line
PUBLICATION_COLOUR: Final = "#555555"

#: steps used to draw each tapering side of a possible band (the Span's trapezoid)
BAND_STEPS: Final = 3
#: opacity of the possible band where belief is full; the steps fade from it towards 0
BAND_ALPHA: Final = 0.55
#: bar thickness as a share of a row
BAR_WIDTH: Final = 0.62

#: rows drawn as SVG bars up to this many events; above, WebGL lanes
WEBGL_THRESHOLD: Final = 1500
#: WebGL lanes up to this many events; above, density strips (aggregated)
DENSITY_THRESHOLD: Final = 5000
#: a likely interval shorter than this share of the chart's extent (or a day) is a point
POINT_SHARE: Final = 1 / 250

ROW_PX: Final = 26
HEADER_PX: Final = 190
MIN_HEIGHT: Final = 380
MAX_HEIGHT: Final = 30000
LANE_PX: Final = 5
MAX_GL_HEIGHT: Final = 3200
#: tick labels longer than this are truncated (the full label is in the hover text)
MAX_LABEL: Final = 42


@functools.lru_cache(maxsize=1024)
def rgba(colour: str, alpha: float) -> str:
    """A ``#RRGGBB`` colour with opacity ``alpha`` as a CSS ``rgba()`` string."""
    r, g, b = int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)
    return f"rgba({r},{g},{b},{round(alpha, 3)})"


def assign_colours(keys: Iterable[str]) -> dict[str, str]:
    """Palette colours for ``keys`` in order of first appearance (cycling after eight)."""
    colours: dict[str, str] = {}
    for key in keys:
        if key not in colours:
            colours[key] = PALETTE[len(colours) % len(PALETTE)]
    return colours


def chart_height(rows: int) -> int:
    """A readable height in pixels for ``rows`` rows of bars.

    >>> chart_height(3), chart_height(100)
    (380, 2790)
    """
    return max(MIN_HEIGHT, min(MAX_HEIGHT, HEADER_PX + ROW_PX * rows))


def left_margin(labels: Iterable[str]) -> int:
    """Room in pixels for the longest tick label (about 7 px a character, capped).

    >>> left_margin(["short", "a much longer label"])
    153
    """
    longest = max((len(label) for label in labels), default=0)
    return max(60, min(340, 20 + 7 * longest))

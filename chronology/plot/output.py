"""Writing figures: self-contained HTML (plotly.js inlined) and static images through kaleido."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Final

import plotly.graph_objects as go  # type: ignore[import-untyped]
import plotly.io as pio  # type: ignore[import-untyped]

from chronology.errors import MissingDependency
from chronology.plot.hover import escape

__all__ = ["CONFIG", "to_html", "write_html", "write_image"]

#: plotly's browser config: scroll to zoom, no vendor logo, PNG button at 2× scale
CONFIG: Final = {"scrollZoom": True, "displaylogo": False, "responsive": True,
                 "toImageButtonOptions": {"format": "png", "scale": 2}}

_IMAGE_HINT = "install the optional extra: pip install 'chronology[image]' (kaleido)"


def to_html(fig: go.Figure, *, title: str | None = None) -> str:
    """The figure as one self-contained HTML page: plotly.js is inlined, so it works offline.

    >>> html = to_html(go.Figure(), title="<b>x</b>")
    >>> "<title>&lt;b&gt;x&lt;/b&gt;</title>" in html, "<script src=" in html
    (True, False)
    """
    page: str = pio.to_html(fig, include_plotlyjs=True, full_html=True, config=CONFIG,
                       default_width="100%", default_height=f"{int(fig.layout.height or 500)}px")
    head = f"<title>{escape(title or 'chronology timeline')}</title>"
    return page.replace("<head>", "<head>" + head, 1)


def write_html(fig: go.Figure, path: str | Path, *, title: str | None = None) -> Path:
    """Write :func:`to_html` to ``path`` (UTF-8) and return the path."""
    path = Path(path)
    path.write_text(to_html(fig, title=title), encoding="utf-8")
    return path


def write_image(fig: go.Figure, path: str | Path, *, width: int | None = None, height: int | None = None,
                scale: float = 1.0) -> Path:
    """Render the figure to a static image with kaleido; the format follows the file extension.

    Raises:
        MissingDependency: kaleido is not installed, or it cannot start a browser.
    """
    if importlib.util.find_spec("kaleido") is None:
        raise MissingDependency(f"writing {Path(path).name} needs kaleido, which is not installed; "
                                f"{_IMAGE_HINT}")
    path = Path(path)
    try:
        fig.write_image(path, width=width or 1400, height=height or fig.layout.height, scale=scale)
    except (RuntimeError, ValueError, OSError) as exc:
        if type(exc).__module__.split(".")[0] in ("kaleido", "choreographer") or "chrome" in str(exc).lower():
            raise MissingDependency(f"kaleido could not render {path.name}: {exc}; kaleido needs "
                                    "Chrome or Chromium (Debian: apt-get install chromium)") from exc
        raise
    return path

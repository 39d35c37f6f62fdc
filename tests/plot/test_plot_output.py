"""Writing charts: self-contained HTML, images through kaleido or a clear MissingDependency."""

from __future__ import annotations

import importlib.util
import re
import struct
from pathlib import Path

import pytest

from chronology.errors import MissingDependency
from chronology.plot import hover
from chronology.timeline import Timeline


def test_html_is_self_contained(small: Timeline, tmp_path: Path) -> None:
    """to_html inlines plotly.js (no external scripts) and the escaped title."""
    path = small.to_html(tmp_path / "t.html", title="Border <crisis>")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page)
    assert "<title>Border &lt;crisis&gt;</title>" in page
    assert "Plotly.newPlot" in page and len(page) > 1_000_000
    assert "<img src=x" not in page


def test_image_without_kaleido_names_the_extra(small: Timeline, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """to_image raises MissingDependency with the install hint when kaleido is absent."""
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "kaleido" else real(name, *a))
    with pytest.raises(MissingDependency, match=r"chronology\[image\]"):
        small.to_image(tmp_path / "t.png")
    assert issubclass(MissingDependency, ImportError)


def _render(small: Timeline, path: Path, **size: int) -> Path:
    if importlib.util.find_spec("kaleido") is None:
        pytest.skip("kaleido is not installed (the 'image' extra)")
    try:
        return small.to_image(path, **size)
    except MissingDependency as exc:  # kaleido is there but no Chrome/Chromium to drive
        pytest.skip(str(exc))


def test_image_is_a_real_png_of_the_asked_size(small: Timeline, tmp_path: Path) -> None:
    """With kaleido and a Chromium, to_image writes a PNG of the asked width and height."""
    path = _render(small, tmp_path / "t.png", width=900, height=500)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (900, 500)
    assert len(data) > 20_000  # bars, bands and labels, not a blank canvas


def test_svg_image_keeps_labels_as_escaped_text(small: Timeline, tmp_path: Path) -> None:
    """The format follows the extension; a hostile label is text in the SVG, never markup."""
    svg = _render(small, tmp_path / "t.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<svg")
    assert "Columns leave the camps" in svg
    assert "<img" not in svg and ("&lt;img" in svg or "&#60;img" in svg)


@pytest.mark.parametrize(("start", "end", "words"), [
    ("1999-11-05", "1999-11-06", "5 November 1999"),
    ("1999-11-05", "1999-11-08", "5–7 November 1999"),
    ("1999-10-30", "1999-11-02", "30 October – 1 November 1999"),
    ("1998-12-30", "1999-01-02", "30 December 1998 – 1 January 1999"),
    ("1999-11-01", "1999-12-01", "November 1999"),
    ("1999-12-01", "2000-03-01", "December 1999 – February 2000"),
    ("1999-01-01", "2000-01-01", "1999"),
    ("1996-01-01", "1999-01-01", "1996–1998"),
    ("1900-01-01", "2000-01-01", "1900–1999"),
    ("1999-11-05T14:00", "1999-11-06T02:00", "5 November 1999 14:00 – 6 November 1999 02:00"),
])
def test_dates_in_words_at_their_granularity(start: str, end: str, words: str) -> None:
    """Intervals read at the coarsest calendar precision their bounds allow."""
    from chronology.model import Interval

    assert hover.describe_interval(Interval(start, end)) == words


def test_one_of_parts_reads_or() -> None:
    """'one of' parts are joined with 'or'."""
    from chronology.model import Span

    span = Span.from_parts([("1999-11-05", "1999-11-06"), ("1999-11-27", "1999-11-28")], mode="one")
    assert hover.describe_span(span)[0] == "5 November 1999 or 27 November 1999"

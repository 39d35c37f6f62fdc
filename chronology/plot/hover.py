"""Words for charts: tick labels, dates at the right granularity, hover text.

This is the single place user text (labels, original wording, sentences, document ids, group
names, titles) is prepared for plotly, and every piece of it goes through :func:`escape`.
plotly renders a small HTML-like markup in labels and hover boxes; escaped text is shown
literally (``&lt;`` becomes a visible ``<``) and can never become a tag.

>>> from chronology.model import Interval
>>> describe_interval(Interval("1999-11-05", "1999-11-08"))
'5–7 November 1999'
>>> tick_label("<b>bold</b> claim")
'&lt;b&gt;bold&lt;/b&gt; claim'
"""

from __future__ import annotations

import datetime as _dt
import html
import re

from chronology.model.event import Event
from chronology.model.interval import Interval
from chronology.model.span import PartsMode, Span
from chronology.plot.style import MAX_LABEL

__all__ = ["describe_interval", "describe_span", "escape", "hover_text", "tick_label"]

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_HOVER_WIDTH = 72
_MAX_SENTENCE = 900
# a hover line: as many whole words as fit in _HOVER_WIDTH characters, or one longer word
_LINE = re.compile(rf"\S.{{0,{_HOVER_WIDTH - 2}}}\S(?= |$)|\S+")


def escape(text: str) -> str:
    """HTML-escape user text (``<``, ``>``, ``&``, quotes) for plotly labels and hover boxes.

    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    if "<" in text or ">" in text or "&" in text or '"' in text or "'" in text:
        return html.escape(text, quote=True)
    return text  # nothing to escape: skip five replace passes (this runs once per string)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tick_label(label: str, max_len: int = MAX_LABEL) -> str:
    """A one-line axis label: whitespace collapsed, cut to ``max_len`` characters with "…", escaped.

    >>> tick_label("Rebels leave their camps in the mountains after long talks", 30)
    'Rebels leave their camps in t…'
    """
    text = _one_line(label)
    if len(text) > max_len:
        text = text[: max_len - 1].rstrip() + "…"
    return escape(text)


def _wrap(text: str) -> str:
    """Collapse whitespace, cap the length, escape, and break into lines of at most
    ``_HOVER_WIDTH`` characters at spaces (one regex pass; a longer word gets its own line).
    Escaping first is safe: entities hold no spaces, so a line break never splits one."""
    text = _one_line(text)
    if len(text) > _MAX_SENTENCE:
        text = text[: _MAX_SENTENCE - 1] + "…"
    text = escape(text)
    if len(text) <= _HOVER_WIDTH:
        return text
    return "<br>".join(_LINE.findall(text))


def _day(year: int, month: int, day: int) -> str:
    return f"{day} {_MONTHS[month - 1]} {year}"


def _clock(t: _dt.datetime) -> str:
    zone = "" if t.utcoffset() == _dt.timedelta(0) else f" {t.tzname()}"
    return f"{t.hour:02d}:{t.minute:02d}{zone}"


def describe_interval(interval: Interval) -> str:
    """The interval in words, at the coarsest calendar precision its bounds allow.

    Whole years read as years (and a whole decade as "the 1990s"), whole months as months,
    whole days as days; anything finer shows the clock. The end is exclusive, so
    ``[1999-11-05, 1999-11-08)`` is "5–7 November 1999".

    >>> describe_interval(Interval("1990-01-01", "2000-01-01"))
    'the 1990s'
    >>> describe_interval(Interval("1999-09-01", "1999-12-01"))
    'September – November 1999'
    >>> describe_interval(Interval("1999-10-28", "1999-11-04"))
    '28 October – 3 November 1999'
    >>> describe_interval(Interval("1999-11-05T14:00", "1999-11-05T16:30"))
    '5 November 1999, 14:00 – 16:30'
    """
    s, e = interval.start, interval.end
    if s.hour or s.minute or s.second or s.microsecond or e.hour or e.minute or e.second or e.microsecond:
        if (s.year, s.month, s.day) == (e.year, e.month, e.day):
            return f"{_day(s.year, s.month, s.day)}, {_clock(s)} – {_clock(e)}"
        return f"{_day(s.year, s.month, s.day)} {_clock(s)} – {_day(e.year, e.month, e.day)} {_clock(e)}"
    if s.day == 1 and e.day == 1:
        if s.month == 1 and e.month == 1:
            last = e.year - 1
            if s.year == last:
                return str(s.year)
            if s.year % 10 == 0 and last == s.year + 9:
                return f"the {s.year}s"
            return f"{s.year}–{last}"
        last_month = e.month - 1 or 12
        last_year = e.year if e.month > 1 else e.year - 1
        first = _MONTHS[s.month - 1]
        if (s.year, s.month) == (last_year, last_month):
            return f"{first} {s.year}"
        if s.year == last_year:
            return f"{first} – {_MONTHS[last_month - 1]} {s.year}"
        return f"{first} {s.year} – {_MONTHS[last_month - 1]} {last_year}"
    if e.day > 1:
        ly, lm, ld = e.year, e.month, e.day - 1
    else:
        day_before = _dt.date.fromordinal(e.toordinal() - 1)
        ly, lm, ld = day_before.year, day_before.month, day_before.day
    if (s.year, s.month) == (ly, lm):
        return _day(ly, lm, ld) if s.day == ld else f"{s.day}–{_day(ly, lm, ld)}"
    if s.year == ly:
        return f"{s.day} {_MONTHS[s.month - 1]} – {_day(ly, lm, ld)}"
    return f"{_day(s.year, s.month, s.day)} – {_day(ly, lm, ld)}"


def describe_span(span: Span) -> tuple[str, str | None]:
    """``(likely, possible)`` in words; ``possible`` is ``None`` when it equals likely.

    A discontinuous span lists its parts ("… and …", or "… or …" when only one is meant).

    >>> describe_span(Span.from_parts([("1999-10-04", "1999-10-06"), ("1999-10-27", "1999-10-28")]))
    ('4–5 October 1999 and 27 October 1999', None)
    """
    if span.parts:
        joiner = " or " if span.parts_mode is PartsMode.ONE else " and "
        pieces = [describe_interval(p) for p in span.parts]
        likely = ", ".join(pieces[:-1]) + joiner + pieces[-1]
    else:
        likely = describe_interval(span.likely)
    possible = None if span.possible == span.likely else describe_interval(span.possible)
    return likely, possible


def hover_text(event: Event) -> str:
    """The hover box for one event: label, original wording, likely/possible dates in words,
    actors and tags, the sentence and the document id — every user string escaped.

    >>> from chronology.model import Provenance
    >>> e = Event("<script>x</script>", Span.of("1999-11-05"),
    ...           provenance=Provenance("r1", 3, 14, "November 5", "On November 5 talks began."))
    >>> print(hover_text(e).replace("<br>", "\\n"))
    <b>&lt;script&gt;x&lt;/script&gt;</b>
    “November 5”
    likely: 5 November 1999
    <i>On November 5 talks began.</i>
    document: r1
    """
    lines = [f"<b>{_wrap(event.label)}</b>"]
    prov = event.provenance
    if prov is not None and prov.text:
        lines.append(f"“{escape(_one_line(prov.text))}”")
    likely, possible = describe_span(event.span)
    lines.append(f"likely: {likely}")
    if possible is not None:
        lines.append(f"possible: {possible}" + (" (approximate)" if event.span.approximate else ""))
    if event.actors:
        lines.append("actors: " + escape(", ".join(event.actors)))
    if event.tags:
        lines.append("tags: " + escape(", ".join(event.tags)))
    if prov is not None and prov.sentence:
        lines.append(f"<i>{_wrap(prov.sentence)}</i>")
    if prov is not None and prov.document_id:
        lines.append(f"document: {escape(prov.document_id)}")
    return "<br>".join(lines)


def publication_text(published: Span) -> str:
    """The words for the publication marker.

    >>> publication_text(Span.of("1999-11-09"))
    'published 9 November 1999'
    """
    likely, possible = describe_span(published)
    if possible is None:
        return f"published {likely}"
    return f"published {likely} (possibly {possible})"

"""TimeML documents: a Document's mentions written as inline TIMEX3 markup, and read back.

HeidelTime, SUTime and the TempEval corpora exchange annotated text as TimeML: the document's
creation time in ``<DCT>``, the text in ``<TEXT>`` with each temporal expression wrapped in a
``<TIMEX3>`` tag (``tid``, ``type``, ``value``, ``mod``, ``quant``, ``freq``, and for relative
wording ``temporalFunction="true"`` with the ``anchorTimeID`` it was resolved against).

:func:`document_to_timeml` writes a :class:`~chronology.Document`; :func:`read_timeml` reads any
TimeML 1.2.1 file (a TempEval ``.tml`` file, HeidelTime's output, or what was written here) into
a :class:`TimemlDocument`: the raw text, the creation time and every TIMEX3 with its character
offsets. Writing and reading back gives the text and the mentions' offsets and TIMEX3 exactly.

>>> import chronology
>>> doc = chronology.Document("Talks resumed last month & ended <today>.", published="1999-11-09", id="r1")
>>> xml = document_to_timeml(doc)
>>> print(xml.splitlines()[4])
<TEXT>Talks resumed <TIMEX3 tid="t1" type="DATE" value="1999-10" temporalFunction="true" anchorTimeID="t0">last month</TIMEX3> &amp; ended &lt;<TIMEX3 tid="t2" type="DATE" value="1999-11-09" temporalFunction="true" anchorTimeID="t0">today</TIMEX3>&gt;.</TEXT>
>>> back = read_timeml(xml)
>>> back.text == doc.text, [(t.start, t.end, t.timex.value) for t in back.timexes]
(True, [(14, 24, '1999-10'), (34, 39, '1999-11-09')])
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import attrs

from chronology.errors import FormatError, InvalidSpan
from chronology.expression import Date, Duration, Recurrence
from chronology.extract.document import Document
from chronology.extract.mention import Mention
from chronology.model.granularity import Granularity
from chronology.model.timex import Timex
from chronology.resolve.to_timex import containing_value

__all__ = ["TimemlDocument", "TimemlTimex", "document_to_timeml", "read_timeml"]


@attrs.frozen
class TimemlTimex:
    """One TIMEX3 of a TimeML text: ``text[start:end]`` is its wording."""

    tid: str | None
    start: int
    end: int
    text: str
    timex: Timex
    anchor_tid: str | None = None


@attrs.frozen
class TimemlDocument:
    """A TimeML document read by :func:`read_timeml`: the raw text (tags removed), its id,
    the creation time (``dct``, the ``CREATION_TIME`` TIMEX3) and every TIMEX3 in the text."""

    text: str
    id: str | None = None
    dct: Timex | None = None
    timexes: tuple[TimemlTimex, ...] = ()

    def document(self) -> Document:
        """A :class:`~chronology.Document` of the same text, published at the creation time
        (its calendar day), to run chronology over what others annotated."""
        published = None
        if self.dct is not None:
            found = re.match(r"(\d{4})-?(\d\d)-?(\d\d)", self.dct.value)
            published = "-".join(found.groups()) if found else None
        return Document(self.text, published, id=self.id)


def document_to_timeml(doc: Document) -> str:
    """``doc`` as a TimeML document: DOCID, DCT (the publication date, ``t0``) and the text
    with every mention wrapped in a TIMEX3 (``t1``, ``t2``… in text order). Text is escaped."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    if doc.id is not None:
        lines.append(f"<DOCID>{escape(doc.id)}</DOCID>")
    published = doc.published
    if published is not None:
        g = max(published.granularity, Granularity.DAY)
        value, _ = containing_value(published.likely, g)
        lines.append(f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(value)} temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{escape(value)}</TIMEX3></DCT>')
    mentions = doc.mentions
    tids = {id(m): f"t{i}" for i, m in enumerate(mentions, 1)}
    out: list[str] = []
    at = 0
    for m in mentions:
        out.append(escape(doc.text[at:m.start]))
        out.append(f"<TIMEX3 {_attributes(m, tids, published is not None)}>{escape(m.text)}</TIMEX3>")
        at = m.end
    out.append(escape(doc.text[at:]))
    lines.append(f"<TEXT>{''.join(out)}</TEXT>")
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def _attributes(m: Mention, tids: dict[int, str], has_dct: bool) -> str:
    t = m.timex
    attrs_: list[tuple[str, str]] = [("tid", tids[id(m)]), ("type", t.type.value), ("value", t.value)]
    if t.mod is not None:
        attrs_.append(("mod", t.mod.value))
    if t.quant is not None:
        attrs_.append(("quant", t.quant))
    if t.freq is not None:
        attrs_.append(("freq", t.freq))
    if _relative(m):
        attrs_.append(("temporalFunction", "true"))
        anchor = tids.get(id(m.focus)) if m.focus is not None else ("t0" if has_dct else None)
        if anchor is not None:
            attrs_.append(("anchorTimeID", anchor))
    return " ".join(f"{k}={quoteattr(v)}" for k, v in attrs_)


def _relative(m: Mention) -> bool:
    """Whether the mention's value was computed from an anchor ("last month", "Monday"), not
    read off the words ("November 5, 1999", "three weeks")."""
    e = m.expression
    if isinstance(e, (Duration, Recurrence)) or m.anchor is None:
        return False
    return not (isinstance(e, Date) and e.year is not None and not e.short_year)


#: a document type declaration may define entities that expand without bound: refused
_DECLARATION = re.compile(r"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def read_timeml(data: str | bytes) -> TimemlDocument:
    """Read a TimeML document: its ``<TEXT>`` with tags removed, every TIMEX3 in it with its
    character offsets, ``<DOCID>`` and the ``CREATION_TIME`` TIMEX3 (in ``<DCT>`` or anywhere).

    Raises:
        FormatError: the data is not well-formed XML, declares a DTD or entities (refused, as
            they can expand without bound), has no ``<TEXT>``, or holds a TIMEX3 without a
            valid type and value.
    """
    if _DECLARATION.search(data if isinstance(data, str) else data.decode("utf-8", "replace")):
        raise FormatError("TimeML with a DOCTYPE or ENTITY declaration is refused "
                          "(entities can expand without bound)")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FormatError(f"not well-formed TimeML: {exc}") from exc
    doc_id_el = root.find("DOCID")
    doc_id = (doc_id_el.text or "").strip() or None if doc_id_el is not None else None
    dct: Timex | None = None
    for el in list(root.iterfind("DCT/TIMEX3")) + list(root.iter("TIMEX3")):
        if el.get("functionInDocument") == "CREATION_TIME" and el.get("value"):
            dct = _timex(el)
            break
    text_el = root.find("TEXT")
    if text_el is None:
        raise FormatError("TimeML without a <TEXT> element")
    text, found = flatten(text_el)
    timexes = tuple(TimemlTimex(el.get("tid"), start, end, text[start:end], _timex(el), el.get("anchorTimeID"))
                    for start, end, el in found)
    return TimemlDocument(text, doc_id, dct, timexes)


def _timex(el: ET.Element) -> Timex:
    try:
        return Timex(el.get("type", ""), el.get("value", ""), el.get("mod") or None,
                     quant=el.get("quant") or None, freq=el.get("freq") or None)
    except InvalidSpan as exc:
        raise FormatError(f"TIMEX3 {el.get('tid') or ''} ({''.join(el.itertext())!r}): {exc}") from exc


def flatten(element: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """The text under ``element`` with tags removed, and (start, end, element) for every TIMEX3
    in it, in document order. Iterative, so deep nesting cannot exhaust the stack."""
    pieces: list[str] = []
    length = 0
    timexes: list[tuple[int, int, ET.Element]] = []
    # ("open", el, is_root) emits el.text and schedules the children and the closing;
    # ("close", el, start, is_root) records a TIMEX3's span, then emits el.tail
    stack: list[tuple[Any, ...]] = [("open", element, True)]
    while stack:
        item = stack.pop()
        kind, el = item[0], item[1]
        if kind == "open":
            start = length
            if el.text:
                pieces.append(el.text)
                length += len(el.text)
            stack.append(("close", el, start, item[2]))
            for child in reversed(list(el)):
                stack.append(("open", child, False))
        else:
            _, _, start, is_root = item
            if el.tag == "TIMEX3":
                timexes.append((start, length, el))
            if el.tail and not is_root:
                pieces.append(el.tail)
                length += len(el.tail)
    timexes.sort(key=lambda t: (t[0], t[1]))
    return "".join(pieces), timexes

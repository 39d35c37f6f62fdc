"""TimeML documents: written from a Document, read back exactly, and bad files refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import chronology
from chronology import FormatError, Timex
from chronology.export import TimemlDocument, document_to_timeml, read_timeml

HEIDELTIME_STYLE = """<?xml version="1.0" ?>
<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<DOCID>wire-42</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1999-11-09" temporalFunction="false" functionInDocument="CREATION_TIME">November 9, 1999</TIMEX3></DCT>
<TEXT>
The columns <EVENT eid="e1" class="OCCURRENCE">crossed</EVENT> the pass <SIGNAL sid="s1">on</SIGNAL> <TIMEX3 tid="t1" type="DATE" value="1999-11-05" temporalFunction="false">November 5</TIMEX3>, &amp; stayed <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="APPROX">about three days</TIMEX3>; patrols ran <TIMEX3 tid="t3" type="SET" value="P1D" quant="EVERY">every day</TIMEX3> <TIMEX3 tid="t4" type="DATE" value="1999-10" temporalFunction="true" anchorTimeID="t0">last month</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reads_a_heideltime_style_file() -> None:
    doc = read_timeml(HEIDELTIME_STYLE)
    assert doc.id == "wire-42"
    assert doc.dct == Timex("DATE", "1999-11-09")
    got = [(doc.text[t.start:t.end], t.timex) for t in doc.timexes]
    assert got == [("November 5", Timex("DATE", "1999-11-05")),
                   ("about three days", Timex("DURATION", "P3D", "APPROX")),
                   ("every day", Timex("SET", "P1D", quant="EVERY")),
                   ("last month", Timex("DATE", "1999-10"))]
    assert "crossed the pass on November 5, & stayed" in doc.text  # tags gone, entities decoded
    assert doc.timexes[3].anchor_tid == "t0" and doc.timexes[0].tid == "t1"


def test_a_read_file_can_be_run_through_chronology() -> None:
    doc = read_timeml(HEIDELTIME_STYLE).document()
    assert doc.published is not None and doc.published.likely.start.to_date_string() == "1999-11-09"
    assert [m.text for m in doc.mentions][:2] == ["November 5", "about three days"]


REPORT = ("Envoys met in Lusk on November 5, 6 and 7 <after> talks that opened on October 12 & dragged "
          "on until the end of the month. Three days later the columns moved; patrols now run every "
          "Tuesday, \"for about three weeks\", said the 'mission' (Lusk Courier, October 21-22).")


def test_a_document_round_trips() -> None:
    doc = chronology.Document(REPORT, published="1999-11-09", id="r<1>")
    xml = document_to_timeml(doc)
    back = read_timeml(xml)
    assert back == TimemlDocument(
        text=doc.text, id="r<1>", dct=Timex("DATE", "1999-11-09"), timexes=back.timexes)
    assert [(t.start, t.end, t.text, t.timex) for t in back.timexes] == \
        [(m.start, m.end, m.text, m.timex) for m in doc.mentions]
    focus = {t.text: t.anchor_tid for t in back.timexes}
    assert focus["Three days later"] not in (None, "t0")  # counted from the story's focus


def test_an_undated_document_has_no_dct() -> None:
    doc = chronology.Document("Nothing dated here.", id=None)
    back = read_timeml(document_to_timeml(doc))
    assert back.dct is None and back.id is None and back.text == "Nothing dated here." and back.timexes == ()


PIECES = st.sampled_from([
    "The talks began on November 5, 1999", "approximately two years ago", "last month", " & ", " < ",
    " > ", '"', "'", "every Tuesday", "for three weeks", "in August of this year", "Monday", ". ",
    "the rebels", "\n", "mid-October to early November", "3 p.m. yesterday", "é", "\u00a0",
])


@given(st.lists(PIECES, max_size=12).map("".join))
def test_any_text_round_trips(text: str) -> None:
    doc = chronology.Document(text, published="1999-11-09")
    back = read_timeml(document_to_timeml(doc))
    assert back.text == text
    assert [(t.start, t.end, t.timex) for t in back.timexes] == [(m.start, m.end, m.timex) for m in doc.mentions]


@pytest.mark.parametrize(("data", "message"), [
    ("<TimeML><TEXT>unclosed", "not well-formed"),
    ("not xml at all", "not well-formed"),
    ("<TimeML><DOCID>x</DOCID></TimeML>", "without a <TEXT>"),
    ('<TimeML><TEXT><TIMEX3 tid="t1" type="WHEN" value="1999">then</TIMEX3></TEXT></TimeML>', "unknown TIMEX3 type"),
    ('<TimeML><TEXT><TIMEX3 tid="t1" type="DATE">then</TIMEX3></TEXT></TimeML>', "non-empty string"),
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><TimeML><TEXT>&lol;</TEXT></TimeML>',
     "DOCTYPE or ENTITY"),
])
def test_bad_files_are_format_errors(data: str, message: str) -> None:
    with pytest.raises(FormatError, match=message):
        read_timeml(data)
    with pytest.raises(ValueError):  # FormatError is a ValueError
        read_timeml(data.encode())

"""End to end: a whole news report in the style of the seed article (written for this test,
with invented places and people), read with a given publication date, with none, and with a
dateline that supplies it."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronology import Document, Role
from chronology.extract.labels import MAX_WORDS
from chronology.model.interval import Interval

REPORT = (Path(__file__).parent / "data" / "report_e2e.txt").read_text(encoding="utf-8")
PUBLISHED = "1999-11-09"
#: the same story with a dateline instead of the header, and no publication date given
DATELINED = "ARVANDI, Nov. 9, 1999 \u2014 " + REPORT.split("\n\n", 1)[1]

#: (wording, TIMEX3 value, mod, role, likely) of every mention, in text order
EXPECTED = [
    ("November 5, 6 and 7", "1999-11", "", "event-time", ("1999-11-05", "1999-11-08")),
    ("now", "PRESENT_REF", "", "event-time", ("1999-11-09", "1999-11-10")),
    ("two days", "P2D", "", "duration", None),
    ("Three days later", "1999-11", "", "event-time", ("1999-11-08", "1999-11-11")),
    ("approximately two years ago", "1997", "APPROX", "event-time", ("1997-01-01", "1998-01-01")),
    ("last month", "1999-10", "", "event-time", ("1999-10-01", "1999-11-01")),
    ("August of this year", "1999-08", "", "event-time", ("1999-08-01", "1999-09-01")),
    ("October 4-5, 27", "1999-10", "", "citation", ("1999-10-04", "1999-10-28")),
    ("November 5", "1999-11-05", "", "citation", ("1999-11-05", "1999-11-06")),
    ("November 8", "1999-11-08", "", "citation", ("1999-11-08", "1999-11-09")),
    ("Monday", "1999-11-15", "", "event-time", ("1999-11-15", "1999-11-16")),
    ("every Thursday", "XXXX-WXX-4", "", "set", None),
]

#: the events, by the wording that dates them, and words their labels must keep
EVENT_WORDS = {
    "November 5, 6 and 7": "fighters",
    "Three days later": "crossed into Lorvia",
    "approximately two years ago": "fighters",
    "last month": "failed",
    "August of this year": "push them out",
    "Monday": "will resume",
}


def _rows(doc: Document) -> list[tuple[str, str, str, str, tuple[str, str] | None]]:
    return [(m.text, m.timex.value, m.timex.mod.value if m.timex.mod else "", m.role.value,
             None if m.span is None or m.role in (Role.DURATION, Role.SET) else
             (m.span.likely.start.date().isoformat(), m.span.likely.end.date().isoformat()))
            for m in doc.mentions]


@pytest.fixture(scope="module")
def given() -> Document:
    return Document(REPORT, published=PUBLISHED, id="steppe-digest-3-41")


def test_report_length_and_wording() -> None:
    """The report is a few hundred words and holds the seed's hard cases (in new sentences)."""
    assert 250 <= len(REPORT.split()) <= 400
    for wording in ("November 5, 6 and 7", "approximately two years ago", "last month",
                    "in August of this year", "Three days later", "(see the Steppe Digest"):
        assert wording in REPORT


def test_mentions_with_a_given_date(given: Document) -> None:
    """Every mention, its value, mod, role and likely interval, against 9 November 1999."""
    assert _rows(given) == EXPECTED
    for m in given.mentions:
        assert REPORT[m.start:m.end] == m.text


def test_uncertainty_of_the_hedge(given: Document) -> None:
    """"approximately two years ago" is likely 1997 and possibly 1996-1998."""
    m = next(m for m in given.mentions if m.text == "approximately two years ago")
    assert m.span is not None and m.span.possible == Interval("1996-01-01", "1999-01-01")


def test_list_and_citation_parts(given: Document) -> None:
    """The three adjacent days merge; the cited October dates keep their gap."""
    days = next(m for m in given.mentions if m.text == "November 5, 6 and 7")
    assert days.span is not None and days.span.parts == ()
    cited = next(m for m in given.mentions if m.text == "October 4-5, 27")
    assert cited.span is not None
    assert cited.span.parts == (Interval("1999-10-04", "1999-10-06"), Interval("1999-10-27", "1999-10-28"))


def test_narrative_focus(given: Document) -> None:
    """"Three days later" hangs from the days of the withdrawal, not from the publication date."""
    m = next(m for m in given.mentions if m.text == "Three days later")
    assert m.focus is not None and m.focus.text == "November 5, 6 and 7"
    assert m.anchor is not None and "November 5, 6 and 7" in m.anchor.source


def test_events_and_labels(given: Document) -> None:
    """Events: the dated happenings only (no citations, lengths, sets or "now"), with short
    labels taken from their own clause and full provenance."""
    events = given.events
    assert [e.provenance.text for e in events] == list(EVENT_WORDS)
    for e in events:
        p = e.provenance
        assert p is not None and p.document_id == "steppe-digest-3-41"
        assert REPORT[p.start:p.end] == p.text and p.text in p.sentence
        assert EVENT_WORDS[p.text] in e.label
        assert p.text not in e.label
        assert 2 <= len(e.label.rstrip("\u2026").split()) <= MAX_WORDS
        assert not e.label[0].islower()


def test_timeline(given: Document) -> None:
    """The timeline sorts the events: two years ago, August, last month, the withdrawal, Monday."""
    pytest.importorskip("chronology.timeline")
    tl = given.timeline()
    assert [e.provenance.text for e in tl.sorted()] == [
        "approximately two years ago", "August of this year", "last month", "November 5, 6 and 7",
        "Three days later", "Monday"]


def test_without_a_date() -> None:
    """No date given and none printed: nothing can be placed, but everything is still found."""
    doc = Document(REPORT)
    assert doc.inference.how == "unknown" and doc.published is None
    assert [(m.text, m.role.value) for m in doc.mentions] == [(t, r) for t, _, _, r, _ in EXPECTED]
    assert all(m.span is None for m in doc.mentions)
    assert doc.events == []
    assert [m.timex.value for m in doc.mentions if m.role is Role.CITATION] == [
        "XXXX", "XXXX-11-05", "XXXX-11-08"]


def test_with_a_dateline() -> None:
    """A dateline supplies the publication date: the same values as when it is given."""
    doc = Document(DATELINED)
    assert doc.inference.how == "dateline" and doc.inference.evidence == "Nov. 9, 1999"
    assert doc.published is not None and doc.published.likely == Interval("1999-11-09", "1999-11-10")
    first, rest = doc.mentions[0], doc.mentions[1:]
    assert (first.text, first.role) == ("Nov. 9, 1999", Role.DATELINE)
    rows = [(m.text, m.timex.value, m.role.value) for m in rest]
    assert rows == [(t, v, r) for t, v, _, r, _ in EXPECTED]
    assert [e.provenance.text for e in doc.events] == list(EVENT_WORDS)
